@testable import TollgateCore

/// The contract-clause card of DESIGN.md, built in Swift so the decision tests do not depend on
/// the YAML reader. Each test changes one thing.
enum ExampleCard {
  static func threshold(
    _ metric: String?, _ comparison: ComparisonOperator, _ bound: Bound, _ text: String
  ) -> Threshold {
    Threshold(metric: metric, comparison: comparison, bound: bound, text: text)
  }

  static var card: DecisionCard {
    var card = DecisionCard(path: "card.yaml")
    card.goal = Goal(
      gap: .domain,
      primary: PrimaryTarget(
        metric: "clause_accuracy", baseline: 0.84, target: 0.90, location: nil),
      location: nil)
    card.baseline = BaselinePlan(
      approach: "retrieval + template prompts", repeats: 3, maxSpread: Measure(0.5, .points),
      repeatScores: [0.842, 0.839, 0.841])
    card.data = DataPlan(
      sources: [
        DataSource(
          name: "historical-contracts", records: 120_000, training: .allowed,
          commercial: .allowed, region: "cn-east", crossBorder: false, location: nil)
      ],
      deidentificationMethod: "masking", excludedFields: ["id_number"], snapshot: nil,
      tokens: TokenCount(1_000_000_000), epochs: 1, location: nil)
    var budget = Budget(location: nil)
    budget.pilotGPUHours = GPUHours(50)
    budget.trainingGPUHours = GPUHours(800)
    budget.trainingCost = Money(20_000, "USD")
    budget.safetyFactor = 1.5
    budget.compute = ComputeSpec(
      gpuType: "H100", gpus: 8, pricePerGPUHour: PricePerGPUHour(Money(2, "USD")), dtype: "bf16")
    budget.stopLoss = [
      StopLossLine(
        trigger: threshold(
          "estimated_cost", .greater, .absolute(Measure(20_000, .currency("USD"))),
          "estimated_cost > 20000 USD"),
        action: .stopTraining, location: nil)
    ]
    card.budget = budget
    card.risks = [
      Risk(
        name: "forgetting",
        trigger: threshold(
          "general_avg", .less, .baseline(offset: .absolute(Measure(-1, .points))),
          "general_avg < baseline - 1pt"),
        action: .stopTraining, location: nil)
    ]
    card.metrics = [
      DerivedMetric(name: "general_avg", meanOf: ["mmlu.acc", "hellaswag.acc_norm"], location: nil)
    ]
    card.pilot = PilotSpec(tokensPerStep: nil, warmupSteps: nil, parameters: 7e9, gpus: 8)
    card.gate = Gate(
      primary: threshold(
        "clause_accuracy", .greaterOrEqual, .absolute(Measure(0.90)), "clause_accuracy >= 0.90"),
      guards: [
        Guard(
          metric: "injection_success_rate",
          block: threshold(nil, .lessOrEqual, .absolute(Measure(0.1, .percent)), "<= 0.1%"),
          warn: nil, notWorse: false, action: .rollback, location: nil)
      ],
      confidence: 0.95, unprovenBlocks: true, location: nil)
    card.rollback = RollbackPlan(
      model: "contract-extractor", to: "baseline", canaryTraffic: 0.05, canaryMinHours: 48,
      location: nil)
    return card
  }

  /// A pilot on 8 GPUs: 20 entries 10 s apart, 40,960 tokens each (4,096 tokens/s), loss
  /// falling from 3.0 by 0.05 per entry.
  static var pilotLog: PilotLog {
    let steps = (0..<20).map { i in
      PilotStep(
        step: i * 10, loss: 3.0 - 0.05 * Double(i), elapsed: WallTime(seconds: Double(i) * 10),
        tokensSeen: TokenCount(Int64(i) * 40_960))
    }
    return PilotLog(format: "llama-factory-jsonl", source: "trainer_log.jsonl", steps: steps)
  }

  static var baselineEvidence: EvidenceSet {
    EvidenceSet(
      label: "baseline",
      metrics: [
        "clause_accuracy": MetricValue(value: 0.84, standardError: 0.008),
        "injection_success_rate": MetricValue(value: 0.0002),
        "mmlu.acc": MetricValue(value: 0.62, standardError: 0.004),
        "hellaswag.acc_norm": MetricValue(value: 0.78, standardError: 0.004),
      ])
  }

  /// A candidate that clears the gate: 0.93 ± 0.0157 over 0.90, general skills kept.
  static var candidateEvidence: EvidenceSet {
    EvidenceSet(
      label: "candidate",
      metrics: [
        "clause_accuracy": MetricValue(value: 0.93, standardError: 0.008),
        "injection_success_rate": MetricValue(value: 0.0003),
        "mmlu.acc": MetricValue(value: 0.618, standardError: 0.004),
        "hellaswag.acc_norm": MetricValue(value: 0.779, standardError: 0.004),
      ])
  }
}
