/// Judges a candidate against the card's gate: the primary target, each guard, each risk.
///
/// A metric is compared with its uncertainty, never as two bare numbers (DESIGN.md, "Evidence
/// and statistics"). For one threshold:
/// - the point estimate fails the bound: `block` (or `warn` for a warn threshold);
/// - the point passes but the normal interval at the gate's confidence crosses the bound:
///   `unproven` (the gain or the safety margin may be noise);
/// - the interval clears the bound: `pass`.
/// An absolute bound is judged on the interval around the candidate's value; a baseline-relative
/// bound on the interval around candidate − baseline, against the bound's offset from the
/// baseline. A rate with a sample count but no standard error (injection success, PII hits: k
/// events in n probes) gets the exact one-sided Clopper-Pearson bound instead, so 0/2000 cannot
/// pass `<= 0.1%`. Without either the point decides, and the reason says so. The primary
/// target goes through the same logic, so a gain whose interval does not clear the target is
/// `unproven`, never a pass.
public struct GateEvaluator: Sendable {
  /// Confidence of the intervals (`gate.confidence`).
  public var confidence: Double
  /// The language of the reasons.
  public var language: Language

  /// An evaluator at a confidence (0.95 unless the card says otherwise), writing its reasons in
  /// a language (English unless asked otherwise).
  public init(confidence: Double = 0.95, language: Language = .english) {
    self.confidence = confidence
    self.language = language
  }

  var text: any ReasonText { language.reasonText }

  /// One threshold judged, with its reason kept in parts so a guard can compose several findings
  /// into one sentence without repeating what they share.
  struct Finding {
    /// The check, its `reason` the whole sentence.
    var check: MetricCheck
    /// A short clause naming the threshold and the outcome; nil where it adds nothing on its own
    /// (a pass, a missing value).
    var brief: String?
  }

  /// Judges one threshold on one metric.
  ///
  /// - Parameters:
  ///   - metric: the metric's name; names ending in `_ms` are in milliseconds.
  ///   - threshold: the bound to hold.
  ///   - candidate: the candidate's value; nil gives `missing`.
  ///   - baseline: the baseline's value, needed for a baseline-relative bound.
  ///   - failing: the status when the point estimate fails (`block` or `warn`).
  ///   - unproven: the status when only the interval crosses (`unproven`, or `warn` for a warn
  ///     threshold, which never blocks).
  public func check(
    _ metric: String, against threshold: Threshold, candidate: MetricValue?,
    baseline: MetricValue?, failing: CheckStatus = .block, unproven: CheckStatus = .unproven
  ) -> MetricCheck {
    finding(
      metric, against: threshold, candidate: candidate, baseline: baseline, failing: failing,
      unproven: unproven
    ).check
  }

  /// `check(_:against:candidate:baseline:failing:unproven:)` with the short clause kept.
  func finding(
    _ metric: String, against threshold: Threshold, candidate: MetricValue?,
    baseline: MetricValue?, failing: CheckStatus = .block, unproven: CheckStatus = .unproven
  ) -> Finding {
    var result = MetricCheck(
      metric: metric, status: .missing, value: candidate?.value, baseline: baseline?.value,
      interval: nil, threshold: threshold.text, bound: nil, action: nil, reason: "")
    guard let candidate else {
      result.reason = text.noCandidateValue(metric)
      return Finding(check: result, brief: nil)
    }
    let isRelative = if case .baseline = threshold.bound { true } else { false }
    let isMilliseconds = metric.hasSuffix("_ms")
    guard
      let bound = threshold.resolvedBound(
        baseline: baseline?.value, metricIsMilliseconds: isMilliseconds)
    else {
      result.reason = text.baselineMissing(metric, threshold: threshold.text)
      return Finding(check: result, brief: nil)
    }
    result.bound = bound

    let comparison = threshold.comparison
    let pointHolds = comparison.holds(candidate.value, bound)
    // The quantity judged and the line it must clear: the value itself against the bound, or
    // candidate − baseline against the bound's offset from the baseline.
    let reference = isRelative ? (baseline?.value ?? 0) : 0
    var interval = self.interval(candidate, baseline: isRelative ? baseline : nil)
    var subject = text.subject(
      metric, candidate.value, baseline: isRelative ? baseline?.value : nil)
    var certificate = ""
    if interval == nil, !isRelative,
      let exact = exactRateInterval(candidate, prefersHigher: comparison.prefersHigher)
    {
      interval = exact.interval
      subject += text.exactRate(events: exact.events, trials: exact.trials)
      certificate = zeroHitCertificate(events: exact.events, bound: bound, comparison: comparison)
    }
    result.interval = interval

    guard pointHolds else {
      result.status = failing
      let clause = text.fails(threshold.text, bound: bound)
      result.reason = text.sentence(subject, clause) + text.intervalEvidence(interval)
      return Finding(check: result, brief: clause)
    }
    guard let interval else {
      result.status = .pass
      result.reason =
        text.sentence(subject, text.meetsOnPointEstimate(threshold.text, bound: bound))
        + text.noIntervalEvidence()
      return Finding(check: result, brief: nil)
    }
    let worseEnd = comparison.prefersHigher ? interval.low : interval.high
    if comparison.holds(worseEnd, bound - reference) {
      result.status = .pass
      result.reason =
        text.sentence(subject, text.meets(threshold.text, bound: bound))
        + text.clearsEvidence(interval)
      return Finding(check: result, brief: nil)
    }
    result.status = unproven
    result.reason =
      text.sentence(subject, text.meetsOnPointEstimate(threshold.text, bound: bound))
      + text.crossesEvidence(interval, line: bound - reference, certificate: certificate)
    return Finding(check: result, brief: text.briefUnproven(threshold.text, bound: bound))
  }

  /// The interval on the value (no baseline) or on candidate − baseline; nil without errors.
  func interval(_ candidate: MetricValue, baseline: MetricValue?) -> Interval? {
    guard let candidateError = candidate.standardError else { return nil }
    guard let baseline else {
      return NormalInterval.around(
        candidate.value, standardError: candidateError, confidence: confidence)
    }
    guard let baselineError = baseline.standardError else { return nil }
    return NormalInterval.difference(
      candidate.value, candidateStandardError: candidateError, minus: baseline.value,
      baselineStandardError: baselineError, confidence: confidence)
  }
}
