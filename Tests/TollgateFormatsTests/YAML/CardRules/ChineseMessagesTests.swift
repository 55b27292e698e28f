import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// `tollgate card check --lang zh`: every message and hint in Chinese, everything else as in
/// English (rule ids, places, key paths).
@Suite struct ChineseMessagesTests {
  /// The fixtures with no finding: the valid card, its Chinese-keyed twin, and a corpus beside a
  /// token count that is not ignored because step 3 scans it for PII (with a tokenizer or
  /// without one, which only counting needs).
  static let validFixtures = [
    "valid-card.yaml", "chinese-keys.yaml", "corpus-with-tokens-scanned-for-pii.yaml",
    "corpus-for-pii-without-tokenizer.yaml",
  ]

  /// Every one-defect fixture (all but the valid cards).
  static let defectFixtures: [String] = Fixtures.files(
    under: Fixtures.beside(""), withExtension: "yaml"
  )
  .map(\.lastPathComponent)
  .filter { !validFixtures.contains($0) }

  private static func check(_ name: String, _ language: Language) throws -> [Diagnostic] {
    let path = Fixtures.beside(name).path
    let root = try YAMLReader.read(contentsOf: path)
    return CardChecker.check(root, file: path, language: language).diagnostics
  }

  /// The first run of three English words in `text`, ignoring code spans, quoted values and
  /// bracketed rule ids; nil when there is none.
  static func englishRun(in text: String) -> String? {
    var plain = ""
    var closing: Character?
    for character in text {
      if let end = closing {
        if character == end { closing = nil }
        continue
      }
      switch character {
      case "`": closing = "`"
      case "\"": closing = "\""
      case "[": closing = "]"
      default: plain.append(character)
      }
    }
    var run: [Substring] = []
    for token in plain.split(whereSeparator: \.isWhitespace) {
      let word = token.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:?!()"))
      let isEnglish =
        !word.isEmpty
        && word.allSatisfy { ($0.isASCII && $0.isLetter) || $0 == "-" || $0 == "'" }
      run = isEnglish ? run + [token] : []
      if run.count >= 3 { return run.joined(separator: " ") }
    }
    return nil
  }

  @Test func theWordDetectorFindsAnEnglishSentence() {
    #expect(Self.englishRun(in: "missing section `budget`") == nil)
    #expect(Self.englishRun(in: "gate has no primary threshold") == "gate has no")
  }

  @Test func everyRuleIdHasADefectFixture() throws {
    var ids = Set<String>()
    for name in Self.defectFixtures {
      ids.formUnion(try Self.check(name, .chinese).map(\.ruleID))
    }

    #expect(ids == Set(CardChecker.ruleIDs))
  }

  @Test(arguments: defectFixtures)
  func chineseMessagesHaveNoEnglishSentence(_ name: String) throws {
    let diagnostics = try Self.check(name, .chinese)

    #expect(!diagnostics.isEmpty)
    for diagnostic in diagnostics {
      for text in [diagnostic.message, diagnostic.hint ?? ""] {
        #expect(Self.englishRun(in: text) == nil, "\(diagnostic.ruleID): \(text)")
      }
    }
  }

  @Test(arguments: defectFixtures)
  func chineseKeepsRulesPlacesAndKeyPaths(_ name: String) throws {
    let english = try Self.check(name, .english)
    let chinese = try Self.check(name, .chinese)

    #expect(chinese.map(\.ruleID) == english.map(\.ruleID))
    #expect(chinese.map(\.location) == english.map(\.location))
    #expect(chinese.map(\.keyPath) == english.map(\.keyPath))
    #expect(chinese.map(\.message) != english.map(\.message))
  }

