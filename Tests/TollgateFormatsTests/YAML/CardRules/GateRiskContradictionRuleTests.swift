import Testing

@testable import TollgateCore

@Suite struct GateRiskContradictionRuleTests {
  @Test func rejectsGuardLooserThanRiskTrigger() throws {
    try CardFixture.expectOnly(
      "guard-looser-than-risk.yaml", rule: GateRiskContradictionRule.id, line: 52, column: 37,
      keyPath: "gate.guards[2].block")
  }

  @Test(arguments: [
    // (gate line, risk trigger, contradicts)
    (">= baseline - 2pt", "x < baseline - 1pt", true),
    (">= baseline - 1pt", "x < baseline - 1pt", false),
    (">= baseline - 1pt", "x <= baseline - 1pt", true),
    (">= 0.80", "x < 0.82", true),
    (">= 0.83", "x < 0.82", false),
    ("<= 0.2%", "x > 0.1%", true),
    ("<= 0.1%", "x > 0.1%", false),
    ("<= baseline + 10%", "x > baseline + 20%", false),
    ("<= baseline + 30%", "x > baseline + 20%", true),
    (">= 0.80", "x > 0.95", false),
  ])
  func findsOverlapBetweenPassingAndFiring(gate: String, trigger: String, expected: Bool) throws {
    let gateLine = try ThresholdParser.parse("x " + gate)
    let riskLine = try ThresholdParser.parse(trigger)

    let found = GateRiskContradictionRule().contradicts(gateLine, riskLine, baseline: nil)

    #expect(found == expected)
  }

  @Test func comparesFixedAgainstRelativeWhenGoalGivesTheBaseline() throws {
    let gateLine = try ThresholdParser.parse("x >= 0.80")
    let riskLine = try ThresholdParser.parse("x < baseline - 1pt")

    #expect(GateRiskContradictionRule().contradicts(gateLine, riskLine, baseline: 0.84))
    #expect(!GateRiskContradictionRule().contradicts(gateLine, riskLine, baseline: nil))
  }
}
