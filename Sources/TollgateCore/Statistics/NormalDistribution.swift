import Foundation

/// The standard normal distribution: the quantiles behind every interval Tollgate reports.
///
/// Guards on lm-eval aggregates compare estimates that come with a standard error; a normal
/// interval on them (or on their difference) needs the two-sided critical value `z` for the card's
/// confidence. Foundation has `erfc` but no inverse, so the quantile is computed here.
public enum NormalDistribution {
  /// The cumulative distribution function Φ(x) of the standard normal.
  ///
  /// Φ(x) = erfc(-x/√2) / 2, which keeps full relative precision in the lower tail.
  public static func cdf(_ x: Double) -> Double {
    0.5 * erfc(-x / 2.0.squareRoot())
  }

  /// The quantile Φ⁻¹(p) of the standard normal, for 0 < p < 1; nil outside that range.
  ///
  /// Peter J. Acklam's rational approximation ("An algorithm for computing the inverse normal
  /// cumulative distribution function", 2003; relative error below 1.15e-9), followed by one
  /// Halley step against `erfc` that brings it to about machine precision.
  public static func quantile(_ p: Double) -> Double? {
    guard p > 0, p < 1, p.isFinite else { return nil }
    let x = acklam(p)
    // One Halley refinement step (Acklam's note, section "refinement").
    let e = cdf(x) - p
    let u = e * (2 * Double.pi).squareRoot() * exp(x * x / 2)
    return x - u / (1 + x * u / 2)
  }

  /// The two-sided critical value for a confidence level: z with P(|Z| <= z) = confidence.
  ///
  /// `twoSidedZ(0.95)` is 1.959964. Returns nil unless 0 < confidence < 1.
  public static func twoSidedZ(confidence: Double) -> Double? {
    guard confidence > 0, confidence < 1 else { return nil }
    return quantile(1 - (1 - confidence) / 2)
  }

  // Coefficients of Acklam's approximation, as published.
  private static let a = [
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00,
  ]
  private static let b = [
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01,
  ]
  private static let c = [
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00,
  ]
  private static let d = [
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
    3.754408661907416e+00,
  ]

  private static func acklam(_ p: Double) -> Double {
    let lowBreak = 0.02425
    if p < lowBreak {
      let q = (-2 * log(p)).squareRoot()
      return tail(q)
    }
    if p > 1 - lowBreak {
      let q = (-2 * log(1 - p)).squareRoot()
      return -tail(q)
    }
    let q = p - 0.5
    let r = q * q
    let numerator = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
    let denominator = ((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1
    return numerator / denominator
  }

  private static func tail(_ q: Double) -> Double {
    let numerator = ((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]
    let denominator = (((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1
    return numerator / denominator
  }
}
