import Foundation
import TollgateCore

/// Every hit of a scan, masked, one JSON object per line (`data scan --hits FILE`): where each
/// one is, so a team can find what to de-identify without a detector of its own.
///
/// Each corpus file's hits go to a file of their own in `folder` while the workers scan, in
/// line order since a file is then scanned by one worker; `PIIHitLog.concatenate` joins them
/// in corpus order. Memory stays flat however many hits there are.
public struct PIIHitLog: Sendable {
  /// One hit as the log writes it.
  public struct Record: Sendable, Hashable, Codable {
    /// The corpus file, as the user named it.
    public var file: String
    /// 1-based line of the document in the (decompressed) file.
    public var line: Int
    public var category: PIICategory
    /// Where the hit starts in the document's text, in UTF-8 bytes: the line for text files,
    /// the field's decoded string for JSON Lines.
    public var offset: Int
    public var length: Int
    public var masked: String
  }

  /// The folder the per-file logs are written to (a fresh temporary folder).
  public var folder: URL
  /// The corpus files as the user named them, in the scan's order.
  public var names: [String]

  public init(folder: URL, names: [String]) {
    self.folder = folder
    self.names = names
  }

  /// Every part the scan may write, for removal when it is interrupted.
  public var partPaths: [String] { names.indices.map { url(ofFile: $0).path } }

  /// The part holding the hits of the corpus file at `index`.
  public func url(ofFile index: Int) -> URL { folder.appendingPathComponent("\(index).jsonl") }

  /// Joins the per-file logs, in corpus order, into `handle`.
  public func concatenate(into handle: FileHandle) throws {
    for index in names.indices {
      let url = url(ofFile: index)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      let reader = try FileHandle(forReadingFrom: url)
      defer { try? reader.close() }
      while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
        try handle.write(contentsOf: chunk)
      }
    }
  }
}

/// The hits of one corpus file, buffered and appended to its log.
final class PIIHitFile {
  private let handle: FileHandle
  private let name: String
  private var buffer = Data()
  private let encoder = JSONEncoder()
  private var isClosed = false

  init(_ log: PIIHitLog, index: Int) throws {
    let url = log.url(ofFile: index)
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw TollgateError(
        .writeFailed, "could not write the hit log's part \(url.path)",
        hint: "check that the folder of --hits is writable and the disk has space")
    }
    handle = try FileHandle(forWritingTo: url)
    name = log.names[index]
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  }

  func append(_ hit: PIIHit, line: Int, offset: Int) throws {
    let record = PIIHitLog.Record(
      file: name, line: line, category: hit.category, offset: offset, length: hit.byteLength,
      masked: hit.masked)
    buffer.append(try encoder.encode(record))
    buffer.append(0x0A)
    if buffer.count >= 1 << 20 { try flush() }
  }

  /// Writes what is buffered and closes the file; once, whatever calls it again.
  func close() throws {
    guard !isClosed else { return }
    isClosed = true
    try flush()
    try handle.close()
  }

  private func flush() throws {
    guard !buffer.isEmpty else { return }
    try handle.write(contentsOf: buffer)
    buffer.removeAll(keepingCapacity: true)
  }
}
