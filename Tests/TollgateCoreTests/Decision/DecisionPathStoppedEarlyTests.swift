import Testing

@testable import TollgateCore

// What a verdict says about the parts of the path it did not reach: the ledger of a walk that
// stopped before the pilot, the compliance item once a PII scan is given, step 7 between the
// gate and the risks, and the steps without evidence a pilot verdict rests on.

private func walk(
  _ card: DecisionCard = ExampleCard.card, pilot: PilotLog? = nil,
  candidate: EvidenceSet? = nil, scan: PIIScanSummary? = nil, language: Language = .english
) -> Verdict {
  DecisionPath.walk(
    DecisionInputs(
      card: card, baseline: ExampleCard.baselineEvidence, candidate: candidate, pilotLog: pilot,
      piiScan: scan, language: language))
}

/// The example card with its only source's licence forbidding training: blocked at step 3.
private var cardBlockedAtData: DecisionCard {
  var card = ExampleCard.card
  card.data?.sources[0].training = .forbidden
  return card
}

private func note(_ item: String, of verdict: Verdict) -> String? {
  verdict.ledger.first { $0.item == item }?.note
}

@Test func walkStoppedBeforeThePilotSaysSoInsteadOfNoPilotYet() {
  let verdict = walk(cardBlockedAtData, pilot: ExampleCard.pilotLog)

  let expected = "not estimated: the decision stopped at step 3 (data), before the pilot step"
  #expect(verdict.step == .data)
  #expect(note("training_compute", of: verdict) == expected)
  #expect(note("pilot_compute", of: verdict) == expected)
}

@Test func walkStoppedBeforeThePilotSaysSoInChinese() {
  let verdict = walk(cardBlockedAtData, pilot: ExampleCard.pilotLog, language: .chinese)

  #expect(note("pilot_compute", of: verdict) == "未估算：决策在第 3 步（数据）停止，未到试训步骤")
}

@Test func walkStoppedBeforeThePilotWithoutALogStillSaysNoPilotYet() {
  let verdict = walk(cardBlockedAtData)

  #expect(note("pilot_compute", of: verdict) == "no pilot yet")
}

@Test func complianceRowStatesTheGivenScanAboveTheMaximum() {
  var card = ExampleCard.card
  card.data?.maxPIIRate = 0.001
  let scan = PIIScanSummary(
    documents: 12_000, documentsWithHits: 37, hits: ["resident_id": 37], source: "pii-scan.json")

  let verdict = walk(card, scan: scan)

  #expect(verdict.kind == .blocked)
  #expect(
    note("compliance", of: verdict)
      == "PII scan (pii-scan.json): 37 of 12,000 documents hold personal data (0.31%), above "
      + "max_pii_rate 0.1%; review effort not priced yet")
}

@Test func complianceRowKeepsTheScanOnceThePilotPricesTheLedger() {
  var card = ExampleCard.card
  card.data?.maxPIIRate = 0.001
  let scan = PIIScanSummary(
    documents: 50_000, documentsWithHits: 3, hits: ["mobile_phone": 3], source: "pii-scan.json")

  let verdict = walk(card, pilot: ExampleCard.pilotLog, scan: scan)

  #expect(verdict.kind == .continueTraining)
  #expect(
    note("compliance", of: verdict)
      == "PII scan (pii-scan.json): 3 of 50,000 documents hold personal data (0.006%), at or "
      + "under max_pii_rate 0.1% on the point estimate; review effort not priced yet")
}

@Test func complianceRowStatesTheScanInChinese() {
  let scan = PIIScanSummary(
    documents: 10, documentsWithHits: 2, hits: ["resident_id": 2], source: "scan.json")

  let verdict = walk(scan: scan, language: .chinese)

  #expect(
    note("compliance", of: verdict)
      == "个人信息扫描（scan.json）：10 篇文档中 2 篇含个人信息（20%）；审核投入尚未计价")
}

@Test func complianceRowWithoutAScanAsksForOne() {
  let verdict = walk()

  #expect(note("compliance", of: verdict)?.contains("needs the data card's PII scan") == true)
}

@Test func judgedGateRecordsTheCanaryAsNotReadBetweenItAndTheRisks() throws {
  let verdict = walk(pilot: ExampleCard.pilotLog, candidate: ExampleCard.candidateEvidence)

  #expect(verdict.steps.suffix(3).map(\.step) == [.fullRun, .canary, .stopLoss])
  let canary = try #require(verdict.steps.first { $0.step == .canary })
  #expect(canary.status == .skipped)
  #expect(canary.reasons == ["not evaluated: canary metrics are not read by this version"])
}

@Test func canaryNotReadReadsInChinese() {
  let verdict = walk(candidate: ExampleCard.candidateEvidence, language: .chinese)

  #expect(verdict.steps.first { $0.step == .canary }?.reasons == ["未评估：此版本不读取灰度指标"])
}

@Test func pilotVerdictNamesTheStepsWithoutEvidenceInsteadOfSayingTheyPass() {
  var card = ExampleCard.card
  card.baseline?.repeatScores = []
  card.data?.maxPIIRate = 0.001

  let verdict = walk(card)

  #expect(verdict.kind == .pilot)
  #expect(
    verdict.reasons == [
      "no step so far blocks, but steps 3 (data) and 4 (baseline) have no evidence yet; "
        + "no pilot has run yet"
    ])
}

@Test func pilotVerdictWithEveryEarlierStepPassedSaysTheCardAndDataPass() {
  let verdict = walk()

  #expect(verdict.reasons == ["the card and data pass; no pilot has run yet"])
}

@Test func pilotThroughputPricedFromTokensPerStepSaysSoInPlainWords() throws {
  var card = ExampleCard.card
  card.pilot?.tokensPerStep = TokenCount(4_096)
  var log = ExampleCard.pilotLog
  for index in log.steps.indices { log.steps[index].tokensSeen = nil }

  let verdict = walk(card, pilot: log)

  let pilot = try #require(verdict.steps.first { $0.step == .pilot })
  #expect(pilot.reasons.contains { $0.contains("intervals, tokens from pilot.tokens_per_step)") })
  #expect(!pilot.reasons.contains { $0.contains("tokens tokens_per_step") })
}
