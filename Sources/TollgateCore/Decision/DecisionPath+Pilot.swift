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
      let unjudged = steps.filter { $0.status == .noEvidence && $0.step < .pilot }.map(\.step)
      return verdict(
        .pilot, at: .pilot, reasons: [text.noPilotRunYet(withoutEvidence: unjudged)],
        next: text.runPilot(cardArgument))
    }
    warnings += pilot.issues.map { text.pilotIssue($0) }

    var findings = PilotFindings()
    assessDivergence(pilot, into: &findings)
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
        next: findings.stopNext
          ?? text.stopPilot(action: findings.stopAction ?? .stopTraining, card: cardArgument))
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
    /// The next action when a stop needs one of its own (a diverged run is fixed, not dropped).
    var stopNext: String?
    /// Set when the loss diverged: the finite losses before it say nothing about the run.
    var diverged = false
    var unknowns: [String] = []
    var unknownNext: String?
    var notes: [String] = []
  }

  /// A diverged loss stops the pilot; a single NaN/inf among many is a note; several that the
  /// run came back from leave the step undecided (see `LossDivergence`).
  func assessDivergence(_ pilot: PilotThroughput, into findings: inout PilotFindings) {
    guard let divergence = pilot.lossDivergence else { return }
    switch divergence.kind {
    case .diverged:
      findings.stops.append(text.lossDiverged(divergence))
      findings.stopAction = findings.stopAction ?? .stopTraining
      findings.stopNext = text.fixDivergedRun(cardArgument)
      findings.diverged = true
    case .recurring:
      findings.unknowns.append(text.lossNotFiniteRecurring(divergence))
      findings.unknownNext = text.findNonFiniteLosses(cardArgument)
    case .isolated:
      findings.notes.append(text.lossNotFiniteOnce(divergence))
    }
  }

  func assessTrend(_ pilot: PilotThroughput, into findings: inout PilotFindings) {
    // The finite losses of a diverged run end where it broke: their trend would read as a fall.
    if findings.diverged { return }
    guard let trend = pilot.lossTrend else {
      // A log stuck on one step has its own reason (see `assessCost`); "fewer than 2 losses"
      // would misread a log full of them.
      if pilot.repeatedStep != nil { return }
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
      findings.unknownNext =
        findings.unknownNext
        ?? (pilot.repeatedStep != nil
          ? text.giveAdvancingLog(cardArgument) : text.setTokensPerStep(cardArgument))
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
      budget: card.budget, language: inputs.language, piiScan: inputs.piiScan,
      maxPIIRate: card.data?.maxPIIRate)
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
