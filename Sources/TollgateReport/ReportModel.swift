import TollgateCore

/// The report's content worked out once, so the Markdown and the HTML say the same things.
///
/// Everything here is read from the input: values from the evidence sets (or, when a set was
/// not read, from the verdict's checks), intervals from the standard errors the evidence gives,
/// and the direction of each metric from the card.
struct ReportModel: Sendable {
  let input: ReportInput
  let text: ReportStrings
  /// The card's confidence for intervals; 0.95 when the card states none.
  let confidence: Double
  /// The primary target first, then the metrics asked for.
  let keyTasks: [MetricRow]
  /// Metrics whose difference interval lies wholly on the worse side.
  let regressions: [MetricRow]
  /// Metrics present on both sides that lack a standard error.
  let unjudgedCount: Int

  init(_ input: ReportInput) {
    self.input = input
    self.text = ReportStrings.forLanguage(input.language)
    let stated = input.card.gate?.confidence ?? 0.95
    let confidence = stated > 0 && stated < 1 ? stated : 0.95
    self.confidence = confidence
    self.keyTasks = Self.keyTaskNames(input).map { Self.row($0, input, confidence) }
    var regressions: [MetricRow] = []
    var unjudged = 0
    for name in Self.comparableNames(input) {
      let row = Self.row(name, input, confidence)
      if row.isRegression {
        regressions.append(row)
      } else if row.differenceInterval == nil {
        unjudged += 1
      }
    }
    self.regressions = regressions
    self.unjudgedCount = unjudged
  }

  /// The card's name, or a placeholder that says it has none.
  var cardName: String { input.card.name ?? text.unnamedCard }

  /// Whether a baseline and a candidate set were both read.
  var hasEvidencePair: Bool { input.baseline != nil && input.candidate != nil }

  /// The card's own rollback command (`rollback.command`), as written; nil without one.
  var rollbackCommand: String? {
    guard let command = input.card.rollback?.command, !command.isEmpty else { return nil }
    return command
  }

  /// What the report says where the card gives no rollback command: what to roll back and to
  /// where, or that the card names no model.
  var rollbackAbsence: String {
    guard let model = input.card.rollback?.model, !model.isEmpty else {
      return text.noRollbackModel
    }
    return text.rollbackWithoutCommand(model, input.card.rollback?.to)
  }

  /// The outcome of the canary step, when the path judged it; a step recorded as not evaluated
  /// is no canary evidence.
  var canaryOutcome: StepOutcome? {
    input.verdict.steps.last {
      $0.step == .canary && $0.status != .noEvidence && $0.status != .skipped
    }
  }

  /// The step the decision stopped at when candidate evidence was read but the gate never
  /// judged it (a licence blocked at step 3, say); nil when the gate ran or there is no
  /// candidate, where "no candidate evidence" is the true reason.
  var gateSkippedAt: DecisionStep? {
    let verdict = input.verdict
    guard input.candidate != nil, verdict.primary == nil, verdict.guards.isEmpty,
      verdict.risks.isEmpty
    else { return nil }
    return verdict.step
  }

  /// Part 4's sentence when the primary target has no check.
  var primaryAbsence: String {
    guard let step = gateSkippedAt else { return text.noPrimaryCheck }
    return text.primaryNotJudged(step.rawValue, text.stepName(step))
  }

  /// Part 4's sentence when no guard has a check.
  var guardsAbsence: String {
    if input.card.gate?.guards.isEmpty ?? true { return text.noGuardsInCard }
    guard let step = gateSkippedAt else { return text.noGuardEvidence }
    return text.guardsNotJudged(step.rawValue, text.stepName(step))
  }

  /// Part 6's sentence when no risk has a check: the card names none, or the gate that
  /// evaluates them was not reached.
  var risksAbsence: String {
    let count = input.card.risks.count
    guard count > 0 else { return text.noRisksInCard }
    guard let step = gateSkippedAt else { return text.noRiskEvidence(count) }
    return text.risksNotEvaluated(count, step.rawValue, text.stepName(step))
  }

  private static func keyTaskNames(_ input: ReportInput) -> [String] {
    var names: [String] = []
    if let primary = input.verdict.primary?.metric ?? input.card.goal?.primary?.metric {
      names.append(primary)
    }
    let asked =
      input.chartMetrics.isEmpty ? input.verdict.guards.map(\.metric) : input.chartMetrics
    for name in asked where !names.contains(name) { names.append(name) }
    return names
  }

  private static func comparableNames(_ input: ReportInput) -> [String] {
    guard let baseline = input.baseline, let candidate = input.candidate else { return [] }
    return baseline.metrics.keys.filter { candidate.metrics[$0] != nil }.sorted()
  }

  private static func row(_ name: String, _ input: ReportInput, _ confidence: Double) -> MetricRow {
    let check = ([input.verdict.primary].compactMap { $0 } + input.verdict.guards)
      .first { $0.metric == name }
    let baseline =
      input.baseline?.metrics[name] ?? check?.baseline.map { MetricValue(value: $0) }
    let candidate = input.candidate?.metrics[name] ?? check?.value.map { MetricValue(value: $0) }
    return MetricRow(
      metric: name, baseline: baseline, candidate: candidate, confidence: confidence,
      isHigherBetter: MetricDirection.isHigherBetter(name, card: input.card),
      reference: check?.bound)
  }
}

/// One metric, baseline against candidate, with the intervals its standard errors allow.
struct MetricRow: Sendable {
  let metric: String
  let baseline: MetricValue?
  let candidate: MetricValue?
  let baselineInterval: Interval?
  let candidateInterval: Interval?
  let difference: Double?
  let differenceInterval: Interval?
  let isHigherBetter: Bool
  /// The target or guard bound on the metric's scale, drawn as a line in the chart.
  let reference: Double?

  init(
    metric: String, baseline: MetricValue?, candidate: MetricValue?, confidence: Double,
    isHigherBetter: Bool, reference: Double?
  ) {
    self.metric = metric
    self.baseline = baseline
    self.candidate = candidate
    self.isHigherBetter = isHigherBetter
    self.reference = reference.flatMap { $0.isFinite ? $0 : nil }
    self.baselineInterval = baseline.flatMap { Self.interval($0, confidence) }
    self.candidateInterval = candidate.flatMap { Self.interval($0, confidence) }
    if let baseline, let candidate {
      self.difference = candidate.value - baseline.value
      if let baselineError = baseline.standardError, let candidateError = candidate.standardError {
        self.differenceInterval = NormalInterval.difference(
          candidate.value, candidateStandardError: candidateError, minus: baseline.value,
          baselineStandardError: baselineError, confidence: confidence)
      } else {
        self.differenceInterval = nil
      }
    } else {
      self.difference = nil
      self.differenceInterval = nil
    }
  }

  /// Whether the whole interval on the difference lies on the worse side of zero.
  var isRegression: Bool {
    guard let interval = differenceInterval else { return false }
    return isHigherBetter ? interval.high < 0 : interval.low > 0
  }

  /// Whether the row has any value to show or chart.
  var hasValue: Bool { baseline != nil || candidate != nil }

  private static func interval(_ value: MetricValue, _ confidence: Double) -> Interval? {
    guard let error = value.standardError else { return nil }
    return NormalInterval.around(value.value, standardError: error, confidence: confidence)
  }
}
