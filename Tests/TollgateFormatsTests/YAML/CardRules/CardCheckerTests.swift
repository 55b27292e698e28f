import Testing
import TollgateCore
import TollgateFormats

@Suite struct CardCheckerTests {
  @Test func everyRuleHasItsOwnID() {
    let ids = CardChecker.ruleIDs

    #expect(Set(ids).count == ids.count)
  }

  @Test func sortsDiagnosticsByPlaceInTheFile() throws {
    let yaml = """
      tollgate: 1
      gate:
        confidence: 2
      budget:
        safety_factor: 9
      """
    let root = try YAMLReader.read(text: yaml, file: "card.yaml")

    let lines = CardChecker.check(root, file: "card.yaml").diagnostics.compactMap(\.location?.line)

    #expect(lines == lines.sorted())
    #expect(lines.contains(3) && lines.contains(5))
  }
}
