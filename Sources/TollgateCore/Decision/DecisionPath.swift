/// Walks the decision path of DESIGN.md as far as the evidence reaches and returns the verdict.
///
/// Steps, in order: 0 boundaries (the card checks), 1 gap (only `domain` is a case for
/// training), 2 cheap path (the baseline already meets the target), 3 data (licence and
/// storage), 4 baseline (reproducible within `max_spread`), 5 pilot (loss falls, the cost
/// estimate stays within caps and stop-loss lines), 6 full run (the candidate passes the gate),
/// 8 stop-loss (no risk trigger fires). Step 7, the canary, needs canary metrics, which this
/// version does not read: once the gate is judged it is recorded as `skipped`, saying so. The
/// first step that fails decides; a step whose evidence is missing is recorded as `no_evidence`
/// and, where the next step can still be judged, the walk goes on.
public enum DecisionPath {
  /// Walks the path and returns what to do, why, and what it rests on.
  public static func walk(_ inputs: DecisionInputs) -> Verdict {
    var walker = Walker(inputs: inputs)
    return walker.walk()
  }
}

/// The state of one walk: outcomes so far, warnings, and the pieces of the verdict.
struct Walker {
  let inputs: DecisionInputs
  var card: DecisionCard { inputs.card }
  var steps: [StepOutcome] = []
  var warnings: [String] = []
  var ledger: [LedgerRow] = []
  var gate: GateResult?
  /// Step 3's PII scan result, once step 3 is walked.
  var piiScan: PIIScanCheck?
  /// The sentence table of the requested language.
  let text: any ReasonText

  init(inputs: DecisionInputs) {
    self.inputs = inputs
    text = inputs.language.reasonText
    // Until a pilot prices training, the ledger still lists every item, honestly unknown.
    ledger =
      CostLedger.build(
        estimate: nil, pilot: nil, budget: inputs.card.budget, language: inputs.language,
        piiScan: inputs.piiScan, maxPIIRate: inputs.card.data?.maxPIIRate
      ).rows
  }

  mutating func walk() -> Verdict {
    if let verdict = checkBoundaries() { return verdict }
    if let verdict = checkGap() { return verdict }
    if let verdict = checkCheapPath() { return verdict }
    if let verdict = checkData() { return verdict }
    if let verdict = checkBaseline() { return verdict }
    if let verdict = checkPilot() { return verdict }
    return checkFullRun()
  }

  /// Records the outcome of a step.
  mutating func record(_ step: DecisionStep, _ status: StepOutcome.Status, _ reasons: [String]) {
    steps.append(StepOutcome(step: step, status: status, reasons: reasons))
  }

  /// The verdict with everything gathered so far.
  func verdict(
    _ kind: VerdictKind, at step: DecisionStep, reasons: [String], next: String
  ) -> Verdict {
    Verdict(
      kind: kind, step: step, reasons: reasons, nextAction: next, steps: steps,
      primary: gate?.primary, guards: gate?.guards ?? [], risks: gate?.risks ?? [],
      ledger: ledgerStopped(at: step), warnings: warnings, piiScan: piiScan)
  }

  /// The ledger as the verdict shows it. A walk that stops before the pilot step never measures
  /// a pilot it was given, so "no pilot yet" would contradict the log beside it: the pilot and
  /// training rows say where the walk stopped instead.
  func ledgerStopped(at step: DecisionStep) -> [LedgerRow] {
    guard step < .pilot, inputs.pilot != nil || inputs.pilotLog != nil else { return ledger }
    return ledger.map { row in
      guard row.item == "training_compute" || row.item == "pilot_compute" else { return row }
      var row = row
      row.note = text.notEstimated(stoppedAt: step)
      return row
    }
  }

  /// The card's path as a command argument.
  var cardArgument: String { card.path.isEmpty ? "card.yaml" : card.path }

  // MARK: step 0, boundaries

  mutating func checkBoundaries() -> Verdict? {
    let errors = inputs.cardDiagnostics.filter { $0.severity == .error }
    let others = inputs.cardDiagnostics.filter { $0.severity != .error }
    warnings += others.map { "card: \($0.message) [\($0.ruleID)]" }
    guard errors.isEmpty else {
      let reasons = errors.map { diagnostic in
        let place = diagnostic.location.map { "\(cardArgument):\($0.line):\($0.column): " } ?? ""
        return "\(place)\(diagnostic.message) [\(diagnostic.ruleID)]"
      }
      record(.boundaries, .failed, reasons)
      return verdict(
        .blocked, at: .boundaries,
        reasons: [text.cardErrors(errors.count)] + reasons, next: text.fixCard(cardArgument))
    }
    record(.boundaries, .passed, [text.cardChecksPass()])
    return nil
  }

  // MARK: step 1, gap

  mutating func checkGap() -> Verdict? {
    guard let gap = card.goal?.gap else {
      let reason = text.noGap()
      record(.gap, .failed, [reason])
      return verdict(.blocked, at: .gap, reasons: [reason], next: text.setGap(cardArgument))
    }
    guard gap == .domain else {
      let (reason, next) = text.cheaperPath(for: gap)
      record(.gap, .failed, [reason])
      return verdict(.dontTrain, at: .gap, reasons: [reason], next: next)
    }
    record(.gap, .passed, [text.gapIsDomain()])
    return nil
  }
}
