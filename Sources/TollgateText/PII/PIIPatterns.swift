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
  static var digitExpressions: [String] {
    let d = digit
    let s = separator
    let one = #"(?:1|\xEF\xBC\x91)"#
    let mobileSecond = #"(?:[3-9]|\xEF\xBC[\x93-\x99])"#
    let zero = #"(?:0|\xEF\xBC\x90)"#
    let subscriber = "(?:\(d){7,8}|\(d){3,4}[ \\-]\(d){4})"
    return [
      // Identity numbers and cards written whole; 12 digits + X ends every 18-character ID.
      "\(d){13}", "\(d){12}[Xx]",
      // Identity numbers as 6-8-4.
      "\(d){6}[ \\-]\(d){8}[ \\-]\(d){3}(?:\(d)|[Xx])",
      // Cards in groups of four (the last group 1-4 digits), and Amex's 4-6-5.
      "\(d){4}[ \\-]\(d){4}[ \\-]\(d){4}[ \\-]\(d){1,4}",
      "\(d){4}[ \\-]\(d){6}[ \\-]\(d){4,5}",
      // Mobile numbers with any single separators.
      "\(one)\(mobileSecond)\(d)(?:[ \\-]?\(d)){8}",
      // Fixed lines: 0 + area code, or area code after a country code; optional extension.
      "\(zero)\(d){2,3}\(s)?\(subscriber)(?:-\(d){1,5})?",
      "(?:8|\\xEF\\xBC\\x98)(?:6|\\xEF\\xBC\\x96)\(s)?\(d){2,3}\(s)?\(subscriber)(?:-\(d){1,5})?",
    ]
  }

  /// Fires two bytes past the `@` of a possible e-mail address.
  static let emailExpression = #"[A-Za-z0-9._%+\-]@[A-Za-z0-9]"#

  /// Escapes a literal (a context word) for use in an expression.
  static func literal(_ text: String) -> String {
    let hex = Array("0123456789ABCDEF")
    return text.utf8.map { "\\x\(hex[Int($0 >> 4)])\(hex[Int($0 & 15)])" }.joined()
  }
}
