import Foundation

/// The regularized incomplete beta function I_x(a, b), and its inverse in x.
///
/// Binomial tails are incomplete beta values: P(X <= k) for X ~ Binomial(n, p) equals
/// I_{1−p}(n − k, k + 1). That identity turns the Clopper-Pearson bounds into beta quantiles
/// without summing thousands of binomial terms.
public enum IncompleteBeta {
  /// I_x(a, b) for a, b > 0 and 0 <= x <= 1; nil outside that domain.
  ///
  /// The continued fraction of Abramowitz & Stegun 26.5.8, evaluated with the modified Lentz
  /// method (Lentz 1976; Thompson & Barnett 1986). It converges fast for x < (a + 1)/(a + b + 2);
  /// above that point the symmetry I_x(a, b) = 1 − I_{1−x}(b, a) is used instead.
  public static func regularized(x: Double, a: Double, b: Double) -> Double? {
    guard a > 0, b > 0, a.isFinite, b.isFinite, x >= 0, x <= 1 else { return nil }
    if x == 0 { return 0 }
    if x == 1 { return 1 }
    if x < (a + 1) / (a + b + 2) {
      return prefactor(x: x, a: a, b: b) * continuedFraction(x: x, a: a, b: b) / a
    }
    return 1 - prefactor(x: 1 - x, a: b, b: a) * continuedFraction(x: 1 - x, a: b, b: a) / b
  }

  /// The x in [0, 1] with I_x(a, b) = probability, found by bisection.
  ///
  /// I_x is increasing in x, so bisection always converges; 200 halvings reach the spacing of
  /// doubles, and the loop stops earlier once the bracket stops shrinking.
  public static func inverse(probability: Double, a: Double, b: Double) -> Double? {
    guard probability >= 0, probability <= 1, a > 0, b > 0, a.isFinite, b.isFinite else {
      return nil
    }
    var low = 0.0
    var high = 1.0
    for _ in 0..<200 {
      let middle = (low + high) / 2
      guard middle > low, middle < high, let value = regularized(x: middle, a: a, b: b) else {
        break
      }
      if value < probability { low = middle } else { high = middle }
    }
    return (low + high) / 2
  }

  /// x^a (1 − x)^b / B(a, b), computed in logs so large a and b do not overflow.
  private static func prefactor(x: Double, a: Double, b: Double) -> Double {
    let logBeta = lgamma(a) + lgamma(b) - lgamma(a + b)
    return exp(a * log(x) + b * log1p(-x) - logBeta)
  }

  /// 1 / (1 + d1 / (1 + d2 / (1 + ...))) with the coefficients of A&S 26.5.8:
  /// d(2m+1) = −(a+m)(a+b+m)x / ((a+2m)(a+2m+1)), d(2m) = m(b−m)x / ((a+2m−1)(a+2m)).
  private static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = 1e-15
    var c = 1.0
    var d = 1.0 - (a + b) * x / (a + 1)  // first term, d1 with m = 0
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...10_000 {
      let m = Double(m)
      // Even step: d(2m).
      let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
      d = 1 + even * d
      if abs(d) < tiny { d = tiny }
      c = 1 + even / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      // Odd step: d(2m+1).
      let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
      d = 1 + odd * d
      if abs(d) < tiny { d = tiny }
      c = 1 + odd / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      result *= delta
      if abs(delta - 1) < epsilon { break }
    }
    return result
  }
}
