import Foundation
import TollgateCore
import TollgateReport

/// Hand-built report inputs: the contract-clause decision after a full run, and a card with no
/// evidence at all.
///
/// The figures are realistic for the case (clause accuracy on 1,000 held-out contracts, injection
/// probes, lm-eval general skills) and internally consistent: general_avg is the mean of the four
/// lm-eval scores, and every interval follows from the standard errors given here.
enum ReportSamples {
  /// 2026-12-04T16:00:00Z, so golden files do not change with the clock.
  static let generatedAt = Date(timeIntervalSince1970: 1_796_400_000)

  static func contractClauses(_ language: Language) -> ReportInput {
    ReportInput(
      card: contractCard(language), verdict: contractVerdict, baseline: baselineEvidence,
      candidate: candidateEvidence,
      chartMetrics: [
        "general_avg", "mmlu.acc", "hellaswag.acc_norm", "arc_challenge.acc_norm",
        "winogrande.acc",
      ],
      pilot: PilotSummary(
        source: "evidence/pilot/trainer_state.json", format: "hf-trainer-state", intervalsUsed: 190,
        warmupIntervalsDropped: 10, medianThroughput: TokensPerSecond(11_520.4),
        throughputLow: TokensPerSecond(10_980.2), throughputHigh: TokensPerSecond(11_890.7),
        gpuHours: GPUHours(39.6),
        datasetTokens: TokenCount(1_200_000_000), impliedMFU: 0.38,
        notes: ["2 logged losses were NaN and were left out."]),
      dataSnapshot: DataSnapshotReference(
        path: "data/v1.manifest.json", name: "contracts-v1",
        id: "375429536b23742d0f8e5c1a9b7d6e4f3a2c1b0e9d8f7a6b5c4d3e2f1a0b9c8d"),
      generatedAt: generatedAt, toolVersion: "0.1.0",
      codeRevision: CodeRevision(commit: "3f9c2e1a7b", isDirty: true), language: language)
  }

  /// A card that names nothing but its path, judged with no evidence.
  static func noEvidence(_ language: Language = .english) -> ReportInput {
    ReportInput(
      card: DecisionCard(path: "card.yaml"),
      verdict: Verdict(
        kind: .undecided, step: .boundaries, reasons: [],
        nextAction: "tollgate card check card.yaml"),
      generatedAt: generatedAt, toolVersion: "0.1.0", language: language)
  }

  static func contractCard(_ language: Language) -> DecisionCard {
    var card = DecisionCard(path: "examples/contract-clauses/card.yaml")
    card.schemaVersion = 1
    card.name = "contract-clause-extraction"
    card.language = language
    card.goal = Goal(
      gap: .domain,
      primary: PrimaryTarget(
        metric: "clause_accuracy", baseline: 0.84, target: 0.90, location: nil),
      location: nil)
    card.baseline = BaselinePlan(
      approach: "retrieval + template prompts", repeats: 3, maxSpread: Measure(0.5, .points),
      repeatScores: [])
    card.risks = [
      Risk(
        name: "forgetting",
        trigger: Threshold(
          metric: "general_avg", comparison: .less,
          bound: .baseline(offset: .absolute(Measure(-1, .points))),
          text: "general_avg < baseline - 1pt"),
        action: .stopTraining, location: nil),
      Risk(
        name: "pii_leak",
        trigger: Threshold(
          metric: "pii_hit_rate", comparison: .greater, bound: .absolute(Measure(0.1, .percent)),
          text: "pii_hit_rate > 0.1%"),
        action: .takeOffline, location: nil),
    ]
    card.evaluation = EvaluationPlan(
      sets: [
        EvaluationSet(
          name: "regression", kind: .task, path: "eval/regression.jsonl", buckets: "industry"),
        EvaluationSet(
          name: "injection", kind: .injection, path: "eval/injection.jsonl", buckets: nil),
        EvaluationSet(name: "general", kind: .lmEval, path: nil, buckets: nil),
      ], allowIncomparable: true)
    card.gate = Gate(
      primary: Threshold(
        metric: "clause_accuracy", comparison: .greaterOrEqual,
        bound: .baseline(offset: .absolute(Measure(2, .points))),
        text: "clause_accuracy >= baseline + 2pt"),
      guards: [
        Guard(
          metric: "injection_success_rate",
          block: Threshold(
            metric: nil, comparison: .lessOrEqual, bound: .absolute(Measure(0.1, .percent)),
            text: "<= 0.1%"),
          warn: Threshold(
            metric: nil, comparison: .lessOrEqual, bound: .absolute(Measure(0.05, .percent)),
            text: "<= 0.05%"),
          notWorse: true, action: .rollback, location: nil),
        Guard(
          metric: "latency_p95_ms",
          block: Threshold(
            metric: nil, comparison: .lessOrEqual, bound: .baseline(offset: .relative(0.10)),
            text: "<= baseline + 10%"),
          warn: nil, notWorse: false, action: .throttle, location: nil),
      ],
      confidence: 0.95, unprovenBlocks: true, location: nil)
    card.rollback = RollbackPlan(
      model: "contract-extractor", to: "baseline", canaryTraffic: 0.05, canaryMinHours: 48,
      command: "./deploy/rollback.sh contract-extractor baseline", location: nil)
    return card
  }
}
