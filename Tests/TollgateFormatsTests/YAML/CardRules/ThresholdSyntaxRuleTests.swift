import Testing

@testable import TollgateCore

@Suite struct ThresholdSyntaxRuleTests {
  @Test func pointsAtTheEqualsSignOfABadTrigger() throws {
    try CardFixture.expectOnly(
      "bad-trigger-operator.yaml", rule: ThresholdSyntaxRule.id, line: 32, column: 45,
      keyPath: "risks[1].trigger")
  }

  @Test func saysWhatWasExpected() throws {
    let diagnostic = try CardFixture.check("bad-trigger-operator.yaml").diagnostics.first

    #expect(diagnostic?.message.contains("expected one of <= >= < >") == true)
    #expect(diagnostic?.message.contains("found `=`") == true)
  }
}
