import Testing
import TollgateTestSupport

@testable import TollgateCore

@Test func intervalAroundAnEstimateIsValuePlusMinusZTimesStandardError() throws {
  let interval = try #require(NormalInterval.around(0.5, standardError: 0.01, confidence: 0.95))

  // 1.959964 x 0.01 = 0.0195996
  #expect(abs(interval.low - 0.4804004) < 1e-6)
  #expect(abs(interval.high - 0.5195996) < 1e-6)
  #expect(interval.confidence == 0.95)
}

@Test func differenceIntervalAddsStandardErrorsInQuadrature() throws {
  let interval = try #require(
    NormalInterval.difference(
      0.62, candidateStandardError: 0.03, minus: 0.60, baselineStandardError: 0.04,
      confidence: 0.95))

  // se = √(0.03² + 0.04²) = 0.05; half-width 0.0979982 around 0.02.
  #expect(abs(interval.low - (-0.0779982)) < 1e-6)
  #expect(abs(interval.high - 0.1179982) < 1e-6)
}

@Test func intervalIsRejectedForNegativeStandardError() {
  #expect(NormalInterval.around(0.5, standardError: -0.1, confidence: 0.95) == nil)
}

@Test func intervalWidensAsStandardErrorGrows() throws {
  var generator = SplitMix64(seed: 0x7011_6A7E)
  for _ in 0..<200 {
    let value = generator.nextDouble()
    let smaller = generator.nextDouble() * 0.1
    let larger = smaller + generator.nextDouble() * 0.1 + 1e-9
    let confidence = 0.5 + generator.nextDouble() * 0.49
    let narrow = try #require(
      NormalInterval.around(value, standardError: smaller, confidence: confidence))
    let wide = try #require(
      NormalInterval.around(value, standardError: larger, confidence: confidence))
    #expect(wide.high - wide.low > narrow.high - narrow.low)
  }
}
