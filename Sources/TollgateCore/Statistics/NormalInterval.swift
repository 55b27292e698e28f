/// Normal-approximation intervals on an estimate, or on the difference of two estimates.
///
/// lm-evaluation-harness reports each aggregate with its standard error; the interval
/// `estimate ± z · se` is the large-sample (Wald) interval, and for the difference of two
/// independent estimates the standard errors add in quadrature: se(a − b) = √(se_a² + se_b²).
/// Baseline and candidate are scored on the same items, so they are in fact positively
/// correlated; treating them as independent overstates the variance of the difference, which
/// makes the gate more cautious (more `unproven`), never less.
public enum NormalInterval {
  /// The interval `value ± z · standardError` at the given two-sided confidence.
  ///
  /// Returns nil when the confidence is not strictly between 0 and 1 or the standard error is
  /// negative or not finite.
  public static func around(
    _ value: Double, standardError: Double, confidence: Double
  ) -> Interval? {
    guard standardError >= 0, standardError.isFinite,
      let z = NormalDistribution.twoSidedZ(confidence: confidence)
    else { return nil }
    let halfWidth = z * standardError
    return Interval(low: value - halfWidth, high: value + halfWidth, confidence: confidence)
  }

  /// The interval on `candidate − baseline` for two independent estimates.
  public static func difference(
    _ candidate: Double, candidateStandardError: Double,
    minus baseline: Double, baselineStandardError: Double, confidence: Double
  ) -> Interval? {
    let se = combinedStandardError(candidateStandardError, baselineStandardError)
    return around(candidate - baseline, standardError: se, confidence: confidence)
  }

  /// The standard error of a sum or difference of independent estimates: √(Σ se_i²).
  public static func combinedStandardError(_ errors: Double...) -> Double {
    errors.reduce(0) { $0 + $1 * $1 }.squareRoot()
  }
}
