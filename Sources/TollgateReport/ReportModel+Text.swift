import TollgateCore

/// A labelled fact of a list (`Card file: examples/card.yaml`); code values print as code.
struct ReportFact: Sendable {
  let label: String
  let value: String
  let isCode: Bool
  /// Plain words after the value (`with uncommitted changes`).
  let note: String?

  init(_ label: String, _ value: String, isCode: Bool = false, note: String? = nil) {
    self.label = label
    self.value = value
    self.isCode = isCode
    self.note = note
  }
}

/// A table of plain text, escaped by whichever renderer prints it.
struct ReportTable: Sendable {
  let columns: [String]
  let rows: [[String]]
  /// Columns whose cells are expressions or commands, printed as code.
  var codeColumns: Set<Int> = []
  /// One CSS class per row for the HTML page (status colours); empty for none.
  var rowClasses: [String] = []

  /// Rows beyond which a table is folded away behind a summary line (lm-eval's MMLU alone has
  /// 57 subtasks; a pull-request comment should not scroll past them to reach the guards).
  static let foldAfterRows = 15

  /// Whether the table is long enough to fold.
  var isLong: Bool { rows.count > Self.foldAfterRows }
}

/// Plain text of the report's cells and facts, shared by the renderers, which escape it.
extension ReportModel {
  /// Shown where a table cell has no value.
  static let dash = "—"

  /// A metric value, or a dash.
  func number(_ value: Double?) -> String { value.map(ReportNumber.value) ?? Self.dash }

  /// `0.87 ± 0.0208`: the value and the half-width of its interval, when there is one, the
  /// margin printed at the value's precision.
  func valueWithMargin(_ value: MetricValue?, _ interval: Interval?) -> String {
    guard let value else { return Self.dash }
    guard let interval else { return ReportNumber.value(value.value) }
    let decimals = ReportNumber.decimals(forScale: value.value)
    let margin = ReportNumber.value((interval.high - interval.low) / 2, decimals: decimals)
    return "\(ReportNumber.value(value.value)) ± \(margin)"
  }

  /// Samples behind baseline and candidate (`1,000 / 1,000`), where known.
  func samples(_ row: MetricRow) -> String {
    let counts = [row.baseline?.sampleCount, row.candidate?.sampleCount]
    guard counts.contains(where: { $0 != nil }) else { return Self.dash }
    return counts.map { $0.map { ReportNumber.count(Int64($0)) } ?? Self.dash }
      .joined(separator: " / ")
  }

  /// `6 full run`: the step's number and name.
  func stepText(_ step: DecisionStep) -> String { "\(step.rawValue) \(text.stepName(step))" }

  /// The confidence level as a percentage (`95%`).
  var confidenceText: String { ReportNumber.confidence(confidence) }

  /// The facts of part 2, in order.
  var methodFacts: [ReportFact] {
    let card = input.card
    let revision = input.codeRevision.map { code in
      ReportFact(
        text.codeRevisionLabel, code.commit, isCode: true,
        note: code.isDirty ? text.uncommittedChanges : nil)
    }
    let snapshot = input.dataSnapshot ?? card.data?.snapshot.map { DataSnapshotReference(path: $0) }
    // The name and the id's first 16 hex digits (64 bits) tell snapshots apart at a glance; the
    // JSON report carries the whole id.
    let snapshotNote = snapshot.flatMap { reference in
      reference.id.map { "\(reference.name ?? "?"), id \($0.prefix(16))" }
    }
    return [
      ReportFact(text.cardLabel, cardName),
      ReportFact(text.cardPathLabel, card.path, isCode: true),
      revision ?? ReportFact(text.codeRevisionLabel, text.noCodeRevision),
      ReportFact(
        text.dataSnapshotLabel, snapshot?.path ?? text.noDataSnapshot, isCode: snapshot != nil,
        note: snapshotNote),
      ReportFact(text.baselineApproachLabel, card.baseline?.approach ?? text.notStated),
      ReportFact(text.confidenceLabel, confidenceText),
      ReportFact(text.toolLabel, "Tollgate \(input.toolVersion)"),
      ReportFact(text.generatedAtLabel, ReportDate.iso8601(input.generatedAt)),
    ]
  }

  /// The card's evaluation sets with their kind, file and buckets; nil when it lists none.
  var evaluationSetTable: ReportTable? {
    guard let sets = input.card.evaluation?.sets, !sets.isEmpty else { return nil }
    return ReportTable(
      columns: [text.setColumn, text.kindColumn, text.fileColumn, text.bucketsColumn],
      rows: sets.map { set in
        [set.name, set.kind.rawValue, set.path ?? Self.dash, set.buckets ?? Self.dash]
      }, codeColumns: [2])
  }

  /// The lm-eval tasks of either side with versions, shots and sample counts; nil when neither
  /// side recorded any.
  var taskTable: ReportTable? {
    let baselineTasks = input.baseline?.tasks ?? [:]
    let candidateTasks = input.candidate?.tasks ?? [:]
    let names = Set(baselineTasks.keys).union(candidateTasks.keys).sorted()
    guard !names.isEmpty else { return nil }
    let rows = names.map { task in
      let baseline = baselineTasks[task]
      let candidate = candidateTasks[task]
      let versions = Set([baseline?.version, candidate?.version].compactMap { $0 }).sorted()
      let shots = Set([baseline?.nShot, candidate?.nShot].compactMap { $0 }).sorted()
      return [
        task, versions.isEmpty ? Self.dash : versions.joined(separator: " / "),
        shots.isEmpty ? Self.dash : shots.map(String.init).joined(separator: " / "),
        sampleCounts(baseline), sampleCounts(candidate),
      ]
    }
    return ReportTable(
      columns: [
        text.taskColumn, text.versionColumn, text.shotsColumn, text.samplesBaselineColumn,
        text.samplesCandidateColumn,
      ], rows: rows)
  }

