/// The Hyperscan prefilter: expressions over raw UTF-8 bytes that fire wherever a validator
/// might accept something, and never decide on their own.
///
/// They are loose on purpose (any 13+ digit run, any 1[3-9]x run of 11 digits) because the
/// exact rules live in the validators; the prefilter's job is to be fast and to miss nothing
/// the validators would accept. `PIIReferenceScanner` checks that on the test corpora.
enum PIIPatterns {
  /// Expressions that fire wherever a digit token may be.
  ///
  /// Small shapes instead of one expression per format: no validator accepts fewer than 11
  /// digits, and a token ends either in a run of 11+ digits, in a group after a separator, or in
  /// an X. Small shapes keep Hyperscan's automaton a DFA (a few ns per byte); per-format
  /// expressions with bounded repeats and optional separators made it an NFA, ten times slower.
  ///
  /// Full-width digits (U+FF10-U+FF19, EF BC 90-99 in UTF-8) get their own trigger instead of
  /// an alternative inside every shape: an alternation of one byte and three bytes in `{11}`
  /// made the whole scan a third slower, and full-width digits are rare. Where a full-width
  /// digit may stand before a separator or an X, its last byte (90-99) stands for it; other
  /// characters ending in those bytes are turned away by `DigitToken`.
  ///
  /// All but the X shape fire inside a run of digits, not at its end (Hyperscan has no
  /// look-ahead): the session walks forward to the end of the run itself, once per run. The
  /// group shape stops at the group's first digit so that it fires once per group.
  static let digitExpressions = [
    "[0-9]{11}", #"\xEF\xBC[\x90-\x99]"#, #"[0-9\x90-\x99][ \-)]{1,2}[0-9]"#,
    #"[0-9\x90-\x99][Xx]"#,
  ]

  /// Fires two bytes past the `@` of a possible e-mail address.
  static let emailExpression = #"[A-Za-z0-9._%+\-]@[A-Za-z0-9]"#

  /// Escapes a literal (a context word) for use in an expression.
  static func literal(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF")
    return text.utf8.map { "\\x\(hex[Int($0 >> 4)])\(hex[Int($0 & 15)])" }.joined()
  }
}
