import Testing

@testable import TollgateCore

private func walk(
  _ card: DecisionCard = ExampleCard.card, diagnostics: [Diagnostic] = [],
  pilot: PilotLog? = nil, baseline: EvidenceSet? = ExampleCard.baselineEvidence,
  candidate: EvidenceSet? = nil, comparability: [String] = [], allows: Bool? = nil
) -> Verdict {
  DecisionPath.walk(
    DecisionInputs(
      card: card, cardDiagnostics: diagnostics, baseline: baseline, candidate: candidate,
      comparabilityIssues: comparability, allowsIncomparable: allows, pilotLog: pilot))
}

@Test func cardErrorsBlockAtTheBoundaries() {
  let error = Diagnostic(
    .error, rule: "budget.stop-loss", "the budget has no stop-loss line",
    at: SourceLocation(file: "card.yaml", line: 12, column: 3))

  let verdict = walk(diagnostics: [error])

  #expect(verdict.kind == .blocked)
  #expect(verdict.step == .boundaries)
  #expect(verdict.reasons.contains { $0.contains("card.yaml:12:3:") })
}

@Test(arguments: [
  (GapKind.evidence, "retrieval"), (.process, "prompts"), (.stability, "regression suite"),
])
func gapOtherThanDomainPointsToTheCheaperPath(gap: GapKind, cheaperPath: String) {
  var card = ExampleCard.card
  card.goal?.gap = gap

  let verdict = walk(card)

  #expect(verdict.kind == .dontTrain)
  #expect(verdict.step == .gap)
  #expect(verdict.nextAction.contains(cheaperPath))
}

@Test func baselineAlreadyMeetingTheTargetMeansDontTrain() {
  var card = ExampleCard.card
  card.goal?.primary?.baseline = 0.91

  let verdict = walk(card)

  #expect(verdict.kind == .dontTrain)
  #expect(verdict.step == .cheapPath)
}

@Test func baselineEvidenceMeetingTheTargetMeansDontTrain() {
  var baseline = ExampleCard.baselineEvidence
  baseline.metrics["clause_accuracy"] = MetricValue(value: 0.905)

  let verdict = walk(baseline: baseline)

  #expect(verdict.kind == .dontTrain)
  #expect(verdict.reasons.first?.contains("0.905") == true)
}

@Test func licenceForbiddingTrainingBlocksAtData() {
  var card = ExampleCard.card
  card.data?.sources[0].training = .forbidden

  let verdict = walk(card)

  #expect(verdict.kind == .blocked)
  #expect(verdict.step == .data)
}

@Test func crossBorderTransferWithoutRegionBlocksAtData() {
  var card = ExampleCard.card
  card.data?.sources[0].crossBorder = true
  card.data?.sources[0].region = nil

  let verdict = walk(card)

  #expect(verdict.kind == .blocked)
  #expect(verdict.reasons.contains { $0.contains("cross-border") })
}

/// A region of spaces declares no region; with that the only blocker, the next action is to
/// declare one, not to replace the source.
@Test func crossBorderTransferWithABlankRegionBlocksAndAsksForTheRegion() {
  var card = ExampleCard.card
  card.data?.sources[0].crossBorder = true
  card.data?.sources[0].region = "  "

  let verdict = walk(card)

  #expect(verdict.kind == .blocked)
  #expect(verdict.nextAction.hasPrefix("declare where each cross-border source is stored"))
}

@Test func licenceBlockerAsksToReplaceTheSourceEvenBesideAMissingRegion() {
  var card = ExampleCard.card
  card.data?.sources[0].crossBorder = true
  card.data?.sources[0].region = nil
  card.data?.sources[0].commercial = .forbidden

  let verdict = walk(card)

  #expect(verdict.nextAction.hasPrefix("replace or re-license the blocked source(s)"))
}

/// The template's 120,000 records beside a snapshot of 300 say the card describes other data.
@Test func declaredRecordsUnlikeTheSnapshotsAreAWarning() {
  let declared = ExampleCard.card.data?.sources.compactMap(\.records).reduce(0, +) ?? 0
  var inputs = DecisionInputs(card: ExampleCard.card, baseline: ExampleCard.baselineEvidence)
  inputs.takenSnapshot = TakenSnapshot(roots: ["data"], name: "v1", records: 300)
  var matching = inputs
  matching.takenSnapshot?.records = Int64(declared)

  let unlike = DecisionPath.walk(inputs)
  let like = DecisionPath.walk(matching)

  #expect(unlike.warnings.contains { $0.contains("snapshot 'v1' holds 300") })
  #expect(!like.warnings.contains { $0.contains("snapshot 'v1' holds") })
}

@Test func noDeclaredSourceIsAWarningAtData() {
  var card = ExampleCard.card
  card.data?.sources = []

  let verdict = walk(card)

  #expect(
    verdict.warnings.contains(
      "data.sources lists no source: no licence or storage region was checked"))
}

