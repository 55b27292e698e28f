import Testing
import TollgateCore
import TollgateFormats

/// Decoding of `data.corpus`.
@Suite struct CardDecoderCorpusTests {
  private func decode(_ yaml: String) throws -> CardDecoding {
    CardDecoder.decode(try YAMLReader.read(text: yaml, file: "card.yaml"), file: "card.yaml")
  }

  @Test func readsEveryCorpusField() throws {
    let decoding = try decode(
      """
      data:
        corpus:
          paths: [corpus/*.jsonl.zst, more/]
          tokenizer: base-model/tokenizer.json
          field: meta.text
          sample: 0.01
          seed: 7
      """)

    #expect(decoding.diagnostics.isEmpty)
    #expect(
      decoding.card.data?.corpus
        == CorpusSpec(
          paths: ["corpus/*.jsonl.zst", "more/"], tokenizer: "base-model/tokenizer.json",
          field: "meta.text", sample: 0.01, seed: 7,
          location: SourceLocation(file: "card.yaml", line: 2, column: 3)))
  }

  @Test func readsSampleWrittenAsPercentage() throws {
    let decoding = try decode("data:\n  corpus: {paths: [a.txt], tokenizer: t.json, sample: 1%}\n")

    #expect(decoding.card.data?.corpus?.sample == 0.01)
  }

  @Test(arguments: ["0", "-0.1", "120%"])
  func rejectsSampleOutsideZeroToOne(value: String) throws {
    let decoding = try decode(
      "data:\n  corpus: {paths: [a.txt], tokenizer: t.json, sample: \(value)}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.value"])
    #expect(decoding.card.data?.corpus?.sample == nil)
  }

  @Test func rejectsSampleWithOtherUnit() throws {
    let decoding = try decode("data:\n  corpus: {paths: [a.txt], tokenizer: t.json, sample: 1pt}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.type"])
  }

  @Test func readsSeedUpToTheLargestUnsigned64BitNumber() throws {
    let decoding = try decode(
      "data:\n  corpus: {paths: [a.txt], tokenizer: t.json, seed: 18446744073709551615}\n")

    #expect(decoding.card.data?.corpus?.seed == UInt64.max)
  }

  @Test func rejectsQuotedSeed() throws {
    let decoding = try decode(
      "data:\n  corpus: {paths: [a.txt], tokenizer: t.json, seed: \"7\"}\n")

    #expect(decoding.diagnostics.map(\.hint) == ["remove the quotes: write `7`, not `\"7\"`"])
    #expect(decoding.card.data?.corpus?.seed == nil)
  }

  @Test func rejectsNegativeSeed() throws {
    let decoding = try decode("data:\n  corpus: {paths: [a.txt], tokenizer: t.json, seed: -7}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.value"])
    #expect(decoding.diagnostics.first?.keyPath == "data.corpus.seed")
  }

  @Test func rejectsSinglePathWhereListBelongs() throws {
    let decoding = try decode("data:\n  corpus: {paths: corpus.jsonl, tokenizer: t.json}\n")

    #expect(
      decoding.diagnostics.first?.message
        == "`data.corpus.paths` must be a list, found `corpus.jsonl`"
    )
    #expect(decoding.card.data?.corpus == nil)
  }

  @Test func rejectsCorpusWithoutPaths() throws {
    let decoding = try decode("data:\n  corpus: {tokenizer: t.json}\n")

    #expect(decoding.diagnostics.map(\.ruleID) == ["card.missing-key"])
    #expect(decoding.diagnostics.first?.keyPath == "data.corpus.paths")
  }

  @Test func readsCorpusAloneWithoutWarning() throws {
    let decoding = try decode("data:\n  corpus: {paths: [a.txt], tokenizer: t.json}\n")

    #expect(decoding.card.data?.tokens == nil)
    #expect(decoding.card.data?.corpus?.paths == ["a.txt"])
    #expect(decoding.diagnostics.isEmpty)
  }
}
