import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// A quoted scalar is text in YAML: where a plain number or boolean belongs it is a `card.type`
/// error with a hint to drop the quotes, while quoted quantities with units still read.
@Suite struct QuotedScalarTests {
  @Test func rejectsQuotedNumberWithHintToRemoveQuotes() throws {
    let diagnostic = try CardFixture.expectOnly(
      "quoted-safety-factor.yaml", rule: "card.type", line: 25, column: 18,
      keyPath: "budget.safety_factor")

    #expect(diagnostic?.message == "`budget.safety_factor` must be a number, found `\"1.5\"`")
    #expect(diagnostic?.hint == "remove the quotes: write `1.5`, not `\"1.5\"`")
  }

  @Test func rejectsQuotedBoolean() throws {
    let diagnostic = try CardFixture.expectOnly(
      "quoted-cross-border.yaml", rule: "card.type", line: 16, column: 43,
      keyPath: "data.sources[0].storage.cross_border")

    #expect(diagnostic?.hint == "remove the quotes: write `false`, not `\"false\"`")
  }

  @Test func rejectsSingleQuotedWholeNumberQuotingItBackAsWritten() throws {
    let diagnostic = try CardFixture.expectOnly(
      "quoted-repeats.yaml", rule: "card.type", line: 10, column: 27,
      keyPath: "baseline.reproducible.repeats")

    #expect(diagnostic?.message.hasSuffix("found `'3'`") == true)
    #expect(diagnostic?.hint == "remove the quotes: write `3`, not `'3'`")
  }

  @Test func rejectsQuotedBareNumberWhereAQuantityBelongs() throws {
    let diagnostic = try CardFixture.expectOnly(
      "quoted-tokens.yaml", rule: "card.type", line: 19, column: 11, keyPath: "data.tokens")

    #expect(diagnostic?.hint == "remove the quotes: write `2.4e9`, not `\"2.4e9\"`")
  }

  @Test func rejectsNumberTaggedAsText() throws {
    let diagnostic = try CardFixture.expectOnly(
      "tagged-epochs.yaml", rule: "card.type", line: 20, column: 11, keyPath: "data.epochs")

    #expect(diagnostic?.hint == "remove the `!!str` tag: write `2`, not `!!str 2`")
  }

  @Test func reportsQuotedSchemaVersionOnce() throws {
    let root = try YAMLReader.read(text: "tollgate: \"1\"\n", file: "card.yaml")

    let decoding = CardDecoder.decode(root, file: "card.yaml")

    #expect(decoding.diagnostics.map(\.keyPath) == ["tollgate"])
    #expect(decoding.card.schemaVersion == nil)
  }

  @Test func chineseHintSaysToRemoveTheQuotes() throws {
    let path = Fixtures.beside("quoted-safety-factor.yaml").path
    let root = try YAMLReader.read(contentsOf: path)

    let diagnostics = CardChecker.check(root, file: path, language: .chinese).diagnostics

    #expect(diagnostics.map(\.hint) == ["去掉引号：写 `1.5`，而不是 `\"1.5\"`"])
  }

  /// Lines of the valid card with a quantity that carries a unit, and the same line quoted.
  static let quotedQuantities: [(String, String)] = [
    ("cost: 20000 USD}", "cost: \"20000 USD\"}"),
    ("max_increase: 10%}", "max_increase: '10%'}"),
    ("max_spread: 0.5pt,", "max_spread: \"0.5pt\","),
    ("price_per_gpu_hour: 2.5 USD,", "price_per_gpu_hour: \"2.5 USD\","),
    ("traffic: 5%,", "traffic: \"5%\","),
    (
      "excluded_fields: [id_number, bank_account]}",
      "excluded_fields: [id_number, bank_account], max_pii_rate: \"0.1%\"}"
    ),
  ]

  @Test(arguments: quotedQuantities)
  func readsQuotedQuantityWithUnitLikeUnquotedOne(plain: String, quoted: String) throws {
    let path = Fixtures.beside("valid-card.yaml").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.components(separatedBy: plain).count == 2)
    let withoutQuotes = quoted.filter { $0 != "\"" && $0 != "'" }
    let check = { (line: String) in
      CardChecker.check(
        try YAMLReader.read(text: text.replacingOccurrences(of: plain, with: line), file: path),
        file: path)
    }

    let result = try check(quoted)

    #expect(result.diagnostics.map { $0.rendered(colour: false) } == [])
    #expect(result.card == (try check(withoutQuotes)).card)
  }
}
