import Testing

@testable import TollgateCore

// Reference quantiles from scipy.stats.norm.ppf (SciPy 1.17.1).
@Test(arguments: [
  (0.975, 1.959963984540054),
  (0.995, 2.5758293035489004),
  (0.9, 1.2815515655446004),
  (1e-10, -6.361340902404056),
  (0.5, 0.0),
])
func normalQuantileMatchesReferenceValues(p: Double, expected: Double) throws {
  let quantile = try #require(NormalDistribution.quantile(p))

  #expect(abs(quantile - expected) < 1e-9)
}

@Test func twoSidedZAtNinetyFivePercentIsOnePointNineSix() throws {
  let z = try #require(NormalDistribution.twoSidedZ(confidence: 0.95))

  #expect(abs(z - 1.959964) < 1e-6)
}

@Test(arguments: [0.0, 1.0, -0.2, Double.nan])
func normalQuantileRejectsProbabilitiesOutsideTheOpenUnitInterval(p: Double) {
  #expect(NormalDistribution.quantile(p) == nil)
}

@Test func cdfInvertsQuantileAcrossTheRange() throws {
  for p in stride(from: 0.001, to: 1, by: 0.037) {
    let x = try #require(NormalDistribution.quantile(p))
    #expect(abs(NormalDistribution.cdf(x) - p) < 1e-12)
  }
}
