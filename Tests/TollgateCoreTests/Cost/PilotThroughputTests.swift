import Testing

@testable import TollgateCore

/// Entries `every` steps apart with the given seconds per entry and 1,000 tokens per step logged.
private func loggedLog(secondsPerEntry: [Double], every: Int = 10) -> PilotLog {
  var elapsed = 0.0
  var steps = [
    PilotStep(step: 0, loss: 3, elapsed: WallTime(seconds: 0), tokensSeen: TokenCount(0))
  ]
  for (index, seconds) in secondsPerEntry.enumerated() {
    elapsed += seconds
    let step = (index + 1) * every
    steps.append(
      PilotStep(
        step: step, loss: 3 - 0.1 * Double(index + 1), elapsed: WallTime(seconds: elapsed),
        tokensSeen: TokenCount(Int64(step) * 1000)))
  }
  return PilotLog(format: "llama-factory-jsonl", source: "trainer_log.jsonl", steps: steps)
}

@Test func loggedTokenCountsGiveTheMedianRateAndDropTheFirstTenthAsWarmUp() throws {
  // 10 intervals of 10,000 tokens: the first takes 100 s (warm-up), the rest 4, 5 or 6 s.
  let log = loggedLog(secondsPerEntry: [100, 5, 4, 6, 5, 4, 6, 5, 4, 6])

  let result = PilotThroughput.measure(log, spec: nil)

  let rate = try #require(result.tokensPerSecond)
  #expect(result.warmupIntervalsDropped == 1)
  #expect(result.intervalsUsed == 9)
  #expect(result.tokenSource == .logged)
  #expect(rate.expected.value == 2000)
  #expect(rate.low.value < rate.expected.value && rate.expected.value < rate.high.value)
}

@Test func cardWarmUpStepsReplaceTheDefaultTenth() {
  let log = loggedLog(secondsPerEntry: [100, 50, 5, 5, 5, 5])
  let spec = PilotSpec(tokensPerStep: nil, warmupSteps: 20, parameters: nil, gpus: nil)

  let result = PilotThroughput.measure(log, spec: spec)

  // Intervals starting at steps 0 and 10 are warm-up.
  #expect(result.warmupIntervalsDropped == 2)
  #expect(result.tokensPerSecond?.expected.value == 2000)
}

@Test func perStepDurationsWithTokensPerStepGiveTheRate() throws {
  // nanoGPT: `iter N: loss L, time T ms`; the first iteration compiles.
  let durations = [12.0, 0.25, 0.25, 0.24, 0.26, 0.25, 0.25, 0.25, 0.25, 0.25]
  let steps = durations.enumerated().map { index, seconds in
    PilotStep(step: index, loss: 4 - 0.1 * Double(index), duration: WallTime(seconds: seconds))
  }
  let spec = PilotSpec(
    tokensPerStep: TokenCount(491_520), warmupSteps: nil, parameters: nil, gpus: 8)

  let result = PilotThroughput.measure(
    PilotLog(format: "nanogpt-stdout", source: "train.log", steps: steps), spec: spec)

  let rate = try #require(result.tokensPerSecond)
  #expect(result.tokenSource == .tokensPerStep)
  #expect(rate.expected.value == 491_520 / 0.25)
  #expect(result.perGPU?.value == 491_520 / 0.25 / 8)
}

@Test func totalsAloneGiveOneFigureWithoutSpread() throws {
  // LLaMA-Factory's Qwen3-14B LoRA run (realdata hf_qwen3_14b_lora_sft_tokens_seen): one log
  // entry, 24,689,312 tokens in 5,980.6912 s.
  let log = PilotLog(
    format: "llama-factory-jsonl", source: "trainer_log.jsonl",
    steps: [
      PilotStep(step: 768, elapsed: WallTime(seconds: 5979), tokensSeen: TokenCount(24_689_312))
    ],
    totalRuntime: WallTime(seconds: 5980.6912), totalTokens: TokenCount(24_689_312))

  let result = PilotThroughput.measure(log, spec: nil)

  let rate = try #require(result.tokensPerSecond)
  #expect(result.method == .totals)
  #expect(abs(rate.expected.value - 4128.1) < 0.1)
  #expect(rate.low == rate.high)
}

@Test func singleEntryWithoutTotalsSaysWhyThereIsNoFigure() {
  let log = PilotLog(
    format: "hf-trainer-state", source: "trainer_state.json", steps: [PilotStep(step: 10, loss: 2)])

  let result = PilotThroughput.measure(log, spec: nil)

  #expect(result.tokensPerSecond == nil)
  #expect(result.unmeasurableReason == "the log has 1 entry and no totals")
}

@Test func logWithoutTimesSaysSo() {
  let steps = (1...5).map {
    PilotStep(step: $0 * 10, loss: 2, tokensSeen: TokenCount(Int64($0) * 100))
  }

  let result = PilotThroughput.measure(
    PilotLog(format: "hf-trainer-state", source: "trainer_state.json", steps: steps), spec: nil)

  #expect(result.unmeasurableReason?.contains("no elapsed time") == true)
}

