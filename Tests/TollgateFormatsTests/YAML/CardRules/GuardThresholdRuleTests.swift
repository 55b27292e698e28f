import Testing

@testable import TollgateCore

@Suite struct GuardThresholdRuleTests {
  @Test func rejectsGuardWithNeitherBlockNorWarn() throws {
    try CardFixture.expectOnly(
      "guard-without-lines.yaml", rule: GuardThresholdRule.id, line: 51, column: 7,
      keyPath: "gate.guards[1]")
  }
}
