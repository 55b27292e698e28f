/// Masked forms of found values: enough left to recognise the kind and check a report, never
/// enough to recover the value.
///
/// Digits keep the issuer or region prefix and the last four (the form banks print on
/// statements and the one the issue asks for: `110101********1234`); e-mail keeps the first
/// character and the domain; names keep the surname.
enum PIIMask {
  static func digits(_ digits: ArraySlice<UInt8>, keepFirst: Int, keepLast: Int) -> String {
    var text = ""
    for (offset, digit) in digits.enumerated() {
      let isKept = offset < keepFirst || offset >= digits.count - keepLast
      text.append(isKept ? character(digit) : "*")
    }
    return text
  }

  static func character(_ digit: UInt8) -> Character {
    digit == 10 ? "X" : Character(Unicode.Scalar(48 + digit))
  }

  static func email(local: Substring, domain: Substring) -> String {
    guard let first = local.first else { return "***@\(domain)" }
    return "\(first)***@\(domain)"
  }

  static func name(_ name: String, surnameLength: Int) -> String {
    String(name.prefix(surnameLength)) + String(repeating: "*", count: name.count - surnameLength)
  }

  /// Custom patterns: keep the first and last character of values of six or more.
  static func custom(_ value: String) -> String {
    let count = value.count
    guard count >= 6, let first = value.first, let last = value.last else {
      return String(repeating: "*", count: count)
    }
    // A greedy card pattern can match a whole line: past 32 stars, say how many were left out
    // instead of printing megabytes of them.
    let hidden = count - 2
    let stars =
      hidden <= 32
      ? String(repeating: "*", count: hidden)
      : String(repeating: "*", count: 32) + "…(\(hidden - 32) more)"
    return "\(first)\(stars)\(last)"
  }
}
