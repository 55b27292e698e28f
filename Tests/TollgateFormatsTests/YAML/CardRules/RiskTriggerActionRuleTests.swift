import Testing

@testable import TollgateCore

@Suite struct RiskTriggerActionRuleTests {
  @Test func rejectsRiskWithoutAction() throws {
    let diagnostic = try CardFixture.expectOnly(
      "risk-without-action.yaml", rule: RiskTriggerActionRule.id, line: 32, column: 5,
      keyPath: "risks[1].action")

    #expect(diagnostic?.message == "risk `pii_leak` has no action")
  }

  @Test func rejectsRiskWithoutTrigger() throws {
    let diagnostic = try CardFixture.expectOnly(
      "risk-without-trigger.yaml", rule: RiskTriggerActionRule.id, line: 32, column: 5,
      keyPath: "risks[1].trigger")

    #expect(diagnostic?.message == "risk `pii_leak` has no trigger")
  }
}
