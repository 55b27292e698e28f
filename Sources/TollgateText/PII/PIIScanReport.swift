import TollgateCore
import TollgateFormats

/// What a PII scan of a corpus found: hits per category and per file, documents with hits, and
/// a few masked examples; shards of one scan merge into the exact whole.
public struct PIIScanReport: Sendable, Hashable, Codable {
  /// The JSON schema this code writes.
  public static let currentSchemaVersion = 1
  /// Masked examples kept per category (the first ones in file and line order).
  public static let examplesPerCategory = 3

  /// One masked hit with where it is.
  public struct Example: Sendable, Hashable, Codable {
    public var file: String
    public var line: Int
    public var category: PIICategory
    public var masked: String
  }

  /// The scan of one file.
  public struct FileResult: Sendable, Hashable, Codable {
    public var file: String
    public var documents: Int64 = 0
    public var documentsWithHits: Int64 = 0
    public var textBytes: Int64 = 0
    public var hits: [PIICategory: Int64] = [:]
    /// Lines the reader skipped (invalid UTF-8, not JSON, not an object...), by kind.
    public var skippedLines: [String: Int64] = [:]
    /// The first skipped lines, for the messages.
    public var issues: [CorpusIssue] = []
    public var examples: [Example] = []

    public init(file: String) { self.file = file }

    public var totalHits: Int64 { hits.values.reduce(0, +) }
    /// Lines skipped, of every kind.
    public var skippedLineCount: Int64 { skippedLines.values.reduce(0, +) }
  }

  public var schemaVersion = Self.currentSchemaVersion
  /// `I/N` when this is one shard's result; nil for a whole or merged scan.
  public var shard: String?
  /// How many shards a merged result was built from (1 for a plain scan).
  public var shardCount: Int
  /// The JSON field scanned in JSON Lines files.
  public var field: String
  /// Names of the card-added patterns, so results of different pattern sets are not merged.
  public var extraPatterns: [String]
  /// The snapshot whose files were scanned after checking them byte for byte
  /// (`data scan --snapshot`); nil for a scan of paths, which may hold other data by now.
  public var snapshot: SnapshotReference?
  public var files: [FileResult]

  public init(
    shard: CorpusShard, field: String, extraPatterns: [String], files: [FileResult]
  ) {
    self.shard = shard.count > 1 ? shard.description : nil
    self.shardCount = 1
    self.field = field
    self.extraPatterns = extraPatterns
    self.files = files
  }

  public var documents: Int64 { files.reduce(0) { $0 + $1.documents } }
  public var documentsWithHits: Int64 { files.reduce(0) { $0 + $1.documentsWithHits } }
  /// Lines no file could read as a document; personal data in them is in no figure.
  public var skippedLineCount: Int64 { files.reduce(0) { $0 + $1.skippedLineCount } }
  /// The skipped lines of every file, by kind.
  public var skippedLines: [String: Int64] {
    files.reduce(into: [:]) { total, file in
      total.merge(file.skippedLines, uniquingKeysWith: +)
    }
  }
  public var textBytes: Int64 { files.reduce(0) { $0 + $1.textBytes } }

  /// Hits of every category over all files.
  public var hits: [PIICategory: Int64] {
    files.reduce(into: [:]) { total, file in total.merge(file.hits, uniquingKeysWith: +) }
  }

  /// The share of documents with at least one hit, a fraction in [0, 1] (0 with no documents),
  /// the measure `max_pii_rate` bounds.
  public var documentsWithHitsRate: Double {
    documents == 0 ? 0 : Double(documentsWithHits) / Double(documents)
  }

  /// Documents with at least one hit per 1,000 documents.
  public var documentsWithHitsPer1000: Double {
    documents == 0 ? 0 : Double(documentsWithHits) * 1000 / Double(documents)
  }

  /// The first masked examples of each category over all files.
  public var examples: [Example] {
    var kept: [PIICategory: Int] = [:]
    return files.flatMap(\.examples).filter { example in
      kept[example.category, default: 0] += 1
      return kept[example.category, default: 0] <= Self.examplesPerCategory
    }
  }
}

extension PIIScanReport {
  /// The keys of the stored fields, which decoding reads.
  enum CodingKeys: String, CodingKey {
    case schemaVersion, shard, shardCount, field, extraPatterns, snapshot, files
  }

  /// The totals over all files, written beside the stored fields so a script reads them
  /// without adding up `files`; decoding ignores them and recomputes them from `files`, so a
  /// result written before they existed still reads and an edited total cannot mislead.
  private enum TotalKeys: String, CodingKey {
    case documents, documentsWithHits, documentsWithHitsRate, hits
  }

  /// Writes the stored fields and the totals (`documents`, `documentsWithHits`, `hits` per
  /// category, `documentsWithHitsRate` as a fraction).
  public func encode(to encoder: any Encoder) throws {
    var stored = encoder.container(keyedBy: CodingKeys.self)
    try stored.encode(schemaVersion, forKey: .schemaVersion)
    try stored.encodeIfPresent(shard, forKey: .shard)
    try stored.encode(shardCount, forKey: .shardCount)
    try stored.encode(field, forKey: .field)
    try stored.encode(extraPatterns, forKey: .extraPatterns)
    try stored.encodeIfPresent(snapshot, forKey: .snapshot)
    try stored.encode(files, forKey: .files)
    var totals = encoder.container(keyedBy: TotalKeys.self)
    try totals.encode(documents, forKey: .documents)
    try totals.encode(documentsWithHits, forKey: .documentsWithHits)
    try totals.encode(documentsWithHitsRate, forKey: .documentsWithHitsRate)
    try totals.encode(hits, forKey: .hits)
  }
}
