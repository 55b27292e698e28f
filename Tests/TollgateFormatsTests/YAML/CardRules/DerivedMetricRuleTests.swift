import Testing

@testable import TollgateCore

@Suite struct DerivedMetricRuleTests {
  @Test func rejectsDerivedMetricWithEmptyMeanOf() throws {
    try CardFixture.expectOnly(
      "derived-metric-empty.yaml", rule: DerivedMetricRule.id, line: 44, column: 3,
      keyPath: "metrics.general_avg.mean_of")
  }
}
