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

  @Test(arguments: Language.allCases)
  func templateBatchGivesTheTokensPerStepItsCommentStates(language: Language) throws {
    let root = try YAMLReader.read(text: CardTemplate.text(language: language), file: "card.yaml")

    let pilot = CardChecker.check(root, file: "card.yaml").card.pilot

    #expect(pilot?.tokensPerStep == TokenCount(524_288))
  }

  @Test(arguments: Language.allCases)
  func templateCorpusExampleIsValidOnceUncommented(language: Language) throws {
    let lines = CardTemplate.text(language: language).split(
      separator: "\n", omittingEmptySubsequences: false)
    let edited = lines.compactMap { line -> String? in
      if line.hasPrefix("  tokens:") { return nil }
      if line.hasPrefix("  # corpus:") || line.hasPrefix("  #   ") {
        return String(line).replacing("# ", with: "", maxReplacements: 1)
      }
      return String(line)
    }
    let root = try YAMLReader.read(text: edited.joined(separator: "\n"), file: "card.yaml")

    let result = CardChecker.check(root, file: "card.yaml")

    #expect(result.diagnostics.map { $0.rendered(colour: false) } == [])
    #expect(result.card.data?.tokens == nil)
    #expect(result.card.data?.corpus?.tokenizer == "base-model/tokenizer.json")
    #expect(result.card.data?.corpus?.sample == 0.01)
  }
}