  @Test func englishIsTheDefault() throws {
    let path = Fixtures.beside("unknown-key.yaml").path
    let root = try YAMLReader.read(contentsOf: path)

    #expect(
      CardChecker.check(root, file: path).diagnostics
        == CardChecker.check(root, file: path, language: .english).diagnostics)
  }

  /// Threshold expressions that reach each of the parser's syntax errors.
  static let badThresholds = [
    "== 0.9", "acc 0.9", "acc == 0.9", "acc >= 0.9 or more", "acc >= x1",
    "acc >= baseline * 2", "acc >= baseline - x", "acc >= 1,00", "cost <= 100 usd",
    "acc >= 5 pts", "acc >= 5 furlongs", "acc >= 1e999",
  ]

  @Test(arguments: badThresholds)
  func thresholdSyntaxErrorsAreInChinese(_ expression: String) throws {
    let yaml = "tollgate: 1\ngate:\n  primary: '\(expression)'\n"
    let root = try YAMLReader.read(text: yaml, file: "card.yaml")

    let syntax = CardChecker.check(root, file: "card.yaml", language: .chinese).diagnostics
      .filter { $0.ruleID == ThresholdSyntaxRule.id }

    #expect(syntax.count == 1)
    for diagnostic in syntax {
      #expect(diagnostic.message.hasPrefix("读不懂门槛 \"\(expression)\"：此处应为"))
      for text in [diagnostic.message, diagnostic.hint ?? ""] {
        #expect(Self.englishRun(in: text) == nil, "\(text)")
      }
    }
  }

  @Test func pinsTheChineseRenderingOfAVagueThreshold() throws {
    let diagnostics = try Self.check("vague-primary.yaml", .chinese)
    let text = diagnostics.first?.rendered(colour: false, language: .chinese) ?? ""

    let place = "\(Fixtures.beside("vague-primary.yaml").path):47:13"
    #expect(
      text == """
        \(place): 错误：门槛没有数字："显著提升" [gate.quantitative]
          位置：gate.primary
          提示：写一个可以检验的数字，例如 `clause_accuracy >= 0.90` 或 \
        `general_avg >= baseline - 1pt`
        """)
  }

  @Test func pinsTheChineseRenderingOfAnUnknownKey() throws {
    let diagnostics = try Self.check("unknown-key.yaml", .chinese)
    let text = diagnostics.first?.rendered(colour: false, language: .chinese) ?? ""

    let place = "\(Fixtures.beside("unknown-key.yaml").path):25:3"
    #expect(
      text == """
        \(place): 警告：未知的键 `safty_factor` [card.unknown-key]
          位置：budget.safty_factor
          提示：是不是想写 `safety_factor`？
        """)
  }

  /// Small cards that reach decoder and rule messages the one-defect fixtures do not.
  static let otherDefects = [
    "tollgate: 2",
    "budget: {training: {cost: 5}}",
    "budget: {training: {gpu_hours: 5 USD}}",
    "gate: {confidence: [1]}",
    "gate: {unproven: maybe}",
    "data: {tokens: 1.5}",
    "data: {sources: [{licence: {training: unknown}}]}",
    "budget: {zzzzzzzzzzzz: 1}",
    "budget: {inference: {max_increase: 5 USD}}",
    "pilot: {batch: {per_device: 0, gradient_accumulation: 1, gpus: 1, sequence_length: 1}}",
    "data: {corpus: {paths: [a], tokenizer: t, seed: -1}}",
    "data: {corpus: {paths: [a], tokenizer: t, sample: 5 USD}}",
    "metrics: [a]",
    "risks: [{action: stop_training}]",
    "evaluation: {allow_incomparable: maybe}",
    "baseline: {reproducible: {max_spread: wide}}",
    "rollback: {to: nowhere-near-anything}",
  ]

  @Test(arguments: otherDefects)
  func otherDecoderAndRuleMessagesAreInChinese(_ yaml: String) throws {
    let root = try YAMLReader.read(text: yaml, file: "card.yaml")

    let diagnostics = CardChecker.check(root, file: "card.yaml", language: .chinese).diagnostics

    #expect(!diagnostics.isEmpty)
    for diagnostic in diagnostics {
      for text in [diagnostic.message, diagnostic.hint ?? ""] {
        #expect(Self.englishRun(in: text) == nil, "\(diagnostic.ruleID): \(text)")
      }
    }
  }
}
