import Testing

@testable import TollgateCore

@Suite struct ActionNameRuleTests {
  @Test func rejectsMisspeltActionAndSuggestsNearest() throws {
    try CardFixture.expectOnly(
      "unknown-action.yaml", rule: ActionNameRule.id, line: 32, column: 62,
      keyPath: "risks[1].action")
  }

  @Test func hintSuggestsTheNearestAction() throws {
    let diagnostic = try CardFixture.check("unknown-action.yaml").diagnostics.first

    #expect(diagnostic?.hint?.hasPrefix("did you mean `take_offline`?") == true)
  }
}
