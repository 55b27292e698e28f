extension Walker {
  // MARK: step 5, pilot

  /// Judges the pilot. Before a full run its findings decide (`pilot`, `continue`, `stop_loss`,
  /// `undecided`); once a candidate exists the training has been paid for, so they become
  /// warnings and the walk goes on to the gate.
  mutating func checkPilot() -> Verdict? {
    let hasCandidate = inputs.candidate != nil
    let pilot =
      inputs.pilot
      ?? inputs.pilotLog.map {
        PilotThroughput.measure($0, spec: card.pilot, language: inputs.language)
      }
    guard let pilot else {
      record(.pilot, .noEvidence, [text.noPilotLog()])
      if hasCandidate {
        warnings.append(text.noPilotCostNotEstimated())
        return nil
      }
      return verdict(
        .pilot, at: .pilot, reasons: [text.noPilotRunYet()], next: text.runPilot(cardArgument))
    }
    warnings += pilot.issues.map { text.pilotIssue($0) }

    var findings = PilotFindings()
    assessTrend(pilot, into: &findings)
    assessCost(pilot, into: &findings)
    assessFLOPs(pilot)

    if hasCandidate {
      record(.pilot, findings.stops.isEmpty ? .passed : .failed, findings.stops + findings.notes)
      warnings += findings.stops.map { text.pilotIssue($0) }
      return nil
    }
    if !findings.stops.isEmpty {
      record(.pilot, .failed, findings.stops)
      return verdict(
        .stopLoss, at: .pilot, reasons: findings.stops + findings.notes,
        next: text.stopPilot(action: findings.stopAction ?? .stopTraining, card: cardArgument))
    }
    if !findings.unknowns.isEmpty {
      record(.pilot, .noEvidence, findings.unknowns + findings.notes)
      return verdict(
        .undecided, at: .pilot, reasons: findings.unknowns + findings.notes,
        next: findings.unknownNext ?? text.completePilotEvidence(cardArgument))
    }
    record(.pilot, .passed, findings.notes)
    return verdict(
      .continueTraining, at: .pilot, reasons: findings.notes,
      next: text.runFullTraining(cardArgument))
  }

  /// What the pilot step found: reasons to stop, evidence that is missing, notes with figures.
  struct PilotFindings {
    var stops: [String] = []
    var stopAction: Action?
    var unknowns: [String] = []
    var unknownNext: String?
    var notes: [String] = []
  }

  func assessTrend(_ pilot: PilotThroughput, into findings: inout PilotFindings) {
    guard let trend = pilot.lossTrend else {
      findings.unknowns.append(text.tooFewLosses())
      return
    }
    if trend.isDecreasing {
      findings.notes.append(text.lossFalls(trend))
    } else {
      findings.stops.append(text.lossDoesNotFall(trend))
      findings.stopAction = findings.stopAction ?? .stopTraining
    }
  }

  mutating func assessCost(_ pilot: PilotThroughput, into findings: inout PilotFindings) {
    guard let throughput = pilot.tokensPerSecond else {
      let reason = text.noThroughput(pilot.unmeasurableReason ?? text.notMeasured())
      findings.unknowns.append(reason)
      findings.unknownNext = text.setTokensPerStep(cardArgument)
      ledger = buildLedger(estimate: nil, unestimatedReason: reason, pilot: pilot).rows
      return
    }
    let source = pilot.tokenSource?.rawValue ?? "unknown"
    findings.notes.append(
      text.pilotThroughput(throughput, intervals: pilot.intervalsUsed, source: source))
    guard let tokens = inputs.datasetTokens else {
      let reason = text.noDatasetTokens()
      findings.unknowns.append(reason)
      findings.unknownNext = text.countDatasetTokens(cardArgument)
      ledger = buildLedger(estimate: nil, unestimatedReason: reason, pilot: pilot).rows
      return
    }
    let result = CostEstimate.estimate(
      datasetTokens: tokens, epochs: card.data?.epochs, pilot: pilot,
      compute: card.budget?.compute, safetyFactor: card.budget?.safetyFactor,
      language: inputs.language)
    switch result {
    case .failure(let failure):
      let message = failure.message(in: inputs.language)
      findings.unknowns.append(message)
      ledger = buildLedger(estimate: nil, unestimatedReason: message, pilot: pilot).rows
    case .success(let estimate):
      let built = buildLedger(estimate: estimate, unestimatedReason: nil, pilot: pilot)
      ledger = built.rows
      warnings += estimate.notes.map { text.costNote($0) }
      warnings += built.stopLoss.filter { $0.fired == nil }.map { text.costNote($0.reason) }
      findings.notes.append(text.fullRunEstimate(estimate))
      judgeLedger(built, into: &findings)
    }
  }

  func judgeLedger(_ built: CostLedger, into findings: inout PilotFindings) {
    for check in built.stopLoss where check.fired == true {
      findings.stops.append(check.reason)
      findings.stopAction = findings.stopAction ?? check.action
    }
    if let training = built.row("training_compute"), training.status == .overCap {
      findings.stops.append(text.trainingOverCap(training.note ?? ""))
      findings.stopAction = findings.stopAction ?? .stopTraining
    }
    if let pilotRow = built.row("pilot_compute"), pilotRow.status == .overCap {
      findings.notes.append(text.pilotOverCap(pilotRow.note ?? ""))
    }
  }

  /// The ledger in the verdict's language.
  func buildLedger(
    estimate: CostEstimate?, unestimatedReason: String?, pilot: PilotThroughput
  ) -> CostLedger {
    CostLedger.build(
      estimate: estimate, unestimatedReason: unestimatedReason, pilot: pilot,
      budget: card.budget, language: inputs.language)
  }

  mutating func assessFLOPs(_ pilot: PilotThroughput) {
    guard let parameters = card.pilot?.parameters, let gpuType = card.budget?.compute?.gpuType,
      let throughput = pilot.tokensPerSecond?.expected
    else { return }
    guard let gpus = pilot.gpus ?? card.budget?.compute?.gpus else {
      warnings.append(text.flopsSkippedNoGPUs())
      return
    }
    switch FLOPsCheck.check(
      parameters: parameters, throughput: throughput, gpus: gpus, gpuType: gpuType,
      dtype: card.budget?.compute?.dtype, language: inputs.language)
    {
    case .success(let check) where check.finding != .plausible:
      warnings.append(text.flopsFinding(check.reason))
    case .success: break
    case .failure(let failure):
      warnings.append(text.flopsSkipped(failure.message(in: inputs.language)))
    }
  }
}
