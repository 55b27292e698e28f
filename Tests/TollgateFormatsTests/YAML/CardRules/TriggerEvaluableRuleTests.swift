import Testing
import TollgateFormats

@testable import TollgateCore

@Suite struct TriggerEvaluableRuleTests {
  @Test func rejectsAStopLossTriggerWithoutMetric() throws {
    try CardFixture.expectOnly(
      "trigger-stop-loss-without-metric.yaml", rule: TriggerEvaluableRule.id, line: 29,
      column: 18, keyPath: "budget.stop_loss[1].trigger")
  }

  @Test func rejectsARiskTriggerWithoutMetric() throws {
    try CardFixture.expectOnly(
      "trigger-risk-without-metric.yaml", rule: TriggerEvaluableRule.id, line: 32, column: 32,
      keyPath: "risks[1].trigger")
  }

  @Test func rejectsAStopLossMetricTheLedgerDoesNotCompute() throws {
    let diagnostic = try CardFixture.expectOnly(
      "trigger-unknown-cost-metric.yaml", rule: TriggerEvaluableRule.id, line: 29, column: 18,
      keyPath: "budget.stop_loss[1].trigger")
    #expect(diagnostic?.hint?.contains("`spent_gpu_hours`") == true)
  }

  @Test func rejectsMoneyOnAGPUHourStopLoss() throws {
    try CardFixture.expectOnly(
      "trigger-gpu-hours-in-money.yaml", rule: TriggerEvaluableRule.id, line: 29, column: 18,
      keyPath: "budget.stop_loss[1].trigger")
  }

  @Test func rejectsMillisecondsOnACostStopLoss() throws {
    try CardFixture.expectOnly(
      "trigger-cost-in-milliseconds.yaml", rule: TriggerEvaluableRule.id, line: 28, column: 18,
      keyPath: "budget.stop_loss[0].trigger")
  }

  @Test func warnsAboutAStopLossThatFiresBelowItsCap() throws {
    let diagnostic = try CardFixture.expectOnly(
      "trigger-fires-below-cap.yaml", rule: TriggerEvaluableRule.id, line: 28, column: 18,
      keyPath: "budget.stop_loss[0].trigger", severity: .warning)
    #expect(diagnostic?.message.contains("did you mean `>`?") == true)
  }

  @Test func rejectsACurrencyOnAnAccuracy() throws {
    try CardFixture.expectOnly(
      "trigger-currency-on-accuracy.yaml", rule: TriggerEvaluableRule.id, line: 47, column: 13,
      keyPath: "gate.primary")
  }

  @Test func warnsAboutABareBaselineOffsetOnAFraction() throws {
    let diagnostic = try CardFixture.expectOnly(
      "trigger-bare-offset-on-fraction.yaml", rule: TriggerEvaluableRule.id, line: 31,
      column: 34, keyPath: "risks[0].trigger", severity: .warning)
    #expect(diagnostic?.message.contains("`10%` or `10pt`") == true)
  }

  @Test func acceptsABareCostCapWhenTheCardHasOneCurrency() throws {
    let yaml = """
      budget:
        training: {gpu_hours: 800, cost: 20000 USD}
        stop_loss:
          - {trigger: "estimated_cost > 20000", action: stop_training}
      """
    #expect(try Self.findings(yaml).isEmpty)
  }

  @Test func rejectsABareCostCapWhenTheCardHasNoCurrency() throws {
    let yaml = """
      budget:
        training: {gpu_hours: 800}
        stop_loss:
          - {trigger: "estimated_cost > 20000", action: stop_training}
      """
    #expect(try Self.findings(yaml).map(\.keyPath) == ["budget.stop_loss[0].trigger"])
  }

  /// This rule's findings on a partial card written inline.
  private static func findings(_ yaml: String) throws -> [Diagnostic] {
    let root = try YAMLReader.read(text: yaml, file: "card.yaml")
    return CardChecker.check(root, file: "card.yaml").diagnostics
      .filter { $0.ruleID == TriggerEvaluableRule.id }
  }
}
