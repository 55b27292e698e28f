import Testing

@testable import TollgateCore

@Suite struct PrimaryTargetRuleTests {
  @Test func rejectsPrimaryBelowGoalTarget() throws {
    try CardFixture.expectOnly(
      "primary-below-goal.yaml", rule: PrimaryTargetRule.id, line: 47, column: 13,
      keyPath: "gate.primary")
  }

  @Test func saysTheGateIsBelowTheGoal() throws {
    let diagnostic = try CardFixture.check("primary-below-goal.yaml").diagnostics.first

    #expect(diagnostic?.message == "gate.primary asks for 0.88, below goal.primary.target 0.9")
  }

  @Test func rejectsGateWithoutPrimary() throws {
    try CardFixture.expectOnly(
      "gate-without-primary.yaml", rule: PrimaryTargetRule.id, line: 46, column: 1,
      keyPath: "gate.primary")
  }

  @Test func rejectsPrimaryOnAnotherMetric() throws {
    let diagnostic = try CardFixture.expectOnly(
      "primary-other-metric.yaml", rule: PrimaryTargetRule.id, line: 47, column: 13,
      keyPath: "gate.primary")

    #expect(diagnostic?.hint == "write `clause_accuracy >= 0.9`")
  }
}
