import Testing

@testable import TollgateCore

// Reference bounds from scipy.stats.beta.ppf (SciPy 1.17.1); R's binom.test agrees.
@Test func zeroHitsInTwoThousandProbesBoundTheRateAtPointOneFivePercent() throws {
  let upper = try #require(
    RareEventBounds.clopperPearsonUpper(events: 0, trials: 2000, confidence: 0.95))

  #expect(abs(upper - 0.0014967448951882837) < 1e-10)
}

@Test func threeHitsInOneHundredHaveTwoSidedUpperBoundNearEightPointFivePercent() throws {
  let upper = try #require(
    RareEventBounds.clopperPearsonUpper(
      events: 3, trials: 100, confidence: 0.95, sides: .twoSided))

  #expect(abs(upper - 0.08517605297428002) < 1e-9)
}

@Test func oneSidedUpperBoundIsTighterThanTwoSided() throws {
  let upper = try #require(
    RareEventBounds.clopperPearsonUpper(events: 3, trials: 100, confidence: 0.95))

  #expect(abs(upper - 0.07571079374983004) < 1e-9)
}

@Test func upperBoundHoldsForLargeCounts() throws {
  let upper = try #require(
    RareEventBounds.clopperPearsonUpper(events: 10, trials: 1000, confidence: 0.95))

  #expect(abs(upper - 0.016903175120562504) < 1e-9)
}

@Test func lowerBoundOfFiftyInOneHundredMatchesTheBetaQuantile() throws {
  let lower = try #require(
    RareEventBounds.clopperPearsonLower(
      events: 50, trials: 100, confidence: 0.95, sides: .twoSided))

  // B(0.025; 50, 51).
  #expect(abs(lower - 0.39832112950330095) < 1e-9)
}

@Test func allHitsGiveAnUpperBoundOfOne() {
  #expect(RareEventBounds.clopperPearsonUpper(events: 7, trials: 7, confidence: 0.95) == 1)
}

@Test(arguments: [(-1, 10), (11, 10), (0, 0)])
func impossibleCountsHaveNoBound(events: Int, trials: Int) {
  #expect(
    RareEventBounds.clopperPearsonUpper(events: events, trials: trials, confidence: 0.95) == nil)
}

@Test func certifyingPointOnePercentAtNinetyFivePercentNeeds2995Probes() {
  #expect(RareEventBounds.zeroHitProbesNeeded(belowRate: 0.001, confidence: 0.95) == 2995)
}

@Test func twoThousandCleanProbesDoNotCertifyPointOnePercent() throws {
  let needed = try #require(
    RareEventBounds.zeroHitProbesNeeded(belowRate: 0.001, confidence: 0.95))
  let upper = try #require(
    RareEventBounds.clopperPearsonUpper(events: 0, trials: 2000, confidence: 0.95))

  #expect(needed > 2000)
  #expect(upper > 0.001)
}

@Test func zeroHitProbesNeededIsTheFirstCountWhoseBoundClearsTheRate() throws {
  let needed = try #require(
    RareEventBounds.zeroHitProbesNeeded(belowRate: 0.01, confidence: 0.9))
  let atNeeded = try #require(
    RareEventBounds.clopperPearsonUpper(events: 0, trials: needed, confidence: 0.9))
  let oneFewer = try #require(
    RareEventBounds.clopperPearsonUpper(events: 0, trials: needed - 1, confidence: 0.9))

  #expect(atNeeded <= 0.01)
  #expect(oneFewer > 0.01)
}
