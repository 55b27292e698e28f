extension Walker {
  // MARK: step 5, pilot

  /// Judges the pilot. Before a full run its findings decide (`pilot`, `continue`, `stop_loss`,
  /// `undecided`); once a candidate exists the training has been paid for, so they become
  /// warnings and the walk goes on to the gate.
  mutating func checkPilot() -> Verdict? {
    let hasCandidate = inputs.candidate != nil
    let pilot =
      inputs.pilot ?? inputs.pilotLog.map { PilotThroughput.measure($0, spec: card.pilot) }
    guard let pilot else {
      let reason = "no pilot log yet"
      record(.pilot, .noEvidence, [reason])
      if hasCandidate {
        warnings.append("no pilot log: training cost not estimated")
        return nil
      }
      return verdict(
        .pilot, at: .pilot, reasons: ["the card and data pass; no pilot has run yet"],
        next: "run a pilot on 1-5% of the data with your training command, then "
          + "`tollgate decide \(cardArgument) --pilot PATH` (trainer_state.json, "
          + "trainer_log.jsonl or nanoGPT output)")
    }
    warnings += pilot.issues.map { "pilot: \($0)" }

    var findings = PilotFindings()
    assessTrend(pilot, into: &findings)
    assessCost(pilot, into: &findings)
    assessFLOPs(pilot)

    if hasCandidate {
      record(.pilot, findings.stops.isEmpty ? .passed : .failed, findings.stops + findings.notes)
      warnings += findings.stops.map { "pilot: \($0)" }
      return nil
    }
    if !findings.stops.isEmpty {
      record(.pilot, .failed, findings.stops)
      return verdict(
        .stopLoss, at: .pilot, reasons: findings.stops + findings.notes,
        next: "stop the pilot (action: \((findings.stopAction ?? .stopTraining).rawValue)) and "
          + "revise the data, the budget or the approach before a full run")
    }
    if !findings.unknowns.isEmpty {
      record(.pilot, .noEvidence, findings.unknowns + findings.notes)
      return verdict(
        .undecided, at: .pilot, reasons: findings.unknowns + findings.notes,
        next: findings.unknownNext ?? "complete the pilot evidence and run `tollgate decide "
          + "\(cardArgument)` again")
    }
    record(.pilot, .passed, findings.notes)
    return verdict(
      .continueTraining, at: .pilot, reasons: findings.notes,
      next: "run the full training, evaluate the checkpoint (lm-eval and the card's sets), then "
        + "`tollgate decide \(cardArgument) --candidate PATH`")
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
      findings.unknowns.append("the pilot log has fewer than 2 losses: no trend")
      return
    }
    let figures =
      "mean loss \(Formatting.number(trend.firstQuarterMean)) in the first quarter, "
      + "\(Formatting.number(trend.lastQuarterMean)) in the last "
      + "(\(trend.relativeChange > 0 ? "+" : "")\(Formatting.percent(trend.relativeChange)), "
      + "\(trend.lossesUsed) losses)"
    if trend.isDecreasing {
      findings.notes.append("pilot loss falls: \(figures)")
    } else {
      findings.stops.append("pilot loss does not fall: \(figures)")
      findings.stopAction = findings.stopAction ?? .stopTraining
    }
  }

  mutating func assessCost(_ pilot: PilotThroughput, into findings: inout PilotFindings) {
    guard let throughput = pilot.tokensPerSecond else {
      let reason = "no throughput from the pilot: \(pilot.unmeasurableReason ?? "not measured")"
      findings.unknowns.append(reason)
      findings.unknownNext =
        "set pilot.tokens_per_step (batch x accumulation x GPUs x sequence length) in "
        + "\(cardArgument), or give a pilot log with timings and token counts"
      ledger =
        CostLedger.build(
          estimate: nil, unestimatedReason: reason, pilot: pilot, budget: card.budget
        ).rows
      return
    }
    let source = pilot.tokenSource?.rawValue ?? "unknown"
    findings.notes.append(
      "pilot throughput \(Formatting.grouped(throughput.expected.value)) tokens/s median "
        + "(p10 \(Formatting.grouped(throughput.low.value)), p90 "
        + "\(Formatting.grouped(throughput.high.value)); \(pilot.intervalsUsed) intervals, "
        + "tokens \(source))")
    guard let tokens = inputs.datasetTokens else {
      let reason = "no dataset token count (data.tokens): training cost not estimated"
      findings.unknowns.append(reason)
      findings.unknownNext =
        "count the dataset's tokens with the base model's tokenizer, set data.tokens in "
        + "\(cardArgument) and run `tollgate decide \(cardArgument)` again"
      ledger =
        CostLedger.build(
          estimate: nil, unestimatedReason: reason, pilot: pilot, budget: card.budget
        ).rows
      return
    }
    let result = CostEstimate.estimate(
      datasetTokens: tokens, epochs: card.data?.epochs, pilot: pilot,
      compute: card.budget?.compute, safetyFactor: card.budget?.safetyFactor)
    switch result {
    case .failure(let failure):
      findings.unknowns.append(failure.message)
      ledger =
        CostLedger.build(
          estimate: nil, unestimatedReason: failure.message, pilot: pilot, budget: card.budget
        ).rows
    case .success(let estimate):
      let built = CostLedger.build(estimate: estimate, pilot: pilot, budget: card.budget)
      ledger = built.rows
      warnings += estimate.notes.map { "cost: \($0)" }
      warnings += built.stopLoss.filter { $0.fired == nil }.map { "cost: \($0.reason)" }
      findings.notes.append(Self.describe(estimate))
      judgeLedger(built, into: &findings)
    }
  }

  func judgeLedger(_ built: CostLedger, into findings: inout PilotFindings) {
    for check in built.stopLoss where check.fired == true {
      findings.stops.append(check.reason)
      findings.stopAction = findings.stopAction ?? check.action
    }
    if let training = built.row("training_compute"), training.status == .overCap {
      findings.stops.append("training compute over its cap: \(training.note ?? "")")
      findings.stopAction = findings.stopAction ?? .stopTraining
    }
    if let pilotRow = built.row("pilot_compute"), pilotRow.status == .overCap {
      findings.notes.append("the pilot went over its own cap: \(pilotRow.note ?? "")")
    }
  }

  static func describe(_ estimate: CostEstimate) -> String {
    var text =
      "full run: \(Formatting.amount(estimate.wallTime.expected.hours)) h on "
      + "\(CostEstimate.gpuCount(estimate.gpus)), \(Formatting.amount(estimate.gpuHours.expected.value)) GPU-hours (range "
      + "\(Formatting.amount(estimate.gpuHours.low.value))-"
      + "\(Formatting.amount(estimate.gpuHours.high.value)))"
    if let cost = estimate.cost {
      text +=
        ", cost \(Formatting.money(cost.expected)) (range \(Formatting.money(cost.low)) to "
        + "\(Formatting.money(cost.high)), safety factor "
        + "\(Formatting.number(estimate.safetyFactor)))"
    }
    return text
  }

  mutating func assessFLOPs(_ pilot: PilotThroughput) {
    guard let parameters = card.pilot?.parameters, let gpuType = card.budget?.compute?.gpuType,
      let throughput = pilot.tokensPerSecond?.expected
    else { return }
    guard let gpus = pilot.gpus ?? card.budget?.compute?.gpus else {
      warnings.append("FLOPs check skipped: no GPU count for the pilot (pilot.gpus)")
      return
    }
    switch FLOPsCheck.check(
      parameters: parameters, throughput: throughput, gpus: gpus, gpuType: gpuType,
      dtype: card.budget?.compute?.dtype)
    {
    case .success(let check) where check.finding != .plausible:
      warnings.append("FLOPs check: \(check.reason)")
    case .success: break
    case .failure(let failure): warnings.append("FLOPs check skipped: \(failure.message)")
    }
  }
}
