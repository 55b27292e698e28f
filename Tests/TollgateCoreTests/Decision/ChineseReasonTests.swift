import Foundation
import Testing

@testable import TollgateCore

// Verdicts asked for in Chinese carry Chinese sentences everywhere a reader sees one; only metric
// names, numbers, thresholds as written, units and commands stay in ASCII. The same inputs in
// English keep their English sentences.

private func walk(_ card: DecisionCard, candidate: EvidenceSet?, _ language: Language) -> Verdict {
  DecisionPath.walk(
    DecisionInputs(
      card: card, baseline: ExampleCard.baselineEvidence, candidate: candidate,
      language: language))
}

/// The four situations: an evidence gap, no pilot yet, a blocking guard, an unproven primary.
private enum Situation: String, CaseIterable, Sendable {
  case evidenceGap, noPilot, blockingGuard, unprovenPrimary

  var card: DecisionCard {
    var card = ExampleCard.card
    if self == .evidenceGap { card.goal?.gap = .evidence }
    return card
  }

  var candidate: EvidenceSet? {
    var candidate = ExampleCard.candidateEvidence
    switch self {
    case .evidenceGap, .noPilot: return nil
    case .blockingGuard:
      candidate.metrics["injection_success_rate"] = MetricValue(value: 0.002)
    case .unprovenPrimary:
      // 0.91 − 1.96 x 0.01 = 0.8904: the interval crosses 0.90.
      candidate.metrics["clause_accuracy"] = MetricValue(value: 0.91, standardError: 0.01)
    }
    return candidate
  }

  var kind: VerdictKind {
    switch self {
    case .evidenceGap: .dontTrain
    case .noPilot: .pilot
    case .blockingGuard: .stopLoss
    case .unprovenPrimary: .undecided
    }
  }

  func verdict(_ language: Language) -> Verdict { walk(card, candidate: candidate, language) }
}

/// Every sentence of a verdict a reader sees.
private func sentences(_ verdict: Verdict) -> [String] {
  var all = verdict.reasons + [verdict.nextAction] + verdict.warnings
  all += verdict.steps.flatMap(\.reasons)
  all += ([verdict.primary].compactMap { $0 } + verdict.guards).map(\.reason)
  all += verdict.risks.map(\.reason)
  all += verdict.ledger.compactMap(\.note)
  return all
}

/// Three ASCII words in a row, once commands (in backticks) and thresholds (in quotes) are
/// removed: an English sentence or part of one. Metric names, units and single identifiers
/// (`stop_training`, `tokens/s`, `GPU`) do not make a run of three.
private func englishRun(in sentence: String) throws -> String? {
  let stripped =
    sentence
    .replacing(try Regex("`[^`]*`"), with: "")
    .replacing(try Regex("\"[^\"]*\""), with: "")
  let run = try Regex("[A-Za-z]+(?:[ ,']+[A-Za-z]+){2,}")
  return stripped.firstMatch(of: run).map { String(stripped[$0.range]) }
}

@Test(arguments: Situation.allCases)
private func chineseVerdictHasNoEnglishSentence(_ situation: Situation) throws {
  let verdict = situation.verdict(.chinese)

  #expect(verdict.kind == situation.kind)
  for sentence in sentences(verdict) {
    let run = try englishRun(in: sentence)
    #expect(run == nil, "\(situation.rawValue): \(sentence)")
  }
}

@Test(arguments: Situation.allCases)
private func chineseAndEnglishVerdictsAgreeOnEverythingButTheWords(_ situation: Situation) {
  let chinese = situation.verdict(.chinese)
  let english = situation.verdict(.english)

  #expect(chinese.kind == english.kind)
  #expect(chinese.step == english.step)
  #expect(chinese.reasons.count == english.reasons.count)
  #expect(chinese.steps.map(\.status) == english.steps.map(\.status))
  #expect(chinese.guards.map(\.status) == english.guards.map(\.status))
}

@Test func englishIsTheDefaultLanguage() {
  let inputs = DecisionInputs(card: ExampleCard.card)

  #expect(inputs.language == .english)
  #expect(DecisionPath.walk(inputs).nextAction.hasPrefix("run a pilot on 1-5% of the data"))
}

@Test func englishBlockingGuardStillNamesTheRollbackAndTheFailedLine() {
  let verdict = Situation.blockingGuard.verdict(.english)

  #expect(verdict.nextAction.hasPrefix("rollback: do not ship this candidate"))
  #expect(
    verdict.reasons.contains {
      $0.hasPrefix("guard injection_success_rate blocks: injection_success_rate 0.002 fails")
    })
}

@Test func chineseBlockingGuardKeepsTheCommandAndTheThreshold() {
  let verdict = Situation.blockingGuard.verdict(.chinese)

  #expect(verdict.nextAction.contains("把 contract-extractor 回滚到 baseline"))
  #expect(
    verdict.reasons.contains {
      $0.hasPrefix("护栏 injection_success_rate 阻断：候选 0.002，未达到 \"<= 0.1%\"（界限 0.001）")
    })
}

@Test func chineseUnprovenPrimaryNamesTheMetricAndTheInterval() {
  let verdict = Situation.unprovenPrimary.verdict(.chinese)

  #expect(
    verdict.reasons.contains {
      $0.hasPrefix("主要目标 clause_accuracy 未得到证明：候选 0.91，点估计达到 \"clause_accuracy >= 0.90\"")
        && $0.contains("95% 区间 [0.8904, 0.9296] 跨过了 0.9")
    })
}

@Test func englishRunCheckFindsAnEnglishClauseAndSparesNamesAndCommands() throws {
  #expect(try englishRun(in: "护栏 mmlu.acc：no value in the candidate evidence") != nil)
  #expect(
    try englishRun(in: "运行 `tollgate decide card.yaml --candidate PATH`；\"x >= baseline - 1pt\"")
      == nil)
}

@Test func englishVerdictFailsTheSameCheck() throws {
  let verdict = Situation.blockingGuard.verdict(.english)

  #expect(try sentences(verdict).contains { try englishRun(in: $0) != nil })
}
