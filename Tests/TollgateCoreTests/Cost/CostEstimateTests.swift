import Testing
import TollgateTestSupport

@testable import TollgateCore

private func pilot(low: Double, median: Double, high: Double, gpus: Int?) -> PilotThroughput {
  var pilot = PilotThroughput.measure(
    PilotLog(format: "test", source: "test", steps: []), spec: nil)
  pilot.tokensPerSecond = Estimate(
    low: TokensPerSecond(low), expected: TokensPerSecond(median), high: TokensPerSecond(high))
  pilot.gpus = gpus
  pilot.unmeasurableReason = nil
  return pilot
}

private let h100s = ComputeSpec(
  gpuType: "H100", gpus: 8, pricePerGPUHour: PricePerGPUHour(Money(2.5, "USD")), dtype: "bf16")

@Test func estimateFollowsTokensOverThroughputTimesGPUsTimesPrice() throws {
  // 2e9 tokens x 2 epochs / 20,000 tokens/s = 200,000 s = 55.56 h; x 8 GPUs = 444.4 GPU-hours.
  let estimate = try CostEstimate.estimate(
    datasetTokens: TokenCount(2_000_000_000), epochs: 2,
    pilot: pilot(low: 16_000, median: 20_000, high: 25_000, gpus: 8), compute: h100s,
    safetyFactor: 1.5
  ).get()

  #expect(abs(estimate.wallTime.expected.seconds - 200_000) < 1e-6)
  #expect(abs(estimate.gpuHours.expected.value - 444.444) < 1e-3)
  #expect(abs((estimate.cost?.expected.amount ?? 0) - 1111.111) < 1e-3)
}

@Test func lowEndUsesTheFastEndOfTheSpreadAndHighEndTheSafetyFactor() throws {
  let estimate = try CostEstimate.estimate(
    datasetTokens: TokenCount(2_000_000_000), epochs: 2,
    pilot: pilot(low: 16_000, median: 20_000, high: 25_000, gpus: 8), compute: h100s,
    safetyFactor: 1.5
  ).get()

  // Low: 4e9 / 25,000 = 160,000 s. High: 200,000 x 1.5 = 300,000 s (above 4e9 / 16,000).
  #expect(abs(estimate.wallTime.low.seconds - 160_000) < 1e-6)
  #expect(abs(estimate.wallTime.high.seconds - 300_000) < 1e-6)
}

@Test func highEndIsTheSlowEndWhenTheSpreadIsWiderThanTheSafetyFactor() throws {
  let estimate = try CostEstimate.estimate(
    datasetTokens: TokenCount(1_000_000), epochs: 1,
    pilot: pilot(low: 250, median: 1000, high: 1200, gpus: 1),
    compute: ComputeSpec(gpuType: nil, gpus: 1, pricePerGPUHour: nil, dtype: nil),
    safetyFactor: 1.2
  ).get()

  #expect(estimate.wallTime.high.seconds == 4000)
}

@Test func throughputScalesPerGPUWhenTheFullRunHasMoreGPUs() throws {
  let estimate = try CostEstimate.estimate(
    datasetTokens: TokenCount(1_000_000_000), epochs: 1,
    pilot: pilot(low: 4000, median: 5000, high: 6000, gpus: 2), compute: h100s, safetyFactor: 1.5
  ).get()

  #expect(estimate.throughput.expected.value == 20_000)
  #expect(estimate.notes.contains { $0.contains("scaled linearly") })
}

@Test func estimateWithoutAnyGPUCountFails() {
  let result = CostEstimate.estimate(
    datasetTokens: TokenCount(1000), epochs: 1, pilot: pilot(low: 1, median: 1, high: 1, gpus: nil),
    compute: nil, safetyFactor: nil)

  #expect(throws: CostEstimate.Failure.noGPUCount) { try result.get() }
}

@Test func estimateOfAnUnmeasuredPilotSaysWhy() {
  let unmeasured = PilotThroughput.measure(
    PilotLog(format: "test", source: "test", steps: [PilotStep(step: 1)]), spec: nil)

  let result = CostEstimate.estimate(
    datasetTokens: TokenCount(1000), epochs: 1, pilot: unmeasured, compute: h100s,
    safetyFactor: nil)

  #expect(throws: CostEstimate.Failure.noThroughput("the log has 1 entry and no totals")) {
    try result.get()
  }
}

// Seeded property tests: the same 200 random cases on every run.

private struct Case {
  var tokens: Int64
  var epochs: Double
  var median: Double
  var pilot: PilotThroughput
  var safety: Double

  init(_ generator: inout SplitMix64) {
    tokens = Int64(1e6 + generator.nextDouble() * 1e11)
    epochs = 0.5 + generator.nextDouble() * 4
    median = 100 + generator.nextDouble() * 1e5
    let low = median * (0.5 + generator.nextDouble() * 0.5)
    let high = median * (1 + generator.nextDouble())
    let gpus = 1 + Int(generator.next() % 64)
    pilot = TollgateCoreTests.pilot(low: low, median: median, high: high, gpus: gpus)
    safety = 1 + generator.nextDouble()
  }

  func estimate(tokens: Int64? = nil, epochs: Double? = nil) throws -> CostEstimate {
    try CostEstimate.estimate(
      datasetTokens: TokenCount(tokens ?? self.tokens), epochs: epochs ?? self.epochs,
      pilot: pilot, compute: h100s, safetyFactor: safety
    ).get()
  }
}

@Test func costGrowsWithTokens() throws {
  var generator = SplitMix64(seed: 1)
  for _ in 0..<200 {
    let sample = Case(&generator)
    let more = sample.tokens + 1 + Int64(generator.nextDouble() * 1e9)
    let base = try #require(try sample.estimate().cost?.expected.amount)
    let larger = try #require(try sample.estimate(tokens: more).cost?.expected.amount)
    #expect(larger > base)
  }
}

@Test func costGrowsWithEpochs() throws {
  var generator = SplitMix64(seed: 2)
  for _ in 0..<200 {
    let sample = Case(&generator)
    let base = try #require(try sample.estimate().cost?.expected.amount)
    let larger = try #require(
      try sample.estimate(epochs: sample.epochs + 0.1 + generator.nextDouble()).cost?.expected
        .amount)
    #expect(larger > base)
  }
}

@Test func costFallsAsThroughputRises() throws {
  var generator = SplitMix64(seed: 3)
  for _ in 0..<200 {
    var sample = Case(&generator)
    let base = try #require(try sample.estimate().cost?.expected.amount)
    let factor = 1.01 + generator.nextDouble()
    let faster = try #require(sample.pilot.tokensPerSecond)
    sample.pilot.tokensPerSecond = Estimate(
      low: TokensPerSecond(faster.low.value * factor),
      expected: TokensPerSecond(faster.expected.value * factor),
      high: TokensPerSecond(faster.high.value * factor))
    let cheaper = try #require(try sample.estimate().cost?.expected.amount)
    #expect(cheaper < base)
  }
}

@Test func rangeIsOrderedLowExpectedHigh() throws {
  var generator = SplitMix64(seed: 4)
  for _ in 0..<200 {
    let estimate = try Case(&generator).estimate()
    let cost = try #require(estimate.cost)
    #expect(estimate.wallTime.low <= estimate.wallTime.expected)
    #expect(estimate.wallTime.expected <= estimate.wallTime.high)
    #expect(estimate.gpuHours.low <= estimate.gpuHours.expected)
    #expect(estimate.gpuHours.expected <= estimate.gpuHours.high)
    #expect(cost.low <= cost.expected && cost.expected <= cost.high)
  }
}
