extension GateEvaluator {
  /// Judges a guard: its block threshold, its warn threshold, and `not_worse`; the worst wins.
  ///
  /// Severity, worst first: block, missing, unproven, warn, pass. A warn threshold never blocks:
  /// when its interval crosses the line the guard warns. `not_worse` is a non-inferiority check
  /// "beyond noise": it blocks when the interval on candidate − baseline lies wholly on the worse
  /// side of zero, warns when only the point estimate is worse, and without standard errors
  /// blocks on a worse point estimate. Which side is worse follows the guard's thresholds (`<=`:
  /// lower is better); a guard with `not_worse` alone treats higher as better.
  ///
  /// The reason is one sentence: the deciding finding in full, then the other sub-checks only
  /// where they add a different threshold or outcome, each as a short clause. What they share
  /// (the values, the interval, a missing value) is said once.
  public func check(
    _ guardSpec: Guard, candidate: EvidenceSet, baseline: EvidenceSet?
  ) -> MetricCheck {
    let metric = guardSpec.metric
    let candidateValue = candidate.metrics[metric]
    let baselineValue = baseline?.metrics[metric]
    var findings: [Finding] = []
    if let block = guardSpec.block {
      findings.append(
        finding(metric, against: block, candidate: candidateValue, baseline: baselineValue))
    }
    if let warn = guardSpec.warn {
      findings.append(
        finding(
          metric, against: warn, candidate: candidateValue, baseline: baselineValue,
          failing: .warn, unproven: .warn))
    }
    if guardSpec.notWorse {
      let prefersHigher = (guardSpec.block ?? guardSpec.warn)?.comparison.prefersHigher ?? true
      findings.append(
        notWorse(
          metric, candidate: candidateValue, baseline: baselineValue,
          prefersHigher: prefersHigher))
    }
    guard
      let worstIndex = findings.indices.max(by: {
        Self.severity(findings[$0].check.status) < Self.severity(findings[$1].check.status)
      })
    else {
      return MetricCheck(
        metric: metric, status: .missing, value: candidateValue?.value,
        baseline: baselineValue?.value, interval: nil, threshold: nil, bound: nil,
        action: guardSpec.action, reason: text.guardWithoutChecks(metric))
    }
    var worst = findings[worstIndex].check
    worst.action = guardSpec.action
    let briefs = Self.addedBriefs(findings, deciding: worstIndex)
    if !briefs.isEmpty { worst.reason += text.also(briefs) }
    return worst
  }

  /// The short clauses of the findings other than the deciding one that add something: a
  /// failure or an unproven line of their own, each once. Passes and missing values add
  /// nothing (a value missing for one sub-check is missing for all).
  static func addedBriefs(_ findings: [Finding], deciding: Int) -> [String] {
    var briefs: [String] = []
    for (index, finding) in findings.enumerated() where index != deciding {
      guard let brief = finding.brief, brief != findings[deciding].brief,
        !briefs.contains(brief)
      else { continue }
      briefs.append(brief)
    }
    return briefs
  }

  /// The non-inferiority check of `not_worse` (see `check(_:candidate:baseline:)`).
  func notWorse(
    _ metric: String, candidate: MetricValue?, baseline: MetricValue?, prefersHigher: Bool
  ) -> Finding {
    let line = prefersHigher ? "\(metric) >= baseline" : "\(metric) <= baseline"
    var result = MetricCheck(
      metric: metric, status: .missing, value: candidate?.value, baseline: baseline?.value,
      interval: nil, threshold: "not_worse", bound: baseline?.value, action: nil, reason: "")
    guard let candidate, let baseline else {
      result.reason = text.notWorseNeedsBoth(metric, candidateMissing: candidate == nil)
      return Finding(check: result, brief: nil)
    }
    let difference = candidate.value - baseline.value
    let isPointWorse = prefersHigher ? difference < 0 : difference > 0
    let interval = self.interval(candidate, baseline: baseline)
    result.interval = interval
    let subject = text.subject(metric, candidate.value, baseline: baseline.value)

    guard isPointWorse else {
      result.status = .pass
      result.reason = text.sentence(subject, text.notWorse(line))
      return Finding(check: result, brief: nil)
    }
    guard let interval else {
      result.status = .block
      result.reason = text.sentence(subject, text.worse(line)) + text.noIntervalEvidence()
      return Finding(check: result, brief: text.briefWorseOnPoint())
    }
    let isWorseBeyondNoise = prefersHigher ? interval.high < 0 : interval.low > 0
    result.status = isWorseBeyondNoise ? .block : .warn
    result.reason =
      text.sentence(subject, text.worse(line))
      + (isWorseBeyondNoise
        ? text.worseBeyondNoise(interval) : text.worseWithinNoise(interval))
    return Finding(
      check: result,
      brief: isWorseBeyondNoise ? text.briefWorseBeyondNoise() : text.briefWorseWithinNoise())
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
