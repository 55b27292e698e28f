import Testing

@testable import TollgateCore

@Suite struct SafetyFactorRuleTests {
  @Test func rejectsSafetyFactorPastThree() throws {
    try CardFixture.expectOnly(
      "safety-factor-too-large.yaml", rule: SafetyFactorRule.id, line: 25, column: 18,
      keyPath: "budget.safety_factor")
  }

  @Test func warnsAboutSafetyFactorOutsideUsualRange() throws {
    try CardFixture.expectOnly(
      "safety-factor-unusual.yaml", rule: SafetyFactorRule.id, line: 25, column: 18,
      keyPath: "budget.safety_factor", severity: .warning)
  }
}
