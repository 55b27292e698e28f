import Testing

@testable import TollgateCore

@Suite struct GuardThresholdRuleTests {
  @Test func rejectsGuardWithNeitherBlockNorWarn() throws {
    try CardFixture.expectOnly(
      "guard-without-lines.yaml", rule: GuardThresholdRule.id, line: 51, column: 7,
      keyPath: "gate.guards[1]")
  }

  @Test func rejectsGuardLineOnAnotherMetric() throws {
    let diagnostic = try CardFixture.expectOnly(
      "guard-line-other-metric.yaml", rule: GuardThresholdRule.id, line: 52, column: 37,
      keyPath: "gate.guards[2].block")

    #expect(
      diagnostic?.hint?.hasPrefix(#"leave the metric out (`block: ">= baseline - 1pt"`)"#) == true)
  }
}
