import Foundation

/// Reads threshold expressions (`clause_accuracy >= 0.90`, `<= baseline + 10%`) into `Threshold`.
///
/// Grammar, with optional spaces between the parts:
///
///     expression := [METRIC] OP BOUND
///     OP         := <= | >= | < | > | ≤ | ≥
///     BOUND      := NUMBER [UNIT] | baseline [(+|-) NUMBER [UNIT]]
///     UNIT       := % | pt | ms | s | tokens | gpu_hours | a 3-letter upper-case currency code
///
/// Numbers may group thousands with `_` or `,` (`20_000`, `20,000`); a comma must be followed by
/// exactly three digits, so a decimal comma (`0,90`) is an error rather than a silent 90. After
/// `baseline`, a `%` offset is relative (`baseline + 10%` is 1.1 x the baseline); any other unit is
/// an amount added to it (`baseline - 1pt`, `baseline + 50ms`).
public enum ThresholdParser {
  /// Parses `METRIC OP BOUND` or `OP BOUND` (where the surrounding key names the metric).
  /// - Throws: `ThresholdSyntaxError` with the offset of the first character that does not fit;
  ///   kind `.vague` when the expression holds words but no number.
  public static func parse(_ text: String) throws(ThresholdSyntaxError) -> Threshold {
    var scanner = ThresholdScanner(text)
    scanner.skipSpaces()
    if scanner.isAtEnd { throw scanner.vagueOrSyntax(expected: "an expression like `>= 0.90`") }

    var metric: String?
    if scanner.comparisonOperator() == nil {
      let start = scanner.position
      guard let name = scanner.identifier() else {
        throw scanner.vagueOrSyntax(expected: "a metric name or one of <= >= < >")
      }
      metric = name
      scanner.skipSpaces()
      if scanner.comparisonOperator() == nil {
        if !scanner.hasDigit(from: start) {
          // `general_avg significantly worse`: point past a name that looks like a metric;
          // `significantly better`: the whole phrase is the problem.
          let looksLikeMetric = name.contains("_") || name.contains(".")
          throw scanner.vague(from: looksLikeMetric && !scanner.isAtEnd ? scanner.position : start)
        }
        throw scanner.error(
          expected: "one of <= >= < > after `\(name)`",
          hint: "write the comparison out, e.g. `\(name) >= 0.90`")
      }
    }

    guard let comparison = scanner.readOperator() else {
      throw scanner.error(
        expected: "one of <= >= < >",
        hint: "a measured metric never equals a number exactly: use >= or <=")
    }
    scanner.skipSpaces()
    let bound = try scanner.bound()
    scanner.skipSpaces()
    if !scanner.isAtEnd {
      throw scanner.error(
        expected: "the end of the expression",
        hint:
          "one threshold per expression: `METRIC OP BOUND`, e.g. `general_avg >= baseline - 1pt`")
    }
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    return Threshold(metric: metric, comparison: comparison, bound: bound, text: trimmed)
  }

  /// Parses a lone quantity with an optional unit (`0.5pt`, `10%`, `20000 USD`, `2.4e9`).
  public static func parseMeasure(_ text: String) throws(ThresholdSyntaxError) -> Measure {
    var scanner = ThresholdScanner(text)
    scanner.skipSpaces()
    guard scanner.startsNumber else {
      throw scanner.vagueOrSyntax(expected: "a number, optionally with a unit (`10%`, `20000 USD`)")
    }
    let measure = try scanner.measure()
    scanner.skipSpaces()
    if !scanner.isAtEnd {
      throw scanner.error(
        expected: "the end of the value",
        hint: "write one number with an optional unit, e.g. `0.5pt` or `20000 USD`")
    }
    return measure
  }

  /// The hint every vague threshold gets.
  static let vagueHint = """
    write a number a run can be held to, e.g. `clause_accuracy >= 0.90` or \
    `general_avg >= baseline - 1pt`
    """
}
