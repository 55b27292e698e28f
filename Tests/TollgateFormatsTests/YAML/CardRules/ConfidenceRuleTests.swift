import Testing

@testable import TollgateCore

@Suite struct ConfidenceRuleTests {
  @Test func rejectsConfidenceWrittenAsPercentage() throws {
    try CardFixture.expectOnly(
      "confidence-as-percent.yaml", rule: ConfidenceRule.id, line: 53, column: 15,
      keyPath: "gate.confidence")
  }

  @Test func hintOffersTheFraction() throws {
    let diagnostic = try CardFixture.check("confidence-as-percent.yaml").diagnostics.first

    #expect(diagnostic?.hint == "write a fraction: 0.95 rather than 95")
  }
}
