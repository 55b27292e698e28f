/// The gate judged as a whole: the primary target, every guard and every risk.
public struct GateResult: Sendable, Hashable {
  /// The primary target, judged; nil when the card has none.
  public var primary: MetricCheck?
  /// Each guard, in card order.
  public var guards: [MetricCheck]
  /// Each risk trigger, in card order.
  public var risks: [RiskCheck]

  /// A result from its parts.
  public init(primary: MetricCheck?, guards: [MetricCheck], risks: [RiskCheck]) {
    self.primary = primary
    self.guards = guards
    self.risks = risks
  }
}

extension GateEvaluator {
  /// Judges the card's gate and risks on a candidate against the baseline.
  ///
  /// The primary threshold is `gate.primary`, else `METRIC >= target` from `goal.primary`.
  /// Evidence sets should already carry the card's derived metrics (`DerivedMetrics.augment`).
  /// Reasons are written in `language` (English unless asked otherwise).
  public static func evaluate(
    _ card: DecisionCard, candidate: EvidenceSet, baseline: EvidenceSet?,
    language: Language = .english
  ) -> GateResult {
    let evaluator = GateEvaluator(confidence: card.gate?.confidence ?? 0.95, language: language)
    let primary = primaryThreshold(of: card).map { metric, threshold in
      evaluator.check(
        metric, against: threshold, candidate: candidate.metrics[metric],
        baseline: baseline?.metrics[metric])
    }
    let guards = (card.gate?.guards ?? []).map {
      evaluator.check($0, candidate: candidate, baseline: baseline)
    }
    let risks = card.risks.map { evaluator.check($0, candidate: candidate, baseline: baseline) }
    return GateResult(primary: primary, guards: guards, risks: risks)
  }

  /// The primary metric and its threshold: `gate.primary`, else the goal's target as `>=`.
  public static func primaryThreshold(of card: DecisionCard) -> (String, Threshold)? {
    let goalMetric = card.goal?.primary?.metric
    if let threshold = card.gate?.primary, let metric = threshold.metric ?? goalMetric {
      return (metric, threshold)
    }
    guard let metric = goalMetric, let target = card.goal?.primary?.target else { return nil }
    let text = "\(metric) >= \(Formatting.number(target))"
    return (
      metric,
      Threshold(
        metric: metric, comparison: .greaterOrEqual, bound: .absolute(Measure(target)), text: text)
    )
  }

  /// Evaluates a risk's trigger on the candidate: it fires when `METRIC OP BOUND` holds.
  ///
  /// A trigger is an alarm line, so the point estimate decides; the interval, when there is one,
  /// is quoted in the reason so a reader sees how close the call was.
  public func check(_ risk: Risk, candidate: EvidenceSet, baseline: EvidenceSet?) -> RiskCheck {
    guard let trigger = risk.trigger, let metric = trigger.metric else {
      return RiskCheck(
        name: risk.name, fired: nil, value: nil, trigger: risk.trigger?.text ?? "",
        action: risk.action, reason: text.riskWithoutTrigger(risk.name))
    }
    var result = RiskCheck(
      name: risk.name, fired: nil, value: nil, trigger: trigger.text, action: risk.action,
      reason: "")
    guard let value = candidate.metrics[metric] else {
      result.reason = text.riskNoValue(risk.name, metric: metric)
      return result
    }
    result.value = value.value
    let isRelative = if case .baseline = trigger.bound { true } else { false }
    let baselineValue = baseline?.metrics[metric]
    guard
      let bound = trigger.resolvedBound(
        baseline: baselineValue?.value, metricIsMilliseconds: metric.hasSuffix("_ms"))
    else {
      result.reason = text.riskNeedsBaseline(risk.name, trigger: trigger.text, metric: metric)
      return result
    }

    let fired = trigger.comparison.holds(value.value, bound)
    result.fired = fired
    // A risk's metric is often not the one its name suggests, so the subject names it.
    let subject = text.namedSubject(
      metric, value.value, baseline: isRelative ? baselineValue?.value : nil)
    result.reason = text.riskChecked(
      risk.name, subject: subject, fired: fired, trigger: trigger.text, bound: bound,
      interval: self.interval(value, baseline: isRelative ? baselineValue : nil),
      action: risk.action)
    return result
  }
}
