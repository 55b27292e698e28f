extension Walker {
  // MARK: steps 6 and 8, full run and stop-loss

  mutating func checkFullRun() -> Verdict {
    guard let rawCandidate = inputs.candidate else {
      // Reached only when the pilot step let the walk through without a candidate.
      record(.fullRun, .noEvidence, ["no candidate evidence yet"])
      return verdict(
        .undecided, at: .fullRun, reasons: ["no candidate evidence to judge against the gate"],
        next: "evaluate the trained checkpoint, then `tollgate decide \(cardArgument) "
          + "--candidate PATH`")
    }
    if let verdict = checkComparability() { return verdict }

    let candidate = augmented(rawCandidate)
    var baseline: EvidenceSet?
    if let rawBaseline = inputs.baseline { baseline = augmented(rawBaseline) }
    let result = GateEvaluator.evaluate(card, candidate: candidate, baseline: baseline)
    gate = result
    let gateVerdict = judgeGate(result)
    return judgeRisks(result, after: gateVerdict)
  }

  /// The evidence set with the card's derived metrics added; problems become warnings.
  mutating func augmented(_ evidence: EvidenceSet) -> EvidenceSet {
    let (augmented, problems) = DerivedMetrics.augment(evidence, with: card.metrics)
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
        reasons: ["baseline and candidate results are not comparable"] + issues,
        next: "re-run the candidate's evaluation with the baseline's tasks, versions, shots and "
          + "sample counts, or set evaluation.allow_incomparable: true in \(cardArgument)")
    }
    warnings += issues.map { "compared although not comparable (allowed by the card): \($0)" }
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
      "guard \($0.metric): \($0.reason)"
    }
    if !unprovenBlocks {
      warnings += unprovenGuards.map {
        "guard \($0.metric) unproven (card lets it pass): \($0.reason)"
      }
    }

    var stops: [String] = blocked.map { "guard \($0.metric) blocks: \($0.reason)" }
    var action = blocked.first?.action
    var undecided: [String] = []
    switch result.primary?.status {
    case nil: undecided.append("the card has no primary target")
    case .block?:
      stops.insert("primary target missed: \(result.primary?.reason ?? "")", at: 0)
      action = action ?? .stopTraining
    case .missing?, .unproven?:
      undecided.append("primary target not proven: \(result.primary?.reason ?? "")")
    case .pass?, .warn?: break
    }
    undecided += missingGuards.map { "guard \($0.metric) has no evidence: \($0.reason)" }
    if unprovenBlocks {
      undecided += unprovenGuards.map { "guard \($0.metric) unproven: \($0.reason)" }
    }

    if !stops.isEmpty {
      record(.fullRun, .failed, stops)
      return GateOutcome(kind: .stopLoss, reasons: stops, next: rollbackInstruction(action))
    }
    if !undecided.isEmpty {
      record(.fullRun, .noEvidence, undecided)
      return GateOutcome(
        kind: .undecided, reasons: undecided,
        next: "gather more evidence for the unproven or missing metrics (more samples narrow "
          + "the interval), then `tollgate decide \(cardArgument) --candidate PATH`")
    }
    let passed = ([result.primary].compactMap { $0 } + result.guards).map(\.reason)
    record(.fullRun, .passed, passed)
    return GateOutcome(kind: .shipToCanary, reasons: passed, next: canaryInstruction())
  }

  mutating func judgeRisks(_ result: GateResult, after gateOutcome: GateOutcome) -> Verdict {
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
    var text = "\((action ?? .stopTraining).rawValue): do not ship this candidate"
    if let model = card.rollback?.model {
      text += "; roll back with `tollgate registry rollback \(model)`"
      if let target = card.rollback?.to { text += " (to \(target))" }
    }
    return text
  }

  func canaryInstruction() -> String {
    let traffic = card.rollback?.canaryTraffic.map { Formatting.percent($0) } ?? "a small share of"
    let hours =
      card.rollback?.canaryMinHours.map { " for at least \(Formatting.amount($0)) h" } ?? ""
    return "ship to the canary at \(traffic) traffic\(hours), watching the guards; "
      + "roll back if a guard or risk trips"
  }
}
