import Testing
import TollgateCore
import TollgateFormats

/// Decoding of single values: scalars are typed by the schema, not by their spelling.
@Suite struct CardDecoderTests {
  private func decode(_ yaml: String) throws -> CardDecoding {
    CardDecoder.decode(try YAMLReader.read(text: yaml, file: "card.yaml"), file: "card.yaml")
  }

  @Test func keepsRegionNOAsText() throws {
    let decoding = try decode(
      "data:\n  sources:\n    - {name: a, storage: {region: NO, cross_border: false}}\n")

    #expect(decoding.card.data?.sources.first?.region == "NO")
    #expect(decoding.card.data?.sources.first?.crossBorder == false)
    #expect(decoding.diagnostics.isEmpty)
  }

  @Test func readsExponentWhereNumberBelongs() throws {
    let decoding = try decode("goal:\n  primary: {metric: m, baseline: 6e-1, target: 0.7}\n")

    #expect(decoding.card.goal?.primary?.baseline == 0.6)
  }

  @Test func readsTokensAndEpochs() throws {
    let decoding = try decode("data:\n  tokens: 2.4e9\n  epochs: 2\n")

    #expect(decoding.card.data?.tokens == TokenCount(2_400_000_000))
    #expect(decoding.card.data?.epochs == 2)
  }

  @Test func readsMoneyPercentagesAndGPUHours() throws {
    let decoding = try decode(
      """
      budget:
        pilot: {gpu_hours: 50}
        training: {gpu_hours: 800, cost: 20000 USD}
        inference: {max_increase: 10%}
      """)

    let budget = try #require(decoding.card.budget)
    #expect(budget.trainingCost == Money(20000, "USD"))
    #expect(budget.trainingGPUHours == GPUHours(800))
    #expect(budget.pilotGPUHours == GPUHours(50))
    #expect(budget.inferenceMaxIncrease == 0.10)
  }

  @Test func readsCompute() throws {
    let decoding = try decode(
      "budget:\n  compute: {gpu: H100, gpus: 8, price_per_gpu_hour: 2.5 USD, dtype: bf16}\n")

    let compute = try #require(decoding.card.budget?.compute)
    #expect(compute.gpuType == "H100")
    #expect(compute.gpus == 8)
    #expect(compute.pricePerGPUHour == PricePerGPUHour(Money(2.5, "USD")))
    #expect(compute.dtype == "bf16")
  }

  @Test func readsPilot() throws {
    let decoding = try decode(
      "pilot: {tokens_per_step: 524288, warmup_steps: 10, parameters: 7e9, gpus: 1}\n")

    #expect(
      decoding.card.pilot
        == PilotSpec(
          tokensPerStep: TokenCount(524_288), warmupSteps: 10, parameters: 7e9, gpus: 1))
  }

  @Test func readsReproducibleBaseline() throws {
    let decoding = try decode(
      "baseline:\n  reproducible: {repeats: 3, max_spread: 0.5pt, scores: [0.84, 0.842, 0.838]}\n"
    )

    let baseline = try #require(decoding.card.baseline)
    #expect(baseline.repeats == 3)
    #expect(baseline.maxSpread == Measure(0.5, .points))
    #expect(baseline.repeatScores == [0.84, 0.842, 0.838])
  }

  @Test func readsGateDefaults() throws {
    let decoding = try decode("gate:\n  primary: \"m >= 0.9\"\n")

    #expect(decoding.card.gate?.confidence == 0.95)
    #expect(decoding.card.gate?.unprovenBlocks == true)
  }

  @Test func readsUnprovenWarn() throws {
    let decoding = try decode("gate:\n  unproven: warn\n")

    #expect(decoding.card.gate?.unprovenBlocks == false)
  }

  @Test func readsRollbackCanaryShare() throws {
    let decoding = try decode("rollback:\n  to: baseline\n  canary: {traffic: 5%, min_hours: 48}\n")

    #expect(decoding.card.rollback?.canaryTraffic == 0.05)
    #expect(decoding.card.rollback?.canaryMinHours == 48)
  }

  @Test func readsTheTeamsOwnRollbackCommandAsWritten() throws {
    let decoding = try decode(
      "rollback:\n  to: baseline\n  command: ./deploy/rollback.sh contract-extractor baseline\n")

    #expect(decoding.card.rollback?.command == "./deploy/rollback.sh contract-extractor baseline")
  }

  @Test func readsLanguageAndSchemaVersion() throws {
    let decoding = try decode("tollgate: 1\nlang: zh\n")

    #expect(decoding.card.language == .chinese)
    #expect(decoding.card.schemaVersion == 1)
  }

  @Test func readsDerivedMetric() throws {
    let decoding = try decode(
      "metrics:\n  general_avg: {mean_of: [mmlu.acc, hellaswag.acc_norm]}\n")

    #expect(decoding.card.metrics.map(\.name) == ["general_avg"])
    #expect(decoding.card.metrics.first?.meanOf == ["mmlu.acc", "hellaswag.acc_norm"])
  }

  @Test func acceptsAmericanSpellingOfLicence() throws {
    let decoding = try decode(
      "data:\n  sources:\n    - {name: a, license: {training: forbidden}}\n")

    #expect(decoding.card.data?.sources.first?.training == .forbidden)
  }

  @Test func rejectsFractionWhereWholeNumberBelongs() throws {
    let decoding = try decode("pilot: {gpus: 1.5}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.type"])
    #expect(decoding.diagnostics.first?.keyPath == "pilot.gpus")
  }

  @Test func rejectsMoneyWithoutCurrency() throws {
    let decoding = try decode("budget:\n  training: {cost: 20000}\n")

    #expect(decoding.diagnostics.first?.keyPath == "budget.training.cost")
    #expect(decoding.card.budget?.trainingCost == nil)
  }

  @Test func rejectsListWhereMappingBelongs() throws {
    let decoding = try decode("goal: [domain]\n")

    #expect(decoding.diagnostics.first?.message == "`goal` must be a mapping of keys, found a list")
  }

  @Test func rejectsEnglishAndChineseSpellingOfTheSameKey() throws {
    let decoding = try decode("budget: {safety_factor: 1.5}\n预算: {safety_factor: 1.5}\n")

    #expect(decoding.diagnostics.first?.location?.line == 2)
  }

  @Test func rejectsUnsupportedSchemaVersion() throws {
    let decoding = try decode("tollgate: 2\n")

    #expect(decoding.diagnostics.first?.message == "unsupported card schema version 2")
  }
}
