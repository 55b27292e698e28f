import TollgateCore

/// Every fixed text of a report in one language: headings, labels, names of statuses and the
/// sentences that say what has no evidence yet.
///
/// Keeping the text in one table per language means the renderers never branch on language,
/// a translation is reviewed in one file, and the enum-keyed names are checked for completeness
/// by the compiler (each is a `switch`).
public struct ReportStrings: Sendable {
  // Page and section headings.
  /// The page title and first heading, naming the card.
  public var title: @Sendable (_ cardName: String) -> String
  /// English: "1. Summary and verdict".
  public var sectionSummary: String
  /// English: "2. Method and scope".
  public var sectionMethod: String
  /// English: "3. Key tasks".
  public var sectionKeyTasks: String
  /// English: "4. Guards".
  public var sectionGuards: String
  /// English: "5. Regressions".
  public var sectionRegressions: String
  /// English: "6. Risks, canary and rollback".
  public var sectionRisks: String
  /// English: "7. Cost ledger".
  public var sectionLedger: String
  /// The closing line with the tool version and the generation time.
  public var footer: @Sendable (_ version: String, _ date: String) -> String
  /// Between a label and its value (`Card: ...`; full-width in Chinese).
  public var colon: String
  /// Between items of one cell.
  public var listSeparator: String
  /// An aside after a value, in the language's parentheses.
  public var aside: @Sendable (String) -> String
  /// The summary line of a folded table.
  public var showAllRows: @Sendable (_ count: Int) -> String

  // 1. Summary and verdict.
  /// English: "Verdict".
  public var verdictLabel: String
  /// English: "Step reached".
  public var stepLabel: String
  /// English: "Verdict code".
  public var verdictCodeLabel: String
  /// English: "Exit code".
  public var exitCodeLabel: String
  /// English: "Reasons".
  public var reasonsLabel: String
  /// English: "No reasons were recorded.".
  public var noReasons: String
  /// English: "Next action".
  public var nextActionLabel: String
  /// English: "Decision path".
  public var decisionPathLabel: String
  /// English: "Step".
  public var stepColumn: String
  /// English: "Status".
  public var statusColumn: String
  /// English: "Reasons".
  public var reasonsColumn: String
  /// English: "No step of the decision path was walked.".
  public var noStepsWalked: String
  /// English: "Warnings".
  public var warningsLabel: String
  /// A verdict in words (`Stop loss`).
  public var verdictName: @Sendable (VerdictKind) -> String
  /// What a verdict asks the team to do, in one sentence.
  public var verdictMeaning: @Sendable (VerdictKind) -> String
  /// A step of the decision path in words (`full run`).
  public var stepName: @Sendable (DecisionStep) -> String
  /// How a step went, in words (`no evidence yet`).
  public var stepStatusName: @Sendable (StepOutcome.Status) -> String

  // 2. Method and scope.
  /// English: "Card".
  public var cardLabel: String
  /// English: "Card file".
  public var cardPathLabel: String
  /// English: "(unnamed card)".
  public var unnamedCard: String
  /// English: "Code revision".
  public var codeRevisionLabel: String
  /// English: "with uncommitted changes".
  public var uncommittedChanges: String
  /// English: "not recorded".
  public var noCodeRevision: String
  /// English: "Data snapshot".
  public var dataSnapshotLabel: String
  /// English: "no data snapshot recorded yet".
  public var noDataSnapshot: String
  /// English: "Tool".
  public var toolLabel: String
  /// English: "Generated at".
  public var generatedAtLabel: String
  /// English: "Confidence".
  public var confidenceLabel: String
  /// English: "Baseline approach".
  public var baselineApproachLabel: String
  /// English: "not stated".
  public var notStated: String
  /// English: "Evidence files".
  public var evidenceFilesLabel: String
  /// English: "Baseline".
  public var baselineLabel: String
  /// English: "Candidate".
  public var candidateLabel: String
  /// English: "No baseline evidence yet.".
  public var noBaselineEvidence: String
  /// English: "No candidate evidence yet.".
  public var noCandidateEvidence: String
  /// English: "Evaluation sets".
  public var evaluationSetsLabel: String
  /// English: "Set".
  public var setColumn: String
  /// English: "Kind".
  public var kindColumn: String
  /// English: "File".
  public var fileColumn: String
  /// English: "Buckets".
  public var bucketsColumn: String
  /// English: "The card lists no evaluation sets.".
  public var noEvaluationSets: String
  /// English: "Task versions".
  public var taskVersionsLabel: String
  /// English: "Task".
  public var taskColumn: String
  /// English: "Version".
  public var versionColumn: String
  /// English: "Shots".
  public var shotsColumn: String
  /// English: "Samples (baseline)".
  public var samplesBaselineColumn: String
  /// English: "Samples (candidate)".
  public var samplesCandidateColumn: String
  /// English: "No task versions recorded yet (they come with lm-eval results).".
  public var noTaskVersions: String

