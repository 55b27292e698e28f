import TollgateFormats

/// The documents of one corpus file gathered into one buffer, so that Hyperscan scans many of
/// them in one call and the bookkeeping per document shrinks to an offset and a line number.
///
/// Every Hyperscan call has a fixed cost, and so does every hit list and overlap check; with
/// documents of half a kilobyte, as in most corpora, the two were a fifth of a scan. Documents
/// are joined with a line feed, which no built-in pattern matches and at which every validator
/// stops as it does at the edge of a text (a line feed is no digit, letter, separator or Han
/// character), so the hits are exactly those of scanning each document alone; a test holds the
/// two to the same result. Card-added patterns may match a line feed (`\s`, `[^,]+`), so a
/// scanner with any of them gets batches of one document.
struct PIIDocumentBatch {
  /// About this many bytes are gathered before a scan: large enough that the call cost
  /// vanishes, small enough to stay in the core's L2 cache.
  static let targetBytes = 256 << 10

  private let limit: Int
  private var bytes: [UInt8] = []
  /// Where each document starts in `bytes`, and the line it came from.
  private var starts: [Int] = []
  private var lines: [Int] = []

  init(scanner: PIIScanner) {
    limit = scanner.extraPatterns.isEmpty ? Self.targetBytes : 0
    bytes.reserveCapacity(limit + 64 << 10)
  }

  var isEmpty: Bool { starts.isEmpty }

  /// Whether the batch holds enough to be scanned.
  var isFull: Bool { bytes.count >= limit }

  /// Copies `document` into the batch.
  mutating func append(_ document: CorpusDocument) {
    if !starts.isEmpty { bytes.append(0x0A) }
    starts.append(bytes.count)
    lines.append(document.line)
    bytes.append(contentsOf: document.bytes)
  }

  /// Scans the batch with `session`, adds what it found to `result`, hands each hit with its
  /// line and its offset in its document to `log` when there is one, and empties the batch.
  mutating func scan(
    with session: PIIScanSession, into result: inout PIIScanReport.FileResult,
    log: PIIHitFile? = nil
  ) throws {
    defer {
      bytes.removeAll(keepingCapacity: true)
      starts.removeAll(keepingCapacity: true)
      lines.removeAll(keepingCapacity: true)
    }
    let hits = bytes.withUnsafeBytes { session.hits(in: $0) }
    // Hits come sorted by offset, so one forward walk finds each hit's document.
    var document = 0
    var lastDocumentWithHits = -1
    for hit in hits {
      while document + 1 < starts.count && starts[document + 1] <= hit.byteOffset {
        document += 1
      }
      if document != lastDocumentWithHits {
        result.documentsWithHits += 1
        lastDocumentWithHits = document
      }
      result.record(hit, line: lines[document])
      try log?.append(hit, line: lines[document], offset: hit.byteOffset - starts[document])
    }
  }
}

extension PIIScanReport.FileResult {
  /// Counts `hit` and keeps it as an example while its category has fewer than
  /// `PIIScanReport.examplesPerCategory`.
  mutating func record(_ hit: PIIHit, line: Int) {
    let count = hits[hit.category, default: 0]
    hits[hit.category] = count + 1
    guard count < PIIScanReport.examplesPerCategory else { return }
    examples.append(
      PIIScanReport.Example(file: file, line: line, category: hit.category, masked: hit.masked))
  }
}
