/// The Hyperscan prefilter: expressions over raw UTF-8 bytes that fire wherever a validator
/// might accept something, and never decide on their own.
///
/// They are loose on purpose (any 13+ digit run, any 1[3-9]x run of 11 digits) because the
/// exact rules live in the validators; the prefilter's job is to be fast and to miss nothing
/// the validators would accept. `PIIReferenceScanner` checks that on the test corpora.
enum PIIPatterns {
  /// An ASCII or full-width digit (U+FF10-U+FF19 is EF BC 90-99 in UTF-8).
  static let digit = #"(?:[0-9]|\xEF\xBC[\x90-\x99])"#
  /// A separator between digit groups, as `DigitToken` reads them.
  static let separator = #"(?:[ \-]|\)[ \-]?)"#

  /// Expressions that end where a digit token may end.
  ///
  /// Three small shapes instead of one expression per format: no validator accepts fewer than
  /// 11 digits, and a token ends either in a run of 11+ digits, in a group after a separator, or
  /// in an X. Small shapes keep Hyperscan's automaton a DFA (a few ns per byte); per-format
  /// expressions with bounded repeats and optional separators made it an NFA, ten times slower.
  static var digitExpressions: [String] {
    let d = digit
    return ["\(d){11}", "\(d)[ \\-)]{1,2}\(d)+", "\(d)[Xx]"]
  }

  /// Fires two bytes past the `@` of a possible e-mail address.
  static let emailExpression = #"[A-Za-z0-9._%+\-]@[A-Za-z0-9]"#

  /// Escapes a literal (a context word) for use in an expression.
  static func literal(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF")
    return text.utf8.map { "\\x\(hex[Int($0 >> 4)])\(hex[Int($0 & 15)])" }.joined()
  }
}
