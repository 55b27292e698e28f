import Testing

@testable import TollgateCore

@Suite struct ThresholdQuantitativeRuleTests {
  @Test func rejectsVagueChinesePrimaryAtItsFirstCharacter() throws {
    let diagnostic = try CardFixture.expectOnly(
      "vague-primary.yaml", rule: ThresholdQuantitativeRule.id, line: 47, column: 13,
      keyPath: "gate.primary")

    #expect(diagnostic?.message == #"threshold has no number: "显著提升""#)
  }

  @Test func rejectsVagueEnglishTriggerAtTheWordsAfterTheMetric() throws {
    let diagnostic = try CardFixture.expectOnly(
      "vague-trigger.yaml", rule: ThresholdQuantitativeRule.id, line: 31, column: 46,
      keyPath: "risks[0].trigger")

    #expect(diagnostic?.hint?.contains("clause_accuracy >= 0.90") == true)
  }
}
