import Foundation

/// Numbers as reasons print them: enough digits to judge, not so many that they hide the point.
///
/// Metric values keep 4 significant digits (0.8412, 0.001497), so a difference of a tenth of a
/// point stays visible; money and hours are rounded to whole units or one decimal. Output does
/// not depend on the locale.
enum Formatting {
  /// A metric value or bound: 4 significant digits, no exponent between 1e-4 and 1e6.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "inf" : "-inf") }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-4 && magnitude < 1e6 {
      let digits = max(0, 3 - Int(log10(magnitude).rounded(.down)))
      return trimmed(String(format: "%.\(digits)f", value))
    }
    return String(format: "%.3e", value)
  }

  /// A signed difference: `+0.0123`, `-0.004`.
  static func signed(_ value: Double) -> String {
    value > 0 ? "+" + number(value) : number(value)
  }

  /// A fraction as a percentage with one decimal: 0.4531 -> `45.3%`.
  static func percent(_ fraction: Double) -> String {
    String(format: "%.1f%%", fraction * 100)
  }

  /// A small share as a percentage with two significant digits and at least one decimal, so
  /// PII rates stay readable: 0.003083 -> `0.31%`, 0.001 -> `0.1%`, 0.000012 -> `0.0012%`.
  static func smallPercent(_ fraction: Double) -> String {
    let percent = fraction * 100
    guard percent.isFinite, percent > 0 else { return number(percent) + "%" }
    let digits = max(1, 1 - Int(log10(percent).rounded(.down)))
    return trimmed(String(format: "%.\(digits)f", percent)) + "%"
  }

  /// An interval with its confidence: `[0.8123, 0.8601] (95%)`.
  static func interval(_ interval: Interval) -> String {
    "[\(number(interval.low)), \(number(interval.high))] (\(confidence(interval.confidence)))"
  }

  /// A confidence level as a percentage without trailing zeros: 0.95 -> `95%`.
  static func confidence(_ level: Double) -> String {
    trimmed(String(format: "%.1f", level * 100)) + "%"
  }

  /// Money with its currency, whole units with thousands separators: `20,000 USD`.
  static func money(_ money: Money) -> String {
    "\(grouped(money.amount)) \(money.currency)"
  }

  /// A quantity of hours or days: one decimal under 100, whole above.
  static func amount(_ value: Double) -> String {
    abs(value) < 100 ? trimmed(String(format: "%.1f", value)) : grouped(value)
  }

  /// Whole number with `,` between thousands.
  static func grouped(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 9.2e18 else { return String(format: "%.0f", value) }
    return Thousands.grouped(Int64(value.rounded()))
  }

  /// Drops trailing zeros after a decimal point, and the point itself if nothing follows.
  private static func trimmed(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = text
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return result
  }
}
