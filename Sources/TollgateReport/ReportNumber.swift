import Foundation
import TollgateCore

/// Numbers as reports print them, identical in English and Chinese.
///
/// Locale-dependent formatters would put a comma or a full-width character in a Chinese report
/// and break golden files on another machine; these rules are fixed instead: a point for the
/// decimal separator, a comma between thousands for money and hours, and four significant
/// digits for metric values so a 0.05 % injection rate does not print as zero.
enum ReportNumber {
  /// A metric value with four significant digits, trailing zeros dropped (`0.8712`,
  /// `0.000512`, `412.6`).
  static func value(_ number: Double) -> String {
    value(number, decimals: decimals(forScale: number))
  }

  /// A number with at most `decimals` digits after the point, trailing zeros dropped; used to
  /// print a margin or a difference at the precision of the values it belongs to.
  static func value(_ number: Double, decimals: Int) -> String {
    guard number.isFinite else { return number.isNaN ? "NaN" : (number > 0 ? "∞" : "-∞") }
    return trimmed(fixed(number, decimals: decimals))
  }

  /// The decimals that give four significant digits at the magnitude of `scale` (between 0 and
  /// 8; 4 for zero or a value that is not finite).
  static func decimals(forScale scale: Double) -> Int {
    guard scale.isFinite, scale != 0 else { return 4 }
    let magnitude = Int(floor(log10(abs(scale))))
    return min(8, max(0, 3 - magnitude))
  }

  /// A difference with its sign always shown (`+0.03`, `-0.0125`).
  static func signed(_ number: Double, decimals: Int? = nil) -> String {
    let text = value(number, decimals: decimals ?? self.decimals(forScale: number))
    let isZero = !text.contains { $0 != "0" && $0 != "." && $0 != "-" }
    return number > 0 && number.isFinite && !isZero ? "+" + text : text
  }

  /// An interval as `[low, high]`.
  static func interval(_ interval: Interval) -> String {
    "[\(value(interval.low)), \(value(interval.high))]"
  }

  /// A signed interval on a difference as `[-0.01, +0.05]`.
  static func signedInterval(_ interval: Interval, decimals: Int) -> String {
    "[\(signed(interval.low, decimals: decimals)), \(signed(interval.high, decimals: decimals))]"
  }

  /// A fraction as a percentage (`0.95` -> `95%`, `0.001` -> `0.1%`).
  static func percent(_ fraction: Double) -> String {
    value(fraction * 100) + "%"
  }

  /// A confidence level as a whole or decimal percentage (`95%`).
  static func confidence(_ level: Double) -> String { percent(level) }

  /// Money with thousands separators: whole units from 100 up, cents below (`20,000 USD`).
  static func money(_ money: Money) -> String {
    guard money.amount.isFinite else { return "\(value(money.amount)) \(money.currency)" }
    let decimals = abs(money.amount) >= 100 ? 0 : 2
    return "\(grouped(money.amount, decimals: decimals)) \(money.currency)"
  }

  /// An amount with thousands separators and a fixed number of decimals (`1,234.5`).
  static func grouped(_ number: Double, decimals: Int) -> String {
    guard number.isFinite else { return value(number) }
    let text = fixed(abs(number), decimals: decimals)
    let parts = text.split(separator: ".", maxSplits: 1)
    let whole = Array(parts.first ?? "0")
    var groupedWhole = ""
    for (index, digit) in whole.enumerated() {
      if index > 0 && (whole.count - index) % 3 == 0 { groupedWhole.append(",") }
      groupedWhole.append(digit)
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    let isNegative = number < 0 && text.contains(where: { $0 != "0" && $0 != "." })
    return (isNegative ? "-" : "") + groupedWhole + fraction
  }

  /// A whole count with thousands separators (`1,200,000`).
  static func count(_ number: Int64) -> String { grouped(Double(number), decimals: 0) }

  /// A number with exactly `decimals` digits after the point, never `-0`.
  static func fixed(_ number: Double, decimals: Int) -> String {
    let text = String(format: "%.\(decimals)f", number)
    let isZero = text.allSatisfy { $0 == "-" || $0 == "0" || $0 == "." }
    return isZero && text.hasPrefix("-") ? String(text.dropFirst()) : text
  }

  private static func trimmed(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = text
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return result
  }
}
