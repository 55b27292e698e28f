import Testing

@testable import TollgateCore

@Suite struct RequiredSectionRuleTests {
  @Test func reportsMissingSectionAtCardStart() throws {
    let diagnostic = try CardFixture.expectOnly(
      "missing-budget.yaml", rule: RequiredSectionRule.id, line: 1, column: 1,
      keyPath: "budget")

    #expect(diagnostic?.message == "missing section `budget`")
  }

  @Test func reportsEmptySectionAtItsKey() throws {
    let diagnostic = try CardFixture.expectOnly(
      "empty-risks.yaml", rule: RequiredSectionRule.id, line: 30, column: 1,
      keyPath: "risks")

    #expect(diagnostic?.message == "section `risks` is empty")
  }
}
