import Testing
import TollgateCore

/// `data.corpus`: a corpus and its tokenizer in place of a `data.tokens` number.
@Suite struct CorpusDiagnosticsTests {
  @Test func warnsThatCorpusIsIgnoredBesideTokens() throws {
    let diagnostic = try CardFixture.expectOnly(
      "corpus-with-tokens.yaml", rule: "data.corpus-ignored", line: 20, column: 3,
      keyPath: "data.corpus", severity: .warning)

    #expect(diagnostic?.message == "`data.corpus` is ignored because `tokens` is set (19:3)")
  }

  /// With `max_pii_rate` step 3 scans the corpus for PII, so it is not ignored.
  @Test func doesNotWarnBesideTokensWhenTheCorpusIsScannedForPII() throws {
    let result = try CardFixture.check("corpus-with-tokens-scanned-for-pii.yaml")

    #expect(result.card.data?.maxPIIRate == 0.001)
    #expect(!result.diagnostics.contains { $0.ruleID == "data.corpus-ignored" })
  }

  @Test func keepsBothTokensAndCorpusWhenBothAreGiven() throws {
    let data = try CardFixture.check("corpus-with-tokens.yaml").card.data

    #expect(data?.tokens == TokenCount(2_400_000_000))
    #expect(data?.corpus?.tokenizer == "base-model/tokenizer.json")
  }

  @Test func rejectsCorpusWithoutTokenizer() throws {
    let diagnostic = try CardFixture.expectOnly(
      "corpus-without-tokenizer.yaml", rule: "card.missing-key", line: 19, column: 11,
      keyPath: "data.corpus.tokenizer")

    #expect(diagnostic?.message == "`data.corpus` has no `tokenizer`")
  }

  /// Beside `tokens` the corpus is only scanned for personal data: no tokenizer is needed.
  @Test func acceptsCorpusWithoutTokenizerBesideTokens() throws {
    let result = try CardFixture.check("corpus-for-pii-without-tokenizer.yaml")

    #expect(!result.diagnostics.contains { $0.severity == .error })
    #expect(result.card.data?.corpus?.paths == ["corpus/*.jsonl.zst"])
    #expect(result.card.data?.corpus?.tokenizer == nil)
  }

  /// An empty `data.snapshot` names no manifest: an error at the key, not a failure to read
  /// the card's folder later.
  @Test func rejectsAnEmptySnapshotPath() throws {
    let diagnostic = try CardFixture.expectOnly(
      "snapshot-empty.yaml", rule: "card.value", line: 18, column: 13, keyPath: "data.snapshot")

    #expect(diagnostic?.message == "`data.snapshot` is empty")
  }

  @Test func rejectsCorpusWithEmptyPaths() throws {
    let diagnostic = try CardFixture.expectOnly(
      "corpus-empty-paths.yaml", rule: "card.value", line: 19, column: 19,
      keyPath: "data.corpus.paths")

    #expect(diagnostic?.message == "`data.corpus.paths` is empty")
  }

  @Test func suggestsNearestCorpusKey() throws {
    let diagnostic = try CardFixture.expectOnly(
      "corpus-misspelt-key.yaml", rule: "card.unknown-key", line: 19, column: 79,
      keyPath: "data.corpus.feild", severity: .warning)

    #expect(diagnostic?.hint == "did you mean `field`?")
  }

  @Test func rejectsSampleShareAboveOne() throws {
    let diagnostic = try CardFixture.expectOnly(
      "corpus-sample-too-large.yaml", rule: "card.value", line: 19, column: 87,
      keyPath: "data.corpus.sample")

    #expect(
      diagnostic?.message == "`data.corpus.sample` must be more than 0 and at most 1, found `1.5`")
  }
}