  // 3. Key tasks.
  /// English: "Metric".
  public var metricColumn: String
  /// English: "Baseline".
  public var baselineColumn: String
  /// English: "Candidate".
  public var candidateColumn: String
  /// English: "Difference".
  public var differenceColumn: String
  /// The interval column title, naming the confidence (`95% interval`).
  public var intervalColumn: @Sendable (_ confidence: String) -> String
  /// English: "Samples".
  public var samplesColumn: String
  /// English: "No baseline or candidate evidence for the key tasks yet.".
  public var noKeyTaskEvidence: String
  /// How the key-task intervals were computed, naming the confidence.
  public var intervalMethod: @Sendable (_ confidence: String) -> String
  /// English: "No per-bucket results yet: they need Tollgate's own evaluation runs.".
  public var noBucketEvidence: String
  /// The chart's accessible title, naming the confidence.
  public var chartTitle: @Sendable (_ confidence: String) -> String
  /// The chart's accessible description: what each mark means.
  public var chartDescription: String
  /// English: "metric value".
  public var chartAxisLabel: String
  /// English: "target or bound".
  public var chartReferenceLabel: String
  /// English: "Nothing to chart yet: no metric has a value.".
  public var noChartData: String

  // 4. Guards.
  /// English: "Primary target".
  public var primaryTargetLabel: String
  /// English: "The primary target has not been judged yet: no candidate evidence.".
  public var noPrimaryCheck: String
  /// English: "Guards".
  public var guardsLabel: String
  /// English: "The card has no guards.".
  public var noGuardsInCard: String
  /// English: "No guard has been judged yet: no candidate evidence.".
  public var noGuardEvidence: String
  /// Said for the primary target when candidate evidence was read but the decision stopped
  /// before the gate, naming the step it stopped at.
  public var primaryNotJudged: @Sendable (_ step: Int, _ stepName: String) -> String
  /// Said for the guards when candidate evidence was read but the decision stopped before the
  /// gate, naming the step it stopped at.
  public var guardsNotJudged: @Sendable (_ step: Int, _ stepName: String) -> String
  /// English: "Threshold".
  public var thresholdColumn: String
  /// English: "Bound".
  public var boundColumn: String
  /// English: "Action".
  public var actionColumn: String
  /// English: "Reason".
  public var reasonColumn: String
  /// A guard status in words (`unproven`).
  public var checkStatusName: @Sendable (CheckStatus) -> String
  /// A card action in words (`roll back`).
  public var actionName: @Sendable (Action) -> String

  // 5. Regressions.
  /// The sentence above the regressions table: what counts as one.
  public var regressionsIntro: String
  /// English: "No metric got worse beyond noise.".
  public var noRegressions: String
  /// How many compared metrics lacked a standard error.
  public var unjudgedMetrics: @Sendable (_ count: Int) -> String
  /// English: "No baseline and candidate pair to compare yet.".
  public var noRegressionEvidence: String
  /// Said while no per-sample results exist to list regressed samples.
  public var noSampleRegressions: String

