import Testing
import TollgateCore
import TollgateFormats

@Suite struct CardTemplateTests {
  @Test(arguments: Language.allCases)
  func templatePassesTheCheckerWithoutDiagnostics(language: Language) throws {
    let root = try YAMLReader.read(text: CardTemplate.text(language: language), file: "card.yaml")

    let result = CardChecker.check(root, file: "card.yaml")

    #expect(result.diagnostics.map { $0.rendered(colour: false) } == [])
  }

  @Test(arguments: Language.allCases)
  func templateDeclaresItsLanguage(language: Language) throws {
    let root = try YAMLReader.read(text: CardTemplate.text(language: language), file: "card.yaml")

    #expect(CardChecker.check(root, file: "card.yaml").card.language == language)
  }

  @Test func chineseTemplateUsesChineseTopLevelKeys() throws {
    let root = try YAMLReader.read(text: CardTemplate.text(language: .chinese), file: "card.yaml")

    let keys = root.entries?.map(\.key) ?? []
    #expect(keys.contains("预算") && keys.contains("回滚") && !keys.contains("budget"))
  }
}
