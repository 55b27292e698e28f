import TollgateCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a corpus file holds its documents.
public enum CorpusFormat: String, Sendable, Hashable, Codable {
  /// Plain text, one document per line (the line break and a trailing `\r` are not part of it).
  case text
  /// JSON Lines: one object per line, the document is the string at the `--field` path.
  case jsonLines

  /// The format a file name implies once `.gz` / `.zst` is removed: `.jsonl`, `.ndjson` and
  /// `.json` are JSON Lines, anything else is text.
  public init(fileName: String) {
    var name = Substring(fileName)
    for suffix in [".gz", ".zst", ".zstd"] where name.hasSuffix(suffix) {
      name = name.dropLast(suffix.count)
    }
    let isJSON = [".jsonl", ".ndjson", ".json"].contains { name.hasSuffix($0) }
    self = isJSON ? .jsonLines : .text
  }
}

/// Streams the documents of one corpus file (.txt, .jsonl, optionally .gz or .zst compressed).
///
/// Memory stays flat however large the file: it is read in one-megabyte chunks and a document is
/// lent to the caller as bytes in the read buffer. Blank lines are not documents. A line that
/// cannot be a document (invalid UTF-8, not JSON, not an object, field missing or not a string)
/// is recorded in the summary and skipped; a damaged compressed stream is an error, since what
/// follows the damage is unknown.
public struct CorpusReader: Sendable {
  /// The file as the user named it.
  public let path: String
  /// The JSON field path (dots for nesting); ignored for text files.
  public let field: String
  public let format: CorpusFormat
  public let compression: CorpusCompression
  /// The part of the file this reader hands out.
  public let shard: CorpusShard
  /// Whether a field holding an array is read as the strings in it, one per line (model
  /// answers in evaluation logs); otherwise such a line is skipped as not a string.
  public let joinsStringArrays: Bool
  /// The longest line kept; `maximumLineBytes` except in tests.
  let lineLimit: Int

  /// The longest line read as a document: 256 MiB.
  ///
  /// A line is held in memory whole until its line break, so without a limit a file with no
  /// line breaks (a disk image, zeros, a binary named `.jsonl`) is read into memory entire and
  /// can exhaust it. No single document of a training corpus comes near 256 MiB (a whole book
  /// is a few MiB), so a longer line is not text: its bytes are passed over without being kept
  /// and the line is skipped with a `lineTooLong` issue.
  public static let maximumLineBytes = 256 << 20

  /// Creates a reader; format and compression follow the file name unless given.
  public init(
    path: String, field: String = "text", format: CorpusFormat? = nil,
    compression: CorpusCompression? = nil, shard: CorpusShard = .whole,
    joinsStringArrays: Bool = false
  ) {
    self.init(
      path: path, field: field, format: format, compression: compression, shard: shard,
      joinsStringArrays: joinsStringArrays, lineLimit: Self.maximumLineBytes)
  }

  /// Creates a reader with another line limit (tests use a small one).
  init(
    path: String, field: String = "text", format: CorpusFormat? = nil,
    compression: CorpusCompression? = nil, shard: CorpusShard = .whole,
    joinsStringArrays: Bool = false, lineLimit: Int
  ) {
    self.path = path
    self.field = field
    self.format = format ?? CorpusFormat(fileName: path)
    self.compression = compression ?? CorpusCompression(fileName: path)
    self.shard = shard
    self.joinsStringArrays = joinsStringArrays
    self.lineLimit = max(1, lineLimit)
  }

  /// Calls `body` with each document of this reader's shard, in file order.
  ///
  /// - Returns: counts of documents, bytes and skipped lines.
  /// - Throws: `TollgateError` when the file cannot be read or its compression is damaged or
  ///   truncated; whatever `body` throws, which stops reading.
  public func forEachDocument(_ body: (CorpusDocument) throws -> Void) throws
    -> CorpusReadSummary
  {
    // The splitter keeps `body` only for the duration of this call.
    try withoutActuallyEscaping(body) { body in
      var splitter = LineSplitter(reader: self, body: body)
      try CorpusByteStream(path: path, compression: compression).forEachChunk { chunk in
        try splitter.consume(chunk)
      }
      try splitter.finish()
      return splitter.summary
    }
  }
}

/// Cuts decompressed chunks into lines and turns each line into a document or an issue.
private struct LineSplitter {
  let reader: CorpusReader
  let body: (CorpusDocument) throws -> Void
  var summary: CorpusReadSummary
  var extractor: JSONFieldExtractor
  /// The start of a line that continues in the next chunk.
  var carry: [UInt8] = []
  /// While a line longer than the limit is passed over: its bytes so far (none are kept).
  var droppedBytes: Int64?
  var lineNumber = 0
  var lineOffset: Int64 = 0
  var ordinal = 0

  init(reader: CorpusReader, body: @escaping (CorpusDocument) throws -> Void) {
    self.reader = reader
    self.body = body
    summary = CorpusReadSummary(file: reader.path)
    extractor = JSONFieldExtractor(
      field: reader.field, joinsStringArrays: reader.joinsStringArrays)
  }