@Test func baselineRepeatsSpreadBeyondMaxSpreadBlockAtBaseline() {
  var card = ExampleCard.card
  card.baseline?.repeatScores = [0.84, 0.832, 0.845]

  let verdict = walk(card)

  #expect(verdict.kind == .blocked)
  #expect(verdict.step == .baseline)
  #expect(verdict.reasons.first?.contains("0.013") == true)
}

@Test func missingRepeatScoresAreNoEvidenceNotABlock() {
  var card = ExampleCard.card
  card.baseline?.repeatScores = []

  let verdict = walk(card)

  #expect(verdict.steps.first { $0.step == .baseline }?.status == .noEvidence)
  #expect(verdict.kind == .pilot)
}

@Test func noPilotYetAsksForAPilotWithACommand() {
  let verdict = walk()

  #expect(verdict.kind == .pilot)
  #expect(verdict.step == .pilot)
  #expect(verdict.nextAction.contains("tollgate decide card.yaml --pilot"))
}

@Test func dataStepNotesThatPIIHasNoEvidenceYet() {
  let verdict = walk()

  let data = verdict.steps.first { $0.step == .data }
  #expect(data?.reasons.contains("PII scan: no evidence yet") == true)
}

@Test func pilotWithFallingLossWithinBudgetContinues() throws {
  let verdict = walk(pilot: ExampleCard.pilotLog)

  #expect(verdict.kind == .continueTraining)
  #expect(verdict.nextAction.contains("--candidate"))
  // 1e9 tokens / 4,096 tokens/s x 8 GPUs / 3600 = 542.5 GPU-hours.
  let training = try #require(verdict.ledger.first { $0.item == "training_compute" })
  #expect(training.status == .withinCap)
  #expect(abs((training.gpuHours?.expected.value ?? 0) - 542.5347) < 1e-3)
}

@Test func pilotWhoseLossRisesStops() {
  var log = ExampleCard.pilotLog
  for index in log.steps.indices { log.steps[index].loss = 2.0 + 0.05 * Double(index) }

  let verdict = walk(pilot: log)

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.step == .pilot)
  #expect(verdict.reasons.first?.contains("does not fall") == true)
}

@Test func pilotWhoseCostEstimateCrossesAStopLossStops() {
  var card = ExampleCard.card
  // Expected cost is 542.5 GPU-hours x 2 USD = 1,085 USD.
  card.budget?.stopLoss[0].trigger = ExampleCard.threshold(
    "estimated_cost", .greater, .absolute(Measure(1000, .currency("USD"))),
    "estimated_cost > 1000 USD")

  let verdict = walk(card, pilot: ExampleCard.pilotLog)

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.ledger.first?.status == .pastStopLoss)
  #expect(verdict.reasons.contains { $0.contains("estimated_cost 1,085 USD crosses") })
}

@Test func pilotOverTheTrainingCapStops() {
  var card = ExampleCard.card
  card.budget?.trainingGPUHours = GPUHours(500)

  let verdict = walk(card, pilot: ExampleCard.pilotLog)

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.ledger.first?.status == .overCap)
}

@Test func pilotWithoutThroughputIsUndecided() {
  var log = ExampleCard.pilotLog
  for index in log.steps.indices { log.steps[index].tokensSeen = nil }

  let verdict = walk(pilot: log)

  #expect(verdict.kind == .undecided)
  #expect(verdict.nextAction.contains("tokens_per_step"))
}

@Test func candidatePassingTheGateShipsToTheCanary() {
  let verdict = walk(pilot: ExampleCard.pilotLog, candidate: ExampleCard.candidateEvidence)

  #expect(verdict.kind == .shipToCanary)
  #expect(verdict.primary?.status == .pass)
  #expect(verdict.guards.map(\.status) == [.pass])
  #expect(verdict.risks.map(\.fired) == [false])
  #expect(verdict.nextAction.contains("5.0%"))
}

@Test func blockingGuardStopsWithTheRollbackCommand() {
  var candidate = ExampleCard.candidateEvidence
  candidate.metrics["injection_success_rate"] = MetricValue(value: 0.002)

  let verdict = walk(candidate: candidate)

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.step == .fullRun)
  #expect(verdict.nextAction.contains("roll back contract-extractor to baseline in your model"))
  #expect(verdict.nextAction.hasPrefix("rollback"))
}

@Test func blockingGuardNamesTheCardsOwnRollbackCommand() {
  var candidate = ExampleCard.candidateEvidence
  candidate.metrics["injection_success_rate"] = MetricValue(value: 0.002)
  var card = ExampleCard.card
  card.rollback?.command = "./deploy/rollback.sh contract-extractor baseline"

  let verdict = walk(card, candidate: candidate)

  #expect(verdict.nextAction.contains("roll back with `./deploy/rollback.sh contract-extractor"))
}

@Test func unprovenPrimaryIsUndecidedNotGo() {
  var candidate = ExampleCard.candidateEvidence
  // 0.91 − 1.96 x 0.01 = 0.8904: the interval crosses 0.90.
  candidate.metrics["clause_accuracy"] = MetricValue(value: 0.91, standardError: 0.01)

  let verdict = walk(candidate: candidate)

  #expect(verdict.kind == .undecided)
  #expect(verdict.primary?.status == .unproven)
}

