import Testing

@testable import TollgateCore

@Suite struct StopLossRuleTests {
  @Test func rejectsBudgetWithoutStopLoss() throws {
    let diagnostic = try CardFixture.expectOnly(
      "budget-without-stop-loss.yaml", rule: StopLossRule.id, line: 21, column: 1,
      keyPath: "budget.stop_loss")

    #expect(diagnostic?.message == "budget has no stop-loss line")
  }

  @Test func rejectsStopLossLineWithoutAction() throws {
    try CardFixture.expectOnly(
      "stop-loss-line-without-action.yaml", rule: StopLossRule.id, line: 29, column: 7,
      keyPath: "budget.stop_loss[1].action")
  }
}
