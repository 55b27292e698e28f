import TollgateCore

extension ReportStrings {
  /// The English table.
  public static let english = ReportStrings(
    title: { "Tollgate report: \($0)" },
    sectionSummary: "1. Summary and verdict",
    sectionMethod: "2. Method and scope",
    sectionKeyTasks: "3. Key tasks",
    sectionGuards: "4. Guards",
    sectionRegressions: "5. Regressions",
    sectionRisks: "6. Risks, canary and rollback",
    sectionLedger: "7. Cost ledger",
    footer: { version, date in "Made by Tollgate \(version) at \(date)." },
    colon: ": ",
    listSeparator: "; ",
    aside: { " (\($0))" },
    showAllRows: { "Show all \($0) rows" },

    verdictLabel: "Verdict",
    stepLabel: "Step reached",
    verdictCodeLabel: "Verdict code",
    exitCodeLabel: "Exit code",
    reasonsLabel: "Reasons",
    noReasons: "No reasons were recorded.",
    nextActionLabel: "Next action",
    decisionPathLabel: "Decision path",
    stepColumn: "Step",
    statusColumn: "Status",
    reasonsColumn: "Reasons",
    noStepsWalked: "No step of the decision path was walked.",
    warningsLabel: "Warnings",
    verdictName: englishVerdictName,
    verdictMeaning: englishVerdictMeaning,
    stepName: { $0.name(in: .english) },
    stepStatusName: { status in
      switch status {
      case .passed: "passed"
      case .failed: "failed"
      case .noEvidence: "no evidence yet"
      case .skipped: "skipped"
      }
    },

    cardLabel: "Card",
    cardPathLabel: "Card file",
    unnamedCard: "(unnamed card)",
    codeRevisionLabel: "Code revision",
    uncommittedChanges: "with uncommitted changes",
    noCodeRevision: "not recorded",
    dataSnapshotLabel: "Data snapshot",
    noDataSnapshot: "no data snapshot recorded yet",
    toolLabel: "Tool",
    generatedAtLabel: "Generated at",
    confidenceLabel: "Confidence",
    baselineApproachLabel: "Baseline approach",
    notStated: "not stated",
    evidenceFilesLabel: "Evidence files",
    baselineLabel: "Baseline",
    candidateLabel: "Candidate",
    noBaselineEvidence: "No baseline evidence yet.",
    noCandidateEvidence: "No candidate evidence yet.",
    evaluationSetsLabel: "Evaluation sets",
    setColumn: "Set",
    kindColumn: "Kind",
    fileColumn: "File",
    bucketsColumn: "Buckets",
    noEvaluationSets: "The card lists no evaluation sets.",
    taskVersionsLabel: "Task versions",
    taskColumn: "Task",
    versionColumn: "Version",
    shotsColumn: "Shots",
    samplesBaselineColumn: "Samples (baseline)",
    samplesCandidateColumn: "Samples (candidate)",
    noTaskVersions: "No task versions recorded yet (they come with lm-eval results).",

    metricColumn: "Metric",
    baselineColumn: "Baseline",
    candidateColumn: "Candidate",
    differenceColumn: "Difference",
    intervalColumn: { "\($0) interval" },
    samplesColumn: "Samples",
    noKeyTaskEvidence: "No baseline or candidate evidence for the key tasks yet.",
    intervalMethod: { confidence in
      """
      Values carry \(confidence) normal intervals from the standard errors in the evidence; \
      the interval on the difference treats baseline and candidate as independent, which is \
      the cautious side.
      """
    },
    noBucketEvidence: "No per-bucket results yet: they need Tollgate's own evaluation runs.",
    chartTitle: { "Baseline against candidate with \($0) intervals" },
    chartDescription: """
      One row per metric, each on its own scale: a circle for the baseline, a square for the \
      candidate, whiskers for the interval, a dashed line for the target or bound.
      """,
    chartAxisLabel: "metric value",
    chartReferenceLabel: "target or bound",
    noChartData: "Nothing to chart yet: no metric has a value.",

    primaryTargetLabel: "Primary target",
    noPrimaryCheck: "The primary target has not been judged yet: no candidate evidence.",
    guardsLabel: "Guards",
    noGuardsInCard: "The card has no guards.",
    noGuardEvidence: "No guard has been judged yet: no candidate evidence.",
    primaryNotJudged: { step, name in
      "The primary target was not judged: the decision stopped at step \(step) (\(name)), "
        + "before the gate at step 6."
    },
    guardsNotJudged: { step, name in
      "No guard was judged: the decision stopped at step \(step) (\(name)), before the gate "
        + "at step 6."
    },
    thresholdColumn: "Threshold",
    boundColumn: "Bound",
    actionColumn: "Action",
    reasonColumn: "Reason",
    checkStatusName: { status in
      switch status {
      case .pass: "pass"
      case .warn: "warn"
      case .block: "block"
      case .unproven: "unproven"
      case .missing: "no evidence"
      }
    },
    actionName: englishActionName,

    regressionsIntro: """
      Metrics worse than the baseline beyond noise (the whole interval on the difference lies \
      on the worse side):
      """,
    noRegressions: "No metric got worse beyond noise.",
    unjudgedMetrics: { count in
      count == 1
        ? "1 metric has no standard error and could not be judged."
        : "\(count) metrics have no standard error and could not be judged."
    },
    noRegressionEvidence: "No baseline and candidate pair to compare yet.",
    noSampleRegressions: """
      Per-sample regressions: none recorded yet (they need Tollgate's own evaluation runs with \
      per-sample results).
      """,

    riskColumn: "Risk",
    triggerColumn: "Trigger",
    valueColumn: "Value",
    firedColumn: "Fired",
    firedYes: "yes",
    firedNo: "no",
    noEvidence: "no evidence yet",
    noRisksInCard: "The card names no risks.",
    noRiskEvidence: { count in
      (count == 1 ? "The card's risk has" : "The card's \(count) risks have")
        + " not been evaluated yet: no candidate evidence."
    },
    risksNotEvaluated: { count, step, name in
      (count == 1 ? "The card's risk was" : "The card's \(count) risks were")
        + " not evaluated: the decision stopped at step \(step) (\(name)), before the gate at "
        + "step 6."
    },
    canaryPlanLabel: "Canary plan",
    canaryPlan: { traffic, hours in
      let share = traffic ?? "an unstated share"
      let time = hours.map { "\($0) hours" } ?? "an unstated time"
      return "\(share) of traffic for at least \(time)."
    },
    noCanaryPlan: "The card has no canary plan.",
    canaryEvidenceLabel: "Canary evidence",
    noCanaryEvidence: "No canary evidence yet.",
    rollbackLabel: "Rollback command",
    noRollbackModel: "The card names no model to roll back: add rollback.model to the card.",
    rollbackWithoutCommand: { model, target in
      "Roll back \(model) to \(target ?? "its previous version") in your model registry. Set "
        + "rollback.command in the card to have the command written here."
    },

    pilotLabel: "Pilot measurement",
    noPilot: "No pilot log read yet.",
    pilotLogLabel: "Log",
    pilotFormatLabel: "Format",
    pilotIntervalsLabel: "Log intervals used",
    pilotWarmupIntervalsLabel: "Warm-up intervals dropped",
    pilotThroughputLabel: "Median throughput",
    pilotSpreadLabel: "Throughput spread",
    pilotLossLabel: "Mean loss, first to last quarter",
    pilotGPUHoursLabel: "Pilot GPU time",
    datasetTokensLabel: "Dataset tokens",
    impliedMFULabel: "Implied MFU",
    impliedMFUMeaning: """
      the share of the GPUs' peak FLOPs the pilot used, from 6 x parameters x tokens/s: under \
      about 20% the run is wasteful, above about 60% the pilot measurement is suspect
      """,
    pilotNotesLabel: "Notes",
    itemColumn: "Item",
    gpuHoursColumn: "GPU-hours",
    wallTimeColumn: "Wall time",
    costColumn: "Cost",
    capColumn: "Cap",
    stopLossColumn: "Stop-loss",
    noteColumn: "Note",
    noLedger: "No cost estimate yet: it needs a pilot log and the dataset's token count.",
    expected: "expected",
    tokensPerSecondUnit: "tokens/s",
    tokensUnit: "tokens",
    gpuHoursUnit: "GPU-h",
    hoursUnit: "h",
    ledgerStatusName: { status in
      switch status {
      case .withinCap: "within cap"
      case .overCap: "over cap"
      case .pastStopLoss: "past stop-loss"
      case .unknown: "unknown"
      }
    },
    ledgerItemName: { item in
      switch item {
      case "pilot_compute": "pilot compute"
      case "training_compute": "training compute"
      case "storage_network": "storage and network"
      case "data_processing": "data processing"
      case "evaluation": "evaluation upkeep"
      case "inference": "inference increase"
      case "compliance": "compliance"
      case "platform_lock_in": "platform lock-in"
      default: item
      }
    },

    terminalDataHeading: "Data",
    terminalChecksHeading: "Target and guards",
    terminalRisksHeading: "Risks",
    terminalLedgerHeading: "Cost ledger",
    terminalUnjudgedHeading: "Steps not judged",
    terminalFired: "fired",
    terminalNotFired: "not fired",
    terminalReportLabel: "Report"
  )

