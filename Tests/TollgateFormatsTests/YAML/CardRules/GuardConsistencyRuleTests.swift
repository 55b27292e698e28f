import Testing

@testable import TollgateCore

@Suite struct GuardConsistencyRuleTests {
  @Test func warnsAboutAWarnLineLooserThanItsBlockLine() throws {
    try CardFixture.expectOnly(
      "guard-warn-looser-than-block.yaml", rule: GuardConsistencyRule.id, line: 49, column: 64,
      keyPath: "gate.guards[0].warn", severity: .warning)
  }

  @Test func rejectsTwoGuardsOnOneMetric() throws {
    let diagnostic = try CardFixture.expectOnly(
      "guard-same-metric-twice.yaml", rule: GuardConsistencyRule.id, line: 52, column: 16,
      keyPath: "gate.guards[2].metric")
    #expect(diagnostic?.message.contains("line 51") == true)
  }

  @Test func rejectsTwoRisksWithOneName() throws {
    try CardFixture.expectOnly(
      "risk-name-twice.yaml", rule: GuardConsistencyRule.id, line: 32, column: 12,
      keyPath: "risks[1].name")
  }

  @Test func rejectsADerivedMetricThatAveragesItself() throws {
    try CardFixture.expectOnly(
      "metric-cycle-self.yaml", rule: GuardConsistencyRule.id, line: 44, column: 57,
      keyPath: "metrics.general_avg.mean_of[2]")
  }

  @Test func rejectsDerivedMetricsThatAverageEachOtherOnce() throws {
    let diagnostic = try CardFixture.expectOnly(
      "metric-cycle-pair.yaml", rule: GuardConsistencyRule.id, line: 44, column: 37,
      keyPath: "metrics.general_avg.mean_of[1]")
    #expect(diagnostic?.message.contains("reasoning_avg") == true)
  }
}
