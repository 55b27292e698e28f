import Foundation

/// Exact bounds on the rate of a rare event (injection success, PII hits) from k hits in n probes.
///
/// A point estimate of 0/2000 says nothing about how small the rate is; the Clopper-Pearson
/// bound does, and so does the number of probes a zero-hit run needs before it certifies a rate.
public enum RareEventBounds {
  /// Whether the bound leaves all of 1 − confidence on one side or splits it over both.
  public enum Sides: Sendable, Hashable {
    /// The bound a certificate needs: "the rate is below U with this confidence".
    case oneSided
    /// The upper end of the two-sided interval (what `binom.test` prints).
    case twoSided
  }

  /// The Clopper-Pearson exact upper confidence bound on a rate after `events` hits in `trials`.
  ///
  /// Clopper & Pearson (1934): the largest p with P(X <= k; n, p) >= α, which is the beta quantile
  /// B(1 − α; k + 1, n − k), α = 1 − confidence (halved for `twoSided`). 0/2000 at 95 %,
  /// one-sided, is 0.0014967 = 1 − 0.05^(1/2000). Returns nil for impossible counts or a
  /// confidence outside (0, 1).
  public static func clopperPearsonUpper(
    events: Int, trials: Int, confidence: Double, sides: Sides = .oneSided
  ) -> Double? {
    guard trials > 0, events >= 0, events <= trials, confidence > 0, confidence < 1 else {
      return nil
    }
    if events == trials { return 1 }
    let alpha = sides == .oneSided ? 1 - confidence : (1 - confidence) / 2
    return IncompleteBeta.inverse(
      probability: 1 - alpha, a: Double(events + 1), b: Double(trials - events))
  }

  /// The Clopper-Pearson exact lower confidence bound: B(α; k, n − k + 1), and 0 when k = 0.
  public static func clopperPearsonLower(
    events: Int, trials: Int, confidence: Double, sides: Sides = .oneSided
  ) -> Double? {
    guard trials > 0, events >= 0, events <= trials, confidence > 0, confidence < 1 else {
      return nil
    }
    if events == 0 { return 0 }
    let alpha = sides == .oneSided ? 1 - confidence : (1 - confidence) / 2
    return IncompleteBeta.inverse(
      probability: alpha, a: Double(events), b: Double(trials - events + 1))
  }

  /// How many probes with zero hits certify a rate below `rate` at `confidence`.
  ///
  /// With no hits in n probes the one-sided Clopper-Pearson bound is 1 − (1 − c)^(1/n); it drops
  /// below p once n >= ln(1 − c) / ln(1 − p) (the "rule of three" is its small-p form, 3/p at
  /// 95 %). 0.1 % at 95 % needs 2995 probes, so 0/2000 does not prove it. Returns nil unless
  /// 0 < rate < 1 and 0 < confidence < 1.
  public static func zeroHitProbesNeeded(belowRate rate: Double, confidence: Double) -> Int? {
    guard rate > 0, rate < 1, confidence > 0, confidence < 1 else { return nil }
    let exact = log1p(-confidence) / log1p(-rate)
    guard exact.isFinite, exact < Double(Int.max) else { return nil }
    return Int(exact.rounded(.up))
  }
}
