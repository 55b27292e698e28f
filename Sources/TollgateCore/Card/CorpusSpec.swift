/// A training corpus to count tokens in, with the tokenizer that counts them.
///
/// A card gives this under `data.corpus` instead of a `data.tokens` number, so the cost rests on
/// the base model's own count of the team's own files. Core holds only what the card says; the
/// command line expands the paths and counts (`tollgate tokens count` does the same work).
public struct CorpusSpec: Sendable, Hashable {
  /// Files, folders or glob patterns (`corpus/*.jsonl.zst`), as written, relative to the card.
  public var paths: [String]
  /// The base model's `tokenizer.json`, as written, relative to the card; nil when the card
  /// gives `data.tokens` and names the corpus only for step 3's PII scan.
  public var tokenizer: String?
  /// The JSON field holding a document's text in JSONL files (dots for nesting); nil means
  /// `text`, the token counter's default.
  public var field: String?
  /// The share of documents to count, in (0, 1]; the total is then an estimate with an
  /// interval. Nil counts every document.
  public var sample: Double?
  /// The seed that picks the sampled documents, so an estimate can be repeated.
  public var seed: UInt64?
  /// Where the `corpus` key is written.
  public var location: SourceLocation?

  public init(
    paths: [String], tokenizer: String?, field: String? = nil, sample: Double? = nil,
    seed: UInt64? = nil, location: SourceLocation? = nil
  ) {
    self.paths = paths
    self.tokenizer = tokenizer
    self.field = field
    self.sample = sample
    self.seed = seed
    self.location = location
  }
}
