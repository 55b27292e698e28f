extension GateEvaluator {
  /// The exact one-sided interval of a rate measured as k events in n trials.
  struct ExactRate {
    var interval: Interval
    var events: Int
    var trials: Int
  }

  /// The Clopper-Pearson one-sided interval at the gate's confidence on the side that must
  /// clear the bound: [0, upper] when lower is better, [lower, 1] when higher is better. Nil
  /// unless the value is a rate in [0, 1] with a positive sample count.
  ///
  /// One-sided, because certifying "the rate is below p with confidence c" is a one-sided claim;
  /// it is the bound behind DESIGN.md's "zero hits in 2000 probes does not prove a rate under
  /// 0.1 %" (0/2000 gives 0.0015 at 95 %).
  func exactRateInterval(_ value: MetricValue, prefersHigher: Bool) -> ExactRate? {
    guard let trials = value.sampleCount, trials > 0, value.value >= 0, value.value <= 1 else {
      return nil
    }
    let events = Int((value.value * Double(trials)).rounded())
    if prefersHigher {
      guard
        let lower = RareEventBounds.clopperPearsonLower(
          events: events, trials: trials, confidence: confidence)
      else { return nil }
      return ExactRate(
        interval: Interval(low: lower, high: 1, confidence: confidence), events: events,
        trials: trials)
    }
    guard
      let upper = RareEventBounds.clopperPearsonUpper(
        events: events, trials: trials, confidence: confidence)
    else { return nil }
    return ExactRate(
      interval: Interval(low: 0, high: upper, confidence: confidence), events: events,
      trials: trials)
  }

  /// "; N probes with zero hits would certify it" for an unproven upper bound on a rate.
  func zeroHitCertificate(events: Int, bound: Double, comparison: ComparisonOperator) -> String {
    guard events == 0, !comparison.prefersHigher,
      let needed = RareEventBounds.zeroHitProbesNeeded(belowRate: bound, confidence: confidence)
    else { return "" }
    return text.zeroHitCertificate(probes: needed)
  }
}
