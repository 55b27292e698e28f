import Testing

@testable import TollgateCore

// Reference counts from scipy.stats.beta.ppf (SciPy 1.17.1): the smallest n whose one-sided
// upper bound of round(r n) hits in n is at most p.
@Test(arguments: [
  (observed: 0.0005, rate: 0.001, expected: 11_840),
  (observed: 0.002, rate: 0.005, expected: 1_829),
])
func trialsNeededMatchTheReferenceSearch(observed: Double, rate: Double, expected: Int) {
  let needed = RareEventBounds.trialsNeeded(atRate: observed, belowRate: rate, confidence: 0.95)

  #expect(needed == expected)
}

@Test func trialsNeededWithoutHitsAreTheZeroHitProbes() {
  let needed = RareEventBounds.trialsNeeded(atRate: 0, belowRate: 0.001, confidence: 0.95)

  #expect(needed == RareEventBounds.zeroHitProbesNeeded(belowRate: 0.001, confidence: 0.95))
}

@Test func trialsNeededCertifyTheRateAndOneFewerDoesNot() throws {
  let needed = try #require(
    RareEventBounds.trialsNeeded(atRate: 0.0004, belowRate: 0.001, confidence: 0.9))

  let at = try #require(
    RareEventBounds.clopperPearsonUpper(
      events: Int((0.0004 * Double(needed)).rounded()), trials: needed, confidence: 0.9))
  let before = try #require(
    RareEventBounds.clopperPearsonUpper(
      events: Int((0.0004 * Double(needed - 1)).rounded()), trials: needed - 1, confidence: 0.9))
  #expect(at <= 0.001)
  #expect(before > 0.001)
}

@Test(arguments: [(0.001, 0.001), (0.002, 0.001), (-0.1, 0.001), (0.0005, 1.0)])
func trialsNeededAreNilWhenNoCountCanCertify(observed: Double, rate: Double) {
  #expect(RareEventBounds.trialsNeeded(atRate: observed, belowRate: rate, confidence: 0.95) == nil)
}
