import Testing

@testable import TollgateCore

@Suite struct RiskTriggerActionRuleTests {
  @Test func rejectsRiskWithoutAction() throws {
    let diagnostic = try CardFixture.expectOnly(
      "risk-without-action.yaml", rule: RiskTriggerActionRule.id, line: 32, column: 5,
      keyPath: "risks[1].action")

    #expect(diagnostic?.message == "risk `pii_leak` has no action")
  }
}
