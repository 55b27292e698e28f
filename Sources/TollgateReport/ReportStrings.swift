import TollgateCore

/// Every fixed text of a report in one language: headings, labels, names of statuses and the
/// sentences that say what has no evidence yet.
///
/// Keeping the text in one table per language means the renderers never branch on language,
/// a translation is reviewed in one file, and the enum-keyed names are checked for completeness
/// by the compiler (each is a `switch`).
public struct ReportStrings: Sendable {
  // Page and section headings.
  public var title: @Sendable (_ cardName: String) -> String
  public var sectionSummary: String
  public var sectionMethod: String
  public var sectionKeyTasks: String
  public var sectionGuards: String
  public var sectionRegressions: String
  public var sectionRisks: String
  public var sectionLedger: String
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
  public var verdictLabel: String
  public var stepLabel: String
  public var verdictCodeLabel: String
  public var exitCodeLabel: String
  public var reasonsLabel: String
  public var noReasons: String
  public var nextActionLabel: String
  public var decisionPathLabel: String
  public var stepColumn: String
  public var statusColumn: String
  public var reasonsColumn: String
  public var noStepsWalked: String
  public var warningsLabel: String
  public var verdictName: @Sendable (VerdictKind) -> String
  public var verdictMeaning: @Sendable (VerdictKind) -> String
  public var stepName: @Sendable (DecisionStep) -> String
  public var stepStatusName: @Sendable (StepOutcome.Status) -> String

  // 2. Method and scope.
  public var cardLabel: String
  public var cardPathLabel: String
  public var unnamedCard: String
  public var codeRevisionLabel: String
  public var uncommittedChanges: String
  public var noCodeRevision: String
  public var dataSnapshotLabel: String
  public var noDataSnapshot: String
  public var toolLabel: String
  public var generatedAtLabel: String
  public var confidenceLabel: String
  public var baselineApproachLabel: String
  public var notStated: String
  public var evidenceFilesLabel: String
  public var baselineLabel: String
  public var candidateLabel: String
  public var noBaselineEvidence: String
  public var noCandidateEvidence: String
  public var evaluationSetsLabel: String
  public var setColumn: String
  public var kindColumn: String
  public var fileColumn: String
  public var bucketsColumn: String
  public var noEvaluationSets: String
  public var taskVersionsLabel: String
  public var taskColumn: String
  public var versionColumn: String
  public var shotsColumn: String
  public var samplesBaselineColumn: String
  public var samplesCandidateColumn: String
  public var noTaskVersions: String

  // 3. Key tasks.
  public var metricColumn: String
  public var baselineColumn: String
  public var candidateColumn: String
  public var differenceColumn: String
  public var intervalColumn: @Sendable (_ confidence: String) -> String
  public var samplesColumn: String
  public var noKeyTaskEvidence: String
  public var intervalMethod: @Sendable (_ confidence: String) -> String
  public var noBucketEvidence: String
  public var chartTitle: @Sendable (_ confidence: String) -> String
  public var chartDescription: String
  public var chartAxisLabel: String
  public var chartReferenceLabel: String
  public var noChartData: String

  // 4. Guards.
  public var primaryTargetLabel: String
  public var noPrimaryCheck: String
  public var guardsLabel: String
  public var noGuardsInCard: String
  public var noGuardEvidence: String
  public var thresholdColumn: String
  public var boundColumn: String
  public var actionColumn: String
  public var reasonColumn: String
  public var checkStatusName: @Sendable (CheckStatus) -> String
  public var actionName: @Sendable (Action) -> String

  // 5. Regressions.
  public var regressionsIntro: String
  public var noRegressions: String
  public var unjudgedMetrics: @Sendable (_ count: Int) -> String
  public var noRegressionEvidence: String
  public var noSampleRegressions: String

  // 6. Risks, canary and rollback.
  public var riskColumn: String
  public var triggerColumn: String
  public var valueColumn: String
  public var firedColumn: String
  public var firedYes: String
  public var firedNo: String
  public var noEvidence: String
  public var noRisksInCard: String
  public var canaryPlanLabel: String
  public var canaryPlan: @Sendable (_ traffic: String?, _ hours: String?) -> String
  public var noCanaryPlan: String
  public var canaryEvidenceLabel: String
  public var noCanaryEvidence: String
  public var rollbackLabel: String
  public var noRollbackModel: String

  // 7. Cost ledger.
  public var pilotLabel: String
  public var noPilot: String
  public var pilotLogLabel: String
  public var pilotFormatLabel: String
  public var pilotIntervalsLabel: String
  public var pilotWarmupIntervalsLabel: String
  public var pilotThroughputLabel: String
  public var pilotSpreadLabel: String
  public var pilotLossLabel: String
  public var pilotGPUHoursLabel: String
  public var datasetTokensLabel: String
  public var impliedMFULabel: String
  public var pilotNotesLabel: String
  public var itemColumn: String
  public var gpuHoursColumn: String
  public var wallTimeColumn: String
  public var costColumn: String
  public var capColumn: String
  public var stopLossColumn: String
  public var noteColumn: String
  public var noLedger: String
  public var expected: String
  public var tokensPerSecondUnit: String
  public var tokensUnit: String
  public var gpuHoursUnit: String
  public var hoursUnit: String
  public var ledgerStatusName: @Sendable (LedgerStatus) -> String
  public var ledgerItemName: @Sendable (String) -> String

  /// The table for a language.
  public static func forLanguage(_ language: Language) -> ReportStrings {
    switch language {
    case .english: english
    case .chinese: chinese
    }
  }
}