@Test func missedTargetStops() {
  var candidate = ExampleCard.candidateEvidence
  candidate.metrics["clause_accuracy"] = MetricValue(value: 0.88, standardError: 0.01)

  let verdict = walk(candidate: candidate)

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.reasons.first?.contains("primary target missed") == true)
}

@Test func incomparableResultsAreUndecidedUnlessTheCardAllowsThem() {
  let issue = "mmlu: n-shot 5 in the baseline, 0 in the candidate"

  let refused = walk(
    candidate: ExampleCard.candidateEvidence, comparability: [issue], allows: false)
  let allowed = walk(candidate: ExampleCard.candidateEvidence, comparability: [issue], allows: true)

  #expect(refused.kind == .undecided)
  #expect(refused.reasons.contains(issue))
  #expect(allowed.kind == .shipToCanary)
  #expect(allowed.warnings.contains { $0.contains(issue) })
}

@Test func forgettingRiskFiringStopsAtTheStopLossStep() {
  var candidate = ExampleCard.candidateEvidence
  // general_avg drops from 0.70 to 0.685: below baseline − 1pt = 0.69.
  candidate.metrics["mmlu.acc"] = MetricValue(value: 0.60, standardError: 0.004)
  candidate.metrics["hellaswag.acc_norm"] = MetricValue(value: 0.77, standardError: 0.004)

  let verdict = walk(candidate: candidate)

  #expect(verdict.kind == .stopLoss)
  #expect(verdict.step == .stopLoss)
  #expect(verdict.risks.first?.fired == true)
  #expect(verdict.nextAction.hasPrefix("stop_training"))
}

@Test func ledgerListsEveryItemEvenWithoutEvidence() {
  let verdict = walk()

  #expect(
    verdict.ledger.map(\.item) == [
      "training_compute", "pilot_compute", "storage_network", "data_processing", "evaluation",
      "inference", "compliance", "platform_lock_in",
    ])
  #expect(verdict.ledger.allSatisfy { $0.status == .unknown })
}

@Test func baselineRelativeGateFallsBackToTheGoalTargetForTheCheapPath() {
  var card = ExampleCard.card
  card.gate?.primary = ExampleCard.threshold(
    "clause_accuracy", .greaterOrEqual, .baseline(offset: .absolute(Measure(5, .points))),
    "clause_accuracy >= baseline + 5pt")
  card.goal?.primary?.baseline = 0.92

  let verdict = walk(card)

  #expect(verdict.kind == .dontTrain)
  #expect(verdict.reasons.first?.contains("clause_accuracy >= 0.9") == true)
}

@Test func unprovenGuardOnlyWarnsWhenTheCardSaysUnprovenDoesNotBlock() {
  var card = ExampleCard.card
  card.gate?.unprovenBlocks = false
  var candidate = ExampleCard.candidateEvidence
  // 0.0008 + 1.96 x 0.0002 = 0.00119 crosses the 0.001 line.
  candidate.metrics["injection_success_rate"] = MetricValue(value: 0.0008, standardError: 0.0002)

  let verdict = walk(card, candidate: candidate)

  #expect(verdict.kind == .shipToCanary)
  #expect(verdict.guards.first?.status == .unproven)
  #expect(verdict.warnings.contains { $0.hasPrefix("guard injection_success_rate unproven") })
}

@Test func unprovenGuardIsUndecidedByDefault() {
  var candidate = ExampleCard.candidateEvidence
  candidate.metrics["injection_success_rate"] = MetricValue(value: 0.0008, standardError: 0.0002)

  let verdict = walk(candidate: candidate)

  #expect(verdict.kind == .undecided)
}

@Test func guardWithoutEvidenceIsUndecided() {
  var candidate = ExampleCard.candidateEvidence
  candidate.metrics["injection_success_rate"] = nil

  let verdict = walk(candidate: candidate)

  #expect(verdict.kind == .undecided)
  #expect(verdict.reasons.contains { $0.hasPrefix("guard injection_success_rate has no evidence") })
}

@Test func derivedMetricWithMissingComponentsIsAWarningAndTheRiskHasNoFiringState() {
  var candidate = ExampleCard.candidateEvidence
  candidate.metrics["hellaswag.acc_norm"] = nil

  let verdict = walk(candidate: candidate)

  #expect(verdict.risks.first?.fired == nil)
  #expect(
    verdict.warnings.contains(
      "candidate: derived metric general_avg cannot be computed: missing hellaswag.acc_norm"))
}

@Test func candidateWithoutPilotStillReachesTheGateAndNotesTheMissingCost() {
  let verdict = walk(pilot: nil, candidate: ExampleCard.candidateEvidence)

  #expect(verdict.kind == .shipToCanary)
  #expect(verdict.steps.first { $0.step == .pilot }?.status == .noEvidence)
  #expect(verdict.warnings.contains("no pilot log: training cost not estimated"))
}