  /// `effective / original` where `--limit` cut the task short, otherwise the count alone.
  private func sampleCounts(_ task: TaskConfiguration?) -> String {
    guard let effective = task?.effectiveSamples else { return Self.dash }
    let text = ReportNumber.count(Int64(effective))
    guard let original = task?.originalSamples, original != effective else { return text }
    return "\(text) / \(ReportNumber.count(Int64(original)))"
  }

  /// The steps of the path as walked, with their status and reasons.
  var stepTable: ReportTable {
    let steps = input.verdict.steps
    return ReportTable(
      columns: [text.stepColumn, text.statusColumn, text.reasonsColumn],
      rows: steps.map { outcome in
        [
          stepText(outcome.step), text.stepStatusName(outcome.status),
          outcome.reasons.isEmpty
            ? Self.dash : outcome.reasons.joined(separator: text.listSeparator),
        ]
      }, rowClasses: steps.map { "step-\($0.status.rawValue)" })
  }

  /// The primary target or the guards, judged; the threshold column prints as code.
  func checkTable(_ checks: [MetricCheck]) -> ReportTable {
    ReportTable(
      columns: [
        text.metricColumn, text.thresholdColumn, text.boundColumn, text.baselineColumn,
        text.candidateColumn, text.intervalColumn(confidenceText), text.statusColumn,
        text.actionColumn, text.reasonColumn,
      ],
      rows: checks.map { check in
        [
          check.metric, check.threshold ?? Self.dash, number(check.bound),
          number(check.baseline), number(check.value),
          check.interval.map(ReportNumber.interval) ?? Self.dash,
          text.checkStatusName(check.status), check.action.map(text.actionName) ?? Self.dash,
          check.reason,
        ]
      }, codeColumns: [1], rowClasses: checks.map { "status-\($0.status.rawValue)" })
  }

  /// Baseline against candidate for each row.
  ///
  /// The difference and its interval print at the precision of the larger value, so a
  /// difference near zero does not grow more digits than the values it came from.
  func metricTable(_ rows: [MetricRow]) -> ReportTable {
    ReportTable(
      columns: [
        text.metricColumn, text.baselineColumn, text.candidateColumn, text.differenceColumn,
        text.intervalColumn(confidenceText), text.samplesColumn,
      ],
      rows: rows.map { row in
        let scale = max(abs(row.baseline?.value ?? 0), abs(row.candidate?.value ?? 0))
        let decimals = ReportNumber.decimals(forScale: scale)
        return [
          row.metric, valueWithMargin(row.baseline, row.baselineInterval),
          valueWithMargin(row.candidate, row.candidateInterval),
          row.difference.map { ReportNumber.signed($0, decimals: decimals) } ?? Self.dash,
          row.differenceInterval.map { ReportNumber.signedInterval($0, decimals: decimals) }
            ?? Self.dash,
          samples(row),
        ]
      }, rowClasses: rows.map { $0.isRegression ? "regression" : "" })
  }

  /// The risks with their triggers (as code), values and whether they fired.
  var riskTable: ReportTable {
    let risks = input.verdict.risks
    return ReportTable(
      columns: [
        text.riskColumn, text.triggerColumn, text.valueColumn, text.firedColumn,
        text.actionColumn,
      ],
      rows: risks.map { risk in
        let fired = risk.fired.map { $0 ? text.firedYes : text.firedNo } ?? text.noEvidence
        return [
          risk.name, risk.trigger, number(risk.value), fired,
          risk.action.map(text.actionName) ?? Self.dash,
        ]
      }, codeColumns: [1],
      rowClasses: risks.map { risk in
        risk.fired.map { $0 ? "risk-fired" : "risk-quiet" } ?? "risk-unknown"
      })
  }

  /// The head of part 1: the verdict's code and exit code, the step reached, the next action.
  var verdictFacts: [ReportFact] {
    let verdict = input.verdict
    return [
      ReportFact(text.verdictCodeLabel, verdict.kind.rawValue, isCode: true),
      ReportFact(text.exitCodeLabel, String(verdict.kind.exitCode)),
      ReportFact(text.stepLabel, stepText(verdict.step)),
      ReportFact(text.nextActionLabel, verdict.nextAction),
    ]
  }

  /// `Verdict: Stop loss`.
  var verdictHeadline: String {
    text.verdictLabel + text.colon + text.verdictName(input.verdict.kind)
  }

  /// The canary plan in one sentence, or nil when the card has none.
  var canaryPlanText: String? {
    guard let rollback = input.card.rollback,
      rollback.canaryTraffic != nil || rollback.canaryMinHours != nil
    else { return nil }
    return text.canaryPlan(
      rollback.canaryTraffic.map(ReportNumber.percent),
      rollback.canaryMinHours.map(ReportNumber.value))
  }
}
