/// What a PII scan of the training corpus found, in the figures step 3 of the decision path
/// judges against `data.deidentification.max_pii_rate`.
///
/// Core reads no files and knows no scanner: the command line turns a scan result
/// (`tollgate data scan --json`, a data card, or its own scan of `data.corpus`) into this value.
public struct PIIScanSummary: Sendable, Hashable {
  /// Documents the scan read.
  public var documents: Int64
  /// Documents with at least one validated hit; the rate step 3 judges is this over `documents`.
  public var documentsWithHits: Int64
  /// Hits per category name (`resident_id`, `mobile_phone`, `custom:contract`...).
  public var hits: [String: Int64]
  /// Where the figures come from, as a reader would name it (a file, or the card's corpus).
  public var source: String
  /// `I/N` when the scan covered one shard of the corpus only (`data scan --shard`); its rate
  /// then stands for that share of the documents, not the corpus.
  public var shard: String?
  /// The id of the snapshot whose files the scan read after checking them byte for byte
  /// (`data scan --snapshot`, or `decide` scanning the card's `data.snapshot`); nil for a scan
  /// of paths, whose files may have changed since.
  public var snapshotID: String?
  /// Where the scan came from, which decides how the next action has the user scan again.
  public var origin: Origin
  /// Lines the scan could not read as a document (not UTF-8, not JSON, no such field...):
  /// personal data in them is not counted, so step 3 holds the worst case against the card.
  public var skippedLines: Int64 = 0
  /// Why the scan does not cover the data the card trains on, when the command line found that
  /// it does not (a scan of paths beside a taken snapshot, corpus files the snapshot lacks),
  /// and what to do: with a threshold, step 3 then waits for a scan that does.
  public var coverageGap: CoverageGap?
  /// Records that still hold a field the card says is excluded
  /// (`data.deidentification.excluded_fields`), by field, when `decide` read the files itself;
  /// the PII scan reads one field, so personal data in these is not in its figures.
  public var excludedFieldsPresent: [String: Int64] = [:]

  /// A scan that does not cover the data to train on: why, and what to do, in the verdict's
  /// language.
  public struct CoverageGap: Sendable, Hashable {
    public var reason: String
    public var fix: String

    public init(reason: String, fix: String) {
      self.reason = reason
      self.fix = fix
    }
  }

  /// Where a scan came from.
  public enum Origin: Sendable, Hashable {
    /// A file the user gave (`--pii-scan`): scanning again means writing a new one.
    case file
    /// `tollgate decide`'s own scan of the card's `data.corpus`: running `decide` again scans
    /// again.
    case cardCorpus
    /// `tollgate decide`'s own scan of the card's `data.snapshot`: the data has to be
    /// snapshotted again after masking, then `decide` scans the new snapshot.
    case cardSnapshot
  }

  public init(
    documents: Int64, documentsWithHits: Int64, hits: [String: Int64], source: String,
    shard: String? = nil, origin: Origin = .file
  ) {
    self.documents = documents
    self.documentsWithHits = documentsWithHits
    self.hits = hits
    self.source = source
    self.shard = shard
    self.origin = origin
  }

  /// Documents with hits over documents scanned; nil when the scan read no document.
  public var rate: Double? {
    documents > 0 ? Double(documentsWithHits) / Double(documents) : nil
  }

  /// The rate if every skipped line were a document with personal data: the most the scan's
  /// blind spot can hide. Nil when the scan read no line at all.
  public var worstCaseRate: Double? {
    let lines = documents + skippedLines
    return lines > 0 ? Double(documentsWithHits + skippedLines) / Double(lines) : nil
  }

  /// Categories with their hit counts, most hits first (ties by name), for the reasons.
  var categoriesByCount: [(name: String, hits: Int64)] {
    hits.filter { $0.value > 0 }.map { (name: $0.key, hits: $0.value) }
      .sorted { $0.hits != $1.hits ? $0.hits > $1.hits : $0.name < $1.name }
  }
}
