extension GateEvaluator {
  /// Judges a guard: its block threshold, its warn threshold, and `not_worse`; the worst wins.
  ///
  /// Severity, worst first: block, missing, unproven, warn, pass. A warn threshold never blocks:
  /// when its interval crosses the line the guard warns. `not_worse` is a non-inferiority check
  /// "beyond noise": it blocks when the interval on candidate − baseline lies wholly on the worse
  /// side of zero, warns when only the point estimate is worse, and without standard errors
  /// blocks on a worse point estimate. Which side is worse follows the guard's thresholds (`<=`:
  /// lower is better); a guard with `not_worse` alone treats higher as better.
  public func check(
    _ guardSpec: Guard, candidate: EvidenceSet, baseline: EvidenceSet?
  ) -> MetricCheck {
    let metric = guardSpec.metric
    let candidateValue = candidate.metrics[metric]
    let baselineValue = baseline?.metrics[metric]
    var checks: [MetricCheck] = []
    if let block = guardSpec.block {
      checks.append(
        check(metric, against: block, candidate: candidateValue, baseline: baselineValue))
    }
    if let warn = guardSpec.warn {
      checks.append(
        check(
          metric, against: warn, candidate: candidateValue, baseline: baselineValue,
          failing: .warn, unproven: .warn))
    }
    if guardSpec.notWorse {
      let prefersHigher = (guardSpec.block ?? guardSpec.warn)?.comparison.prefersHigher ?? true
      checks.append(
        notWorse(
          metric, candidate: candidateValue, baseline: baselineValue,
          prefersHigher: prefersHigher))
    }
    guard
      let worstIndex = checks.indices.max(by: {
        Self.severity(checks[$0].status) < Self.severity(checks[$1].status)
      })
    else {
      return MetricCheck(
        metric: metric, status: .missing, value: candidateValue?.value,
        baseline: baselineValue?.value, interval: nil, threshold: nil, bound: nil,
        action: guardSpec.action, reason: "\(metric): the guard has no block, warn or not_worse")
    }
    var worst = checks[worstIndex]
    worst.action = guardSpec.action
    // The other findings that are not passes, each once (a missing value is missing for all).
    var others: [String] = []
    for (index, check) in checks.enumerated()
    where index != worstIndex && check.status != .pass && check.reason != worst.reason
      && !others.contains(check.reason)
    {
      others.append(check.reason)
    }
    if !others.isEmpty { worst.reason += "; also: " + others.joined(separator: "; ") }
    return worst
  }

  /// The non-inferiority check of `not_worse` (see `check(_:candidate:baseline:)`).
  func notWorse(
    _ metric: String, candidate: MetricValue?, baseline: MetricValue?, prefersHigher: Bool
  ) -> MetricCheck {
    let text = prefersHigher ? "\(metric) >= baseline" : "\(metric) <= baseline"
    var result = MetricCheck(
      metric: metric, status: .missing, value: candidate?.value, baseline: baseline?.value,
      interval: nil, threshold: "not_worse", bound: baseline?.value, action: nil, reason: "")
    guard let candidate, let baseline else {
      result.reason =
        "\(metric): not_worse needs a value in both candidate and baseline evidence; "
        + (candidate == nil ? "the candidate" : "the baseline") + " has none"
      return result
    }
    let difference = candidate.value - baseline.value
    let isPointWorse = prefersHigher ? difference < 0 : difference > 0
    let interval = self.interval(candidate, baseline: baseline)
    result.interval = interval
    let described = describe(metric, candidate.value, baseline: baseline)

    guard isPointWorse else {
      result.status = .pass
      result.reason = "\(described) is not worse (\(text))"
      return result
    }
    guard let interval else {
      result.status = .block
      result.reason = "\(described) is worse (\(text)); no standard error, so no interval"
      return result
    }
    let isWorseBeyondNoise = prefersHigher ? interval.high < 0 : interval.low > 0
    result.status = isWorseBeyondNoise ? .block : .warn
    result.reason =
      "\(described) is worse (\(text)); difference interval \(Formatting.interval(interval)) "
      + (isWorseBeyondNoise ? "excludes zero" : "includes zero, so within noise")
    return result
  }

  static func severity(_ status: CheckStatus) -> Int {
    switch status {
    case .pass: 0
    case .warn: 1
    case .unproven: 2
    case .missing: 3
    case .block: 4
    }
  }
}
