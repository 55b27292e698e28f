import Testing
import TollgateCore

@Suite struct ValidCardTests {
  @Test func validCardHasNoDiagnostics() throws {
    let result = try CardFixture.check("valid-card.yaml")

    #expect(result.diagnostics.map { $0.rendered(colour: false) } == [])
  }

  @Test func chineseTopLevelKeysReadLikeEnglishOnes() throws {
    let english = try CardFixture.check("valid-card.yaml")

    let chinese = try CardFixture.check("chinese-keys.yaml")

    #expect(chinese.diagnostics.isEmpty)
    #expect(chinese.card.budget?.trainingCost == english.card.budget?.trainingCost)
    #expect(chinese.card.gate?.guards.map(\.block) == english.card.gate?.guards.map(\.block))
    #expect(chinese.card.pilot == english.card.pilot)
  }
}