@Test func logWithoutTokensOrTokensPerStepSaysSo() {
  let steps = (1...5).map {
    PilotStep(step: $0 * 10, loss: 2, elapsed: WallTime(seconds: Double($0)))
  }

  let result = PilotThroughput.measure(
    PilotLog(format: "hf-trainer-state", source: "trainer_state.json", steps: steps), spec: nil)

  #expect(result.unmeasurableReason?.contains("tokens_per_step") == true)
}

@Test func lossTrendComparesTheFirstAndLastQuarterMeans() throws {
  let losses = [3.0, 2.8, 2.9, 2.5, 2.4, 2.2, 2.3, 2.1]
  let steps = losses.enumerated().map { PilotStep(step: $0.offset, loss: $0.element) }

  let trend = try #require(LossTrend(steps: steps))

  #expect(trend.firstQuarterMean == 2.9)
  #expect(trend.lastQuarterMean == 2.2)
  #expect(trend.isDecreasing)
}

@Test func lossTrendIgnoresMissingLosses() throws {
  let steps = [
    PilotStep(step: 0, loss: 2.0), PilotStep(step: 1, loss: nil), PilotStep(step: 2, loss: 2.5),
  ]

  let trend = try #require(LossTrend(steps: steps))

  #expect(trend.lossesUsed == 2)
  #expect(!trend.isDecreasing)
}

@Test func pilotGPUHoursAreWallTimeTimesGPUs() {
  let log = loggedLog(secondsPerEntry: Array(repeating: 360, count: 10))
  let spec = PilotSpec(tokensPerStep: nil, warmupSteps: nil, parameters: nil, gpus: 4)

  let result = PilotThroughput.measure(log, spec: spec)

  // 3,600 s on 4 GPUs.
  #expect(result.gpuHours == GPUHours(4))
}

@Test func logIssuesAreCarriedOver() {
  var log = loggedLog(secondsPerEntry: [5, 5, 5])
  log.issues = ["line 7: NaN loss"]

  let result = PilotThroughput.measure(log, spec: nil)

  #expect(result.issues.contains("line 7: NaN loss"))
}

@Test func tokensPerStepStatedByTheLogIsUsedWithoutTheCard() {
  // nanoGPT prints `tokens per iteration will be: 491,520`.
  let steps = (0..<5).map { PilotStep(step: $0, loss: 3, duration: WallTime(seconds: 0.5)) }
  let log = PilotLog(
    format: "nanogpt-stdout", source: "train.log", steps: steps,
    tokensPerStep: TokenCount(491_520))

  let result = PilotThroughput.measure(log, spec: nil)

  #expect(result.tokensPerSecond?.expected.value == 983_040)
}

@Test func totalStepsAndRuntimeGiveTheRateWithoutPerStepTimes() {
  // HF trainer_state without token counts: 100 steps in 400 s at 8,192 tokens per step.
  let steps = [PilotStep(step: 50, loss: 2.5), PilotStep(step: 100, loss: 2.0)]
  let log = PilotLog(
    format: "hf-trainer-state", source: "trainer_state.json", steps: steps,
    totalRuntime: WallTime(seconds: 400), totalSteps: 100)
  let spec = PilotSpec(tokensPerStep: TokenCount(8192), warmupSteps: nil, parameters: nil, gpus: 1)

  let result = PilotThroughput.measure(log, spec: spec)

  #expect(result.tokensPerSecond?.expected.value == 2048)
  #expect(result.tokenSource == .tokensPerStep)
}

@Test func sequencesPerStepWithoutTokensAsksForTheSequenceLength() {
  let steps = (1...3).map { PilotStep(step: $0, loss: 3, duration: WallTime(seconds: 30)) }
  let log = PilotLog(
    format: "megatron-stdout", source: "train.log", steps: steps, samplesPerStep: 1024)

  let result = PilotThroughput.measure(log, spec: nil)

  #expect(result.tokensPerSecond == nil)
  #expect(result.issues.contains { $0.contains("1024 x the sequence length") })
}

@Test func wallTimeFromDurationsCountsEveryStepBetweenLoggedEntries() {
  // Logged every 10 steps at 2 s per step: steps 0, 10, 20 stand for 1 + 10 + 10 steps.
  let steps = [0, 10, 20].map { PilotStep(step: $0, loss: 3, duration: WallTime(seconds: 2)) }

  let result = PilotThroughput.measure(
    PilotLog(format: "megatron-stdout", source: "train.log", steps: steps), spec: nil)

  #expect(result.wallTime == WallTime(seconds: 42))
}

@Test func intervalsWhereTheTokenCountFallsAreIgnoredAndReported() {
  // A restart resets the count between steps 20 and 30.
  let counts: [Int64] = [0, 10_000, 20_000, 5_000, 15_000, 25_000]
  let steps = counts.enumerated().map { index, tokens in
    PilotStep(
      step: index * 10, loss: 3, elapsed: WallTime(seconds: Double(index) * 5),
      tokensSeen: TokenCount(tokens))
  }

  let result = PilotThroughput.measure(
    PilotLog(format: "llama-factory-jsonl", source: "trainer_log.jsonl", steps: steps), spec: nil)

  #expect(result.issues.contains { $0.hasPrefix("1 interval(s) ignored") })
  #expect(result.tokensPerSecond?.expected.value == 2000)
}
