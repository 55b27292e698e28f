extension Walker {
  // MARK: steps 6 to 8, full run, canary (not read) and stop-loss

  mutating func checkFullRun() -> Verdict {
    guard let rawCandidate = inputs.candidate else {
      // Reached only when the pilot step let the walk through without a candidate.
      record(.fullRun, .noEvidence, [text.noCandidateYet()])
      return verdict(
        .undecided, at: .fullRun, reasons: [text.noCandidateToJudge()],
        next: text.evaluateCheckpoint(cardArgument))
    }
    if let verdict = checkComparability() { return verdict }

    let candidate = augmented(rawCandidate)
    var baseline: EvidenceSet?
    if let rawBaseline = inputs.baseline { baseline = augmented(rawBaseline) }
    let result = GateEvaluator.evaluate(
      card, candidate: candidate, baseline: baseline, language: inputs.language)
    gate = result
    let gateVerdict = judgeGate(result)
    return judgeRisks(result, after: gateVerdict)
  }

  /// The evidence set with the card's derived metrics added; problems become warnings.
  mutating func augmented(_ evidence: EvidenceSet) -> EvidenceSet {
    let (augmented, problems) = DerivedMetrics.augment(
      evidence, with: card.metrics, language: inputs.language)
    warnings += problems
    return augmented
  }

  mutating func checkComparability() -> Verdict? {
    let issues = inputs.comparabilityIssues
    guard !issues.isEmpty else { return nil }
    guard inputs.allowsIncomparable else {
      record(.fullRun, .failed, issues)
      return verdict(
        .undecided, at: .fullRun,
        reasons: [text.notComparable()] + issues, next: text.rerunComparable(cardArgument))
    }
    warnings += issues.map { text.comparedAnyway($0) }
    return nil
  }

  /// The gate's own outcome, before risks: the kind, reasons, next action.
  struct GateOutcome {
    var kind: VerdictKind
    var reasons: [String]
    var next: String
  }

  mutating func judgeGate(_ result: GateResult) -> GateOutcome {
    let unprovenBlocks = card.gate?.unprovenBlocks ?? true
    let blocked = result.guards.filter { $0.status == .block }
    let missingGuards = result.guards.filter { $0.status == .missing }
    let unprovenGuards = result.guards.filter { $0.status == .unproven }
    warnings += result.guards.filter { $0.status == .warn }.map {
      text.guardWarns($0.metric, $0.reason)
    }
    if !unprovenBlocks {
      warnings += unprovenGuards.map { text.guardUnprovenAllowed($0.metric, $0.reason) }
    }

    var stops: [String] = blocked.map { text.guardBlocks($0.metric, $0.reason) }
    var action = blocked.first?.action
    var undecided: [String] = []
    switch result.primary {
    case nil: undecided.append(text.noPrimaryTarget())
    case let primary? where primary.status == .block:
      stops.insert(text.primaryMissed(primary.metric, primary.reason), at: 0)
      action = action ?? .stopTraining
    case let primary? where primary.status == .missing || primary.status == .unproven:
      undecided.append(text.primaryUnproven(primary.metric, primary.reason))
    case .some: break
    }
    undecided += missingGuards.map { text.guardNoEvidence($0.metric, $0.reason) }
    if unprovenBlocks {
      undecided += unprovenGuards.map { text.guardUnproven($0.metric, $0.reason) }
    }

    if !stops.isEmpty {
      record(.fullRun, .failed, stops)
      return GateOutcome(kind: .stopLoss, reasons: stops, next: rollbackInstruction(action))
    }
    if !undecided.isEmpty {
      record(.fullRun, .noEvidence, undecided)
      return GateOutcome(
        kind: .undecided, reasons: undecided,
        next: text.gatherMoreEvidence(cardArgument))
    }
    let passed = ([result.primary].compactMap { $0 } + result.guards).map {
      text.passed($0.metric, $0.reason)
    }
    record(.fullRun, .passed, passed)
    return GateOutcome(kind: .shipToCanary, reasons: passed, next: canaryInstruction())
  }

  mutating func judgeRisks(_ result: GateResult, after gateOutcome: GateOutcome) -> Verdict {
    // Step 7 sits between the gate and the risks; saying it was not judged keeps the path whole.
    record(.canary, .skipped, [text.canaryNotRead()])
    warnings += result.risks.filter { $0.fired == nil }.map(\.reason)
    let fired = result.risks.filter { $0.fired == true }
    guard !fired.isEmpty else {
      if !result.risks.isEmpty {
        record(.stopLoss, .passed, result.risks.filter { $0.fired == false }.map(\.reason))
      }
      return verdict(
        gateOutcome.kind, at: .fullRun, reasons: gateOutcome.reasons, next: gateOutcome.next)
    }
    let reasons = fired.map(\.reason)
    record(.stopLoss, .failed, reasons)
    let extra = gateOutcome.kind == .stopLoss ? gateOutcome.reasons : []
    return verdict(
      .stopLoss, at: .stopLoss, reasons: reasons + extra,
      next: rollbackInstruction(fired.first?.action))
  }

  /// What to do when a guard blocks or a risk fires: its action and the card's rollback.
  func rollbackInstruction(_ action: Action?) -> String {
    text.rollback(
      action: action ?? .stopTraining, model: card.rollback?.model, to: card.rollback?.to,
      command: card.rollback?.command)
  }

  func canaryInstruction() -> String {
    text.canary(traffic: card.rollback?.canaryTraffic, minHours: card.rollback?.canaryMinHours)
  }
}
