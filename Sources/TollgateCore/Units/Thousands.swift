/// Whole numbers written with `,` between thousands (`1234567` -> `1,234,567`), the one way
/// counts are printed in every output: terminal, data card and reasons.
public enum Thousands {
  /// `count` with a comma before every group of three digits from the right.
  public static func grouped<Count: BinaryInteger>(_ count: Count) -> String {
    let digits = String(count.magnitude)
    var text = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
      text.append(digit)
    }
    return (count < 0 ? "-" : "") + text
  }
}
