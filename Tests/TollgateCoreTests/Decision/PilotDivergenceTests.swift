import Testing

@testable import TollgateCore

private func walk(
  _ card: DecisionCard = ExampleCard.card, pilot: PilotLog, language: Language = .english
) -> Verdict {
  DecisionPath.walk(
    DecisionInputs(
      card: card, cardDiagnostics: [], baseline: ExampleCard.baselineEvidence, candidate: nil,
      comparabilityIssues: [], allowsIncomparable: nil, pilotLog: pilot, language: language))
}

/// The example pilot (20 entries, steps 0-190) with the losses of `entries` recorded as NaN.
private func pilot(nonFiniteAt entries: [Int]) -> PilotLog {
  var log = ExampleCard.pilotLog
  for index in entries { log.steps[index].loss = nil }
  log.nonFiniteLossSteps = entries.map { log.steps[$0].step }
  return log
}

@Test func pilotWhoseLossTurnsNaNAndStaysSoStopsAsDiverged() {
  let verdict = walk(pilot: pilot(nonFiniteAt: Array(12..<20)))

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.step == .pilot)
  #expect(
    verdict.reasons.first
      == "loss became NaN/inf at step 120; 8 of 20 logged losses are not finite: the run diverged")
  #expect(verdict.nextAction.contains("lower the learning rate"))
}

@Test func divergedPilotDoesNotReportTheFallOfItsFiniteLosses() {
  let verdict = walk(pilot: pilot(nonFiniteAt: Array(12..<20)))

  #expect(!verdict.reasons.contains { $0.contains("pilot loss falls") })
}

@Test func divergedPilotStopsInChineseToo() {
  let verdict = walk(pilot: pilot(nonFiniteAt: Array(12..<20)), language: .chinese)

  #expect(verdict.kind == .stopLoss)
  #expect(
    verdict.reasons.first == "loss 在第 120 步变为 NaN/inf；记录的 20 个 loss 中有 8 个不是有限值：训练已发散")
  #expect(verdict.nextAction.contains("降低学习率"))
}

@Test func singleNaNAmongManyWithAFallingTrendContinuesWithANote() {
  let verdict = walk(pilot: pilot(nonFiniteAt: [7]))

  #expect(verdict.kind == .continueTraining)
  #expect(verdict.reasons.contains { $0.hasPrefix("loss was NaN/inf once, at step 70") })
}

@Test func severalNaNsTheRunCameBackFromLeaveThePilotUndecided() {
  let verdict = walk(pilot: pilot(nonFiniteAt: [3, 7, 11]))

  #expect(verdict.kind == .undecided)
  #expect(verdict.reasons.contains { $0.hasPrefix("loss was NaN/inf at 3 of 20 logged losses") })
  #expect(verdict.nextAction.contains("find why the loss is NaN/inf"))
}

@Test func pilotLogStuckOnOneStepIsUndecidedWithoutACostFigure() {
  var log = ExampleCard.pilotLog
  for index in log.steps.indices { log.steps[index].step = 5 }

  let verdict = walk(pilot: log)

  #expect(verdict.kind == .undecided)
  #expect(verdict.reasons.contains { $0.contains("all 20 entries of the log have step 5") })
  #expect(!verdict.reasons.contains { $0.contains("fewer than 2 losses") })
  #expect(verdict.ledger.first { $0.item == "training_compute" }?.gpuHours == nil)
  #expect(verdict.nextAction.contains("rising step numbers"))
}
