import TollgateCore

/// The data card: what a training set is, where it may go, what is in it, and how much personal
/// data a scan found, tied to one snapshot id. Rendered as Markdown for people and JSON for the
/// decision path.
public struct DataCard: Sendable, Hashable, Codable {
  public static let currentSchemaVersion = 1

  /// One source of the data as the decision card declares it.
  public struct Source: Sendable, Hashable, Codable {
    public var name: String
    public var records: Int?
    public var training: Permission
    public var commercial: Permission
    public var region: String?
    public var crossBorder: Bool?
  }

  /// The snapshot the card describes.
  public struct Snapshot: Sendable, Hashable, Codable {
    public var name: String
    public var id: String
    public var createdAt: String
    public var files: Int
    public var bytes: Int64
    public var records: Int64
    public var problems: Int
  }

  /// Records per value of a chosen JSON field, a category such as `industry`, `source` or
  /// `lang`. The card is shared, so it shows the most common values only, with personal data in
  /// them masked.
  public struct Coverage: Sendable, Hashable, Codable {
    public var field: String
    /// Records per value, for the `shownValues` most common values.
    public var counts: [String: Int64]
    /// Records whose value is not among `counts`, and how many distinct values they hold.
    public var otherRecords: Int64 = 0
    public var otherValues: Int = 0
    /// Records without the field.
    public var missing: Int64
    /// Records where the field holds something other than text (a number, `true`, an object).
    public var notText: Int64 = 0
    /// Lines that are no record at all (not UTF-8, not JSON, not an object).
    public var unreadable: Int64 = 0

    public init(field: String, counts: [String: Int64], missing: Int64) {
      self.field = field
      self.counts = counts
      self.missing = missing
    }
  }

  /// The PII scan result in short.
  public struct PIISummary: Sendable, Hashable, Codable {
    public var documents: Int64
    public var documentsWithHits: Int64
    /// The share of documents with hits, a fraction, as `data scan --json` and `max_pii_rate`
    /// give it; nil in data cards written before it was added.
    public var documentsWithHitsRate: Double?
    public var documentsWithHitsPer1000: Double
    public var hits: [PIICategory: Int64]
    public var examples: [PIIScanReport.Example]
    /// The snapshot the scan read, checked byte for byte (`data scan --snapshot`); nil when
    /// the scan read paths, so nothing ties its figures to this card's snapshot.
    public var snapshot: SnapshotReference?
    /// `I/N` when the scan is one shard's: its figures are not the corpus's.
    public var shard: String?
    /// Lines the scan could not read as documents; personal data in them is not counted.
    public var skippedLines: Int64 = 0
  }

  public var schemaVersion = Self.currentSchemaVersion
  public var snapshot: Snapshot
  public var sources: [Source]
  public var deidentificationMethod: String?
  public var excludedFields: [String]
  /// The decision card's `data.deidentification.max_pii_rate`, a fraction, when it sets one.
  public var maxPIIRate: Double?
  public var coverage: Coverage?
  public var pii: PIISummary?
  /// Tokens of the training set, counted with the base model's tokenizer, when given.
  public var tokens: TokenCount?

  /// Assembles a card from a snapshot, the decision card's data section (if any), a PII scan
  /// (if any), a coverage count (if any) and a token count (if any).
  public init(
    manifest: SnapshotManifest, plan: DataPlan?, scan: PIIScanReport?, coverage: Coverage?,
    tokens: TokenCount?
  ) {
    snapshot = Snapshot(
      name: manifest.name, id: manifest.id, createdAt: manifest.createdAt,
      files: manifest.fileCount, bytes: manifest.totalBytes, records: manifest.totalRecords,
      problems: manifest.problems.count)
    sources = (plan?.sources ?? []).map {
      Source(
        name: $0.name, records: $0.records, training: $0.training, commercial: $0.commercial,
        region: $0.region, crossBorder: $0.crossBorder)
    }
    deidentificationMethod = plan?.deidentificationMethod
    excludedFields = plan?.excludedFields ?? []
    maxPIIRate = plan?.maxPIIRate
    self.coverage = coverage
    pii = scan.map {
      PIISummary(
        documents: $0.documents, documentsWithHits: $0.documentsWithHits,
        documentsWithHitsRate: $0.documentsWithHitsRate,
        documentsWithHitsPer1000: $0.documentsWithHitsPer1000, hits: $0.hits,
        examples: $0.examples, snapshot: $0.snapshot, shard: $0.shard,
        skippedLines: $0.skippedLineCount)
    }
    self.tokens = tokens
  }
}
