import Testing

@testable import TollgateCore

@Suite struct ValueRangeRuleTests {
  @Test func rejectsATrainingBudgetOfZeroGPUHours() throws {
    try CardFixture.expectOnly(
      "range-training-gpu-hours-zero.yaml", rule: ValueRangeRule.id, line: 23, column: 25,
      keyPath: "budget.training.gpu_hours")
  }

  @Test func rejectsANegativeTrainingCost() throws {
    try CardFixture.expectOnly(
      "range-training-cost-negative.yaml", rule: ValueRangeRule.id, line: 23, column: 55,
      keyPath: "budget.training.cost")
  }

  @Test func rejectsAPilotBudgetOfZeroGPUHours() throws {
    try CardFixture.expectOnly(
      "range-pilot-gpu-hours-zero.yaml", rule: ValueRangeRule.id, line: 22, column: 22,
      keyPath: "budget.pilot.gpu_hours")
  }

  @Test func warnsWhenThePilotBudgetExceedsTheTrainingBudget() throws {
    let diagnostic = try CardFixture.expectOnly(
      "range-pilot-above-training.yaml", rule: ValueRangeRule.id, line: 22, column: 22,
      keyPath: "budget.pilot.gpu_hours", severity: .warning)
    #expect(diagnostic?.message.contains("900") == true)
    #expect(diagnostic?.message.contains("800") == true)
  }

  @Test func rejectsANegativeRecordCount() throws {
    try CardFixture.expectOnly(
      "range-records-negative.yaml", rule: ValueRangeRule.id, line: 14, column: 16,
      keyPath: "data.sources[0].records")
  }

  @Test func rejectsZeroRepeats() throws {
    try CardFixture.expectOnly(
      "range-repeats-zero.yaml", rule: ValueRangeRule.id, line: 10, column: 27,
      keyPath: "baseline.reproducible.repeats")
  }

  @Test func warnsWhenFewerScoresThanRepeatsAreGiven() throws {
    let diagnostic = try CardFixture.expectOnly(
      "range-scores-short.yaml", rule: ValueRangeRule.id, line: 10, column: 57,
      keyPath: "baseline.reproducible.scores", severity: .warning)
    #expect(diagnostic?.message == "3 repeats declared, 1 score given")
  }

  @Test(arguments: ["range-canary-traffic-zero.yaml", "range-canary-traffic-over.yaml"])
  func rejectsCanaryTrafficOutsideZeroToAll(_ name: String) throws {
    try CardFixture.expectOnly(
      name, rule: ValueRangeRule.id, line: 58, column: 21, keyPath: "rollback.canary.traffic")
  }

  @Test func rejectsNegativeCanaryHours() throws {
    try CardFixture.expectOnly(
      "range-canary-hours-negative.yaml", rule: ValueRangeRule.id, line: 58, column: 36,
      keyPath: "rollback.canary.min_hours")
  }

  @Test func rejectsZeroEpochs() throws {
    try CardFixture.expectOnly(
      "range-epochs-zero.yaml", rule: ValueRangeRule.id, line: 20, column: 11,
      keyPath: "data.epochs")
  }

  @Test func rejectsATargetBelowItsBaseline() throws {
    let diagnostic = try CardFixture.expectOnly(
      "range-target-below-baseline.yaml", rule: ValueRangeRule.id, line: 7, column: 62,
      keyPath: "goal.primary.target")
    #expect(diagnostic?.message.contains("0.80") == true)
    #expect(diagnostic?.message.contains("0.84") == true)
  }
}