  mutating func consume(_ chunk: UnsafeBufferPointer<UInt8>) throws {
    guard let base = chunk.baseAddress else { return }
    let limit = reader.lineLimit
    var start = 0
    while start < chunk.count {
      let found = memchr(base + start, 0x0A, chunk.count - start)
      let end = found.map { UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) - base }
      let pieceCount = (end ?? chunk.count) - start
      if let dropped = droppedBytes {
        // The rest of an overlong line: count its bytes up to the line break, keep none.
        guard let end else {
          droppedBytes = dropped + Int64(pieceCount)
          return
        }
        droppedBytes = nil
        try skipLongLine(length: dropped + Int64(pieceCount), terminatorLength: 1)
        start = end + 1
        continue
      }
      guard let end else {
        if carry.count + pieceCount > limit {
          droppedBytes = Int64(carry.count + pieceCount)
          carry = []
        } else {
          carry.append(contentsOf: chunk[start...])
        }
        return
      }
      let piece = UnsafeBufferPointer(rebasing: chunk[start..<end])
      if carry.count + pieceCount > limit {
        let length = Int64(carry.count + pieceCount)
        carry = []
        try skipLongLine(length: length, terminatorLength: 1)
      } else if carry.isEmpty {
        try handleLine(piece, terminatorLength: 1)
      } else {
        carry.append(contentsOf: piece)
        let joined = carry
        carry.removeAll(keepingCapacity: true)
        try joined.withUnsafeBufferPointer { try handleLine($0, terminatorLength: 1) }
      }
      start = end + 1
    }
  }

  /// Handles a last line that has no line break.
  mutating func finish() throws {
    if let dropped = droppedBytes {
      droppedBytes = nil
      return try skipLongLine(length: dropped, terminatorLength: 0)
    }
    guard !carry.isEmpty else { return }
    let last = carry
    carry = []
    try last.withUnsafeBufferPointer { try handleLine($0, terminatorLength: 0) }
  }

  /// Counts a line longer than the limit, whose bytes were passed over, as skipped: it keeps
  /// its line number and ordinal (so the lines after it keep theirs) and is never a document.
  private mutating func skipLongLine(length: Int64, terminatorLength: Int) throws {
    lineNumber += 1
    summary.lines += 1
    lineOffset += length + Int64(terminatorLength)
    let lineOrdinal = ordinal
    ordinal += 1
    guard reader.shard.contains(ordinal: lineOrdinal) else { return }
    record(
      .lineTooLong,
      "the line is longer than \(CorpusIssue.Kind.describeLimit(reader.lineLimit)) "
        + "(\(length) bytes); skipped")
  }

  private mutating func handleLine(
    _ raw: UnsafeBufferPointer<UInt8>, terminatorLength: Int
  ) throws {
    lineNumber += 1
    summary.lines += 1
    var offset = lineOffset
    lineOffset += Int64(raw.count + terminatorLength)
    var line = raw
    if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
    // A byte-order mark (EF BB BF) before the first line, as Windows tools write, marks the
    // file as UTF-8 and is no part of the text: JSON would not parse with it.
    if lineNumber == 1, line.count >= 3, line[0] == 0xEF, line[1] == 0xBB, line[2] == 0xBF {
      line = UnsafeBufferPointer(rebasing: line.dropFirst(3))
      offset += 3
    }
    guard !isBlank(line) else { return }
    let lineOrdinal = ordinal
    ordinal += 1
    guard reader.shard.contains(ordinal: lineOrdinal) else { return }
    guard UTF8Validation.isValid(line) else {
      return record(.invalidUTF8, "the line is not valid UTF-8; skipped")
    }
    switch reader.format {
    case .text:
      try deliver(line, offset: offset, ordinal: lineOrdinal)
    case .jsonLines:
      try deliverField(of: line, offset: offset, ordinal: lineOrdinal)
    }
  }

  private mutating func deliverField(
    of line: UnsafeBufferPointer<UInt8>, offset: Int64, ordinal: Int
  ) throws {
    switch extractor.extract(from: line) {
    case .inLine(let range):
      try deliver(UnsafeBufferPointer(rebasing: line[range]), offset: offset, ordinal: ordinal)
    case .decoded:
      let text = extractor.decoded
      try text.withUnsafeBufferPointer { try deliver($0, offset: offset, ordinal: ordinal) }
    case .missing:
      record(.missingField, "the object has no field \"\(reader.field)\"; skipped")
    case .notString(let kind):
      record(
        .fieldNotString,
        reader.field == JSONFieldExtractor.everyString
          ? "the record holds no string value; skipped"
          : "the field \"\(reader.field)\" holds \(kind), not a string; skipped")
    case .notAnObject:
      record(.notAnObject, "the line is JSON but not an object; skipped")
    case .invalidJSON(let detail):
      record(.invalidJSON, "the line is not valid JSON (\(detail)); skipped")
    case .loneSurrogate:
      record(.invalidUTF8, "the field has a \\u escape of a lone surrogate; skipped")
    }
  }

  private mutating func deliver(
    _ text: UnsafeBufferPointer<UInt8>, offset: Int64, ordinal: Int
  ) throws {
    summary.documents += 1
    summary.textBytes += Int64(text.count)
    try body(
      CorpusDocument(
        bytes: text, file: reader.path, line: lineNumber, byteOffset: offset, ordinal: ordinal))
  }

  private mutating func record(_ kind: CorpusIssue.Kind, _ detail: String) {
    summary.record(CorpusIssue(kind: kind, file: reader.path, line: lineNumber, detail: detail))
  }

  /// Text lines are blank when empty; JSON lines when only JSON whitespace.
  private func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    switch reader.format {
    case .text: return line.isEmpty
    case .jsonLines: return line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
  }
}