  private static let englishVerdictName: @Sendable (VerdictKind) -> String = { kind in
    switch kind {
    case .dontTrain: "Don't train"
    case .blocked: "Blocked"
    case .pilot: "Run a pilot"
    case .continueTraining: "Continue training"
    case .shipToCanary: "Ship to canary"
    case .stopLoss: "Stop loss"
    case .undecided: "Undecided"
    }
  }

  private static let englishVerdictMeaning: @Sendable (VerdictKind) -> String = { kind in
    switch kind {
    case .dontTrain: "Training is not the answer to this gap; take the cheaper path."
    case .blocked: "The card or the data stops the decision before any training."
    case .pilot: "The evidence supports a pilot run and nothing more yet."
    case .continueTraining: "The pilot is on track; go on to the full run."
    case .shipToCanary: "The candidate passes the gate; release it to the canary."
    case .stopLoss: "A guard blocks, the target is missed or a risk fired: stop and roll back."
    case .undecided: "There is not enough evidence to decide yet."
    }
  }

  private static let englishActionName: @Sendable (Action) -> String = { action in
    switch action {
    case .stopTraining: "stop training"
    case .rollback: "roll back"
    case .takeOffline: "take offline"
    case .degrade: "degrade"
    case .throttle: "throttle"
    case .pauseCanary: "pause canary"
    case .block: "block"
    }
  }
}