  // 6. Risks, canary and rollback.
  /// English: "Risk".
  public var riskColumn: String
  /// English: "Trigger".
  public var triggerColumn: String
  /// English: "Value".
  public var valueColumn: String
  /// English: "Fired".
  public var firedColumn: String
  /// English: "yes".
  public var firedYes: String
  /// English: "no".
  public var firedNo: String
  /// English: "no evidence yet".
  public var noEvidence: String
  /// English: "The card names no risks.".
  public var noRisksInCard: String
  /// Said when the card names risks but no candidate evidence was read to evaluate them.
  public var noRiskEvidence: @Sendable (_ count: Int) -> String
  /// Said when the card names risks, candidate evidence was read, and the decision stopped
  /// before the gate, naming the step it stopped at.
  public var risksNotEvaluated: @Sendable (_ count: Int, _ step: Int, _ stepName: String) -> String
  /// English: "Canary plan".
  public var canaryPlanLabel: String
  /// The canary plan as a sentence; a missing share or time is said in words.
  public var canaryPlan: @Sendable (_ traffic: String?, _ hours: String?) -> String
  /// English: "The card has no canary plan.".
  public var noCanaryPlan: String
  /// English: "Canary evidence".
  public var canaryEvidenceLabel: String
  /// English: "No canary evidence yet.".
  public var noCanaryEvidence: String
  /// English: "Rollback command".
  public var rollbackLabel: String
  /// English: "The card names no model to roll back: add rollback.model to the card.".
  public var noRollbackModel: String
  /// Where the card names a model but no `rollback.command`: model, target alias.
  public var rollbackWithoutCommand: @Sendable (_ model: String, _ target: String?) -> String

  // 7. Cost ledger.
  /// English: "Pilot measurement".
  public var pilotLabel: String
  /// English: "No pilot log read yet.".
  public var noPilot: String
  /// English: "Log".
  public var pilotLogLabel: String
  /// English: "Format".
  public var pilotFormatLabel: String
  /// English: "Log intervals used".
  public var pilotIntervalsLabel: String
  /// English: "Warm-up intervals dropped".
  public var pilotWarmupIntervalsLabel: String
  /// English: "Median throughput".
  public var pilotThroughputLabel: String
  /// English: "Throughput spread".
  public var pilotSpreadLabel: String
  /// English: "Mean loss, first to last quarter".
  public var pilotLossLabel: String
  /// English: "Pilot GPU time".
  public var pilotGPUHoursLabel: String
  /// English: "Dataset tokens".
  public var datasetTokensLabel: String
  /// English: "Implied MFU".
  public var impliedMFULabel: String
  /// What the implied MFU means and where it stops being plausible (DESIGN.md, "Cost").
  public var impliedMFUMeaning: String
  /// English: "Notes".
  public var pilotNotesLabel: String
  /// English: "Item".
  public var itemColumn: String
  /// English: "GPU-hours".
  public var gpuHoursColumn: String
  /// English: "Wall time".
  public var wallTimeColumn: String
  /// English: "Cost".
  public var costColumn: String
  /// English: "Cap".
  public var capColumn: String
  /// English: "Stop-loss".
  public var stopLossColumn: String
  /// English: "Note".
  public var noteColumn: String
  /// English: "No cost estimate yet: it needs a pilot log and the dataset's token count.".
  public var noLedger: String
  /// English: "expected".
  public var expected: String
  /// English: "tokens/s".
  public var tokensPerSecondUnit: String
  /// English: "tokens".
  public var tokensUnit: String
  /// English: "GPU-h".
  public var gpuHoursUnit: String
  /// English: "h".
  public var hoursUnit: String
  /// A ledger status in words (`within cap`).
  public var ledgerStatusName: @Sendable (LedgerStatus) -> String
  /// A ledger item in words (`training compute`); unknown items pass through.
  public var ledgerItemName: @Sendable (String) -> String

  // The terminal summary of `tollgate decide`, which has no numbered parts.
  /// English: "Data": step 3's PII scan against `max_pii_rate`.
  public var terminalDataHeading: String
  /// English: "Target and guards".
  public var terminalChecksHeading: String
  /// English: "Risks".
  public var terminalRisksHeading: String
  /// English: "Cost ledger".
  public var terminalLedgerHeading: String
  /// English: "Steps not judged": steps without evidence, and steps this version skips.
  public var terminalUnjudgedHeading: String
  /// English: "fired", a risk's state.
  public var terminalFired: String
  /// English: "not fired", a risk's state.
  public var terminalNotFired: String
  /// English: "Report".
  public var terminalReportLabel: String

  /// The table for a language.
  public static func forLanguage(_ language: Language) -> ReportStrings {
    switch language {
    case .english: english
    case .chinese: chinese
    }
  }
}
