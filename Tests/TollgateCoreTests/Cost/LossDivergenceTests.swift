import Testing

@testable import TollgateCore

/// `count` entries 10 steps apart with falling finite losses; the losses at `nonFinite` entry
/// indices are recorded as a reader records a NaN: loss nil, step in `nonFiniteLossSteps`.
private func log(count: Int, nonFinite: [Int]) -> PilotLog {
  var log = PilotLog(
    format: "llama-factory-jsonl", source: "trainer_log.jsonl",
    steps: (0..<count).map { i in
      PilotStep(
        step: i * 10, loss: nonFinite.contains(i) ? nil : 3 - 0.01 * Double(i),
        elapsed: WallTime(seconds: Double(i) * 10), tokensSeen: TokenCount(Int64(i) * 1000))
    })
  log.nonFiniteLossSteps = nonFinite.map { $0 * 10 }
  return log
}

@Test func logWithOnlyFiniteLossesHasNoDivergence() {
  #expect(LossDivergence(log: log(count: 30, nonFinite: [])) == nil)
}

@Test func lossThatTurnsNaNAndStaysSoHasDiverged() throws {
  let divergence = try #require(LossDivergence(log: log(count: 30, nonFinite: Array(20..<30))))

  #expect(divergence.kind == .diverged)
  #expect(divergence.firstStep == 200)
  #expect(divergence.nonFiniteCount == 10)
  #expect(divergence.loggedLosses == 30)
  #expect(divergence.finiteLossesAfter == 0)
}

@Test func singleNaNAmongManyWithFiniteLossesAfterIsIsolated() throws {
  let divergence = try #require(LossDivergence(log: log(count: 30, nonFinite: [12])))

  #expect(divergence.kind == .isolated)
  #expect(divergence.finiteLossesAfter == 17)
}

@Test func singleNaNAmongFewerThanTwentyLossesIsRecurringNotIsolated() throws {
  let divergence = try #require(LossDivergence(log: log(count: 10, nonFinite: [4])))

  #expect(divergence.kind == .recurring)
}

@Test func severalNaNsTheRunCameBackFromAreRecurring() throws {
  let divergence = try #require(LossDivergence(log: log(count: 30, nonFinite: [5, 9, 14])))

  #expect(divergence.kind == .recurring)
  #expect(divergence.lastStep == 140)
}

@Test func throughputCarriesTheDivergenceOfItsLog() {
  let pilot = PilotThroughput.measure(log(count: 30, nonFinite: Array(20..<30)), spec: nil)

  #expect(pilot.lossDivergence?.kind == .diverged)
}

@Test func entriesThatAllHaveTheSameStepGiveNoThroughput() {
  // Elapsed time grows but the step never does: the totals would price 5 steps over 860 s.
  let steps = (0..<87).map { i in
    PilotStep(step: 5, loss: 1.7 - 0.001 * Double(i), elapsed: WallTime(seconds: Double(i) * 10))
  }
  let spec = PilotSpec(
    tokensPerStep: TokenCount(32_768), warmupSteps: nil, parameters: nil, gpus: 1)

  let pilot = PilotThroughput.measure(
    PilotLog(format: "llama-factory-jsonl", source: "t", steps: steps), spec: spec)

  #expect(pilot.tokensPerSecond == nil)
  #expect(pilot.repeatedStep == 5)
  #expect(
    pilot.unmeasurableReason
      == "all 87 entries of the log have step 5: no interval between steps to measure")
}
