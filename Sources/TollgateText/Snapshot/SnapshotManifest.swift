import CCrypto
import Foundation
import TollgateCore
import TollgateFormats

/// A data snapshot: every file of a dataset with its size, content hash and record count, and an
/// id that is the hash of that list, so the same bytes always give the same id.
///
/// The id covers the files only (path, size, SHA-256, records, compression), not the name, the
/// date or the problems, so two people who snapshot the same data get the same id. A manifest
/// whose id does not match its files has been edited and is refused on load.
public struct SnapshotManifest: Sendable, Hashable, Codable {
  /// The manifest format this code writes and reads.
  public static let currentSchemaVersion = 1

  public var schemaVersion: Int
  /// The name given with `--name`.
  public var name: String
  /// SHA-256 (hex) of the canonical file list; see `computeID(of:)`.
  public var id: String
  /// When the snapshot was taken, ISO 8601 in UTC.
  public var createdAt: String
  /// The paths the snapshot was taken of, as given.
  public var roots: [String]
  /// The folder the snapshot was taken in, which relative `roots` start from, written relative
  /// to the manifest's own folder (`.` by default, `..` for `--out data/v1.manifest.json`), so
  /// the files are found again from wherever the manifest is read. Not part of the id; nil in
  /// manifests written before it was recorded.
  public var takenIn: String?
  /// Files sorted by path.
  public var files: [SnapshotFile]
  /// Files that could not be read or counted.
  public var problems: [SnapshotProblem]
  public var fileCount: Int
  public var totalBytes: Int64
  /// Records of the JSON Lines files (files without a count add nothing).
  public var totalRecords: Int64

  /// Builds a manifest from files in any order; sorts them and computes the id and totals.
  public init(
    name: String, createdAt: Date, roots: [String], files: [SnapshotFile],
    problems: [SnapshotProblem]
  ) {
    let sorted = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    self.schemaVersion = Self.currentSchemaVersion
    self.name = name
    self.id = Self.computeID(of: sorted)
    self.createdAt = Self.timestamp(createdAt)
    self.roots = roots
    self.files = sorted
    self.problems = problems.sorted { $0.path < $1.path }
    self.fileCount = sorted.count
    self.totalBytes = sorted.reduce(0) { $0 + $1.size }
    self.totalRecords = sorted.reduce(0) { $0 + ($1.records ?? 0) }
  }

  /// SHA-256 over one line per file, sorted by path in UTF-8 byte order:
  /// `path TAB size TAB sha256 TAB records-or-dash TAB compression LF`.
  public static func computeID(of files: [SnapshotFile]) -> String {
    let sorted = files.sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    let canonical = Array(sorted.map(\.canonicalLine).joined().utf8)
    var output = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
    _ = canonical.withUnsafeBufferPointer { SHA256($0.baseAddress, $0.count, &output) }
    return FileDigester.hex(output)
  }

  static func timestamp(_ date: Date) -> String {
    var formatter = Date.ISO8601FormatStyle()
    formatter.timeZone = TimeZone(identifier: "UTC") ?? .current
    return date.formatted(formatter)
  }

  /// The manifest as pretty, key-sorted JSON (stable bytes for review and diffs).
  public func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(self)
    data.append(0x0A)
    return data
  }

  /// Reads a manifest and checks that its id matches its files.
  ///
  /// - Throws: `TollgateError` `.unreadable` (missing file), `.malformed` (not a manifest), or
  ///   `.invalidContent` when the id does not match (the manifest was edited by hand).
  public static func load(from path: String) throws -> SnapshotManifest {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw TollgateError.file(
        .unreadable, path, "cannot read snapshot manifest",
        hint: "check the path; create one with `tollgate data snapshot PATH --name NAME`")
    }
    let manifest: SnapshotManifest
    do {
      manifest = try JSONDecoder().decode(SnapshotManifest.self, from: data)
    } catch {
      throw JSONDecodingFailure.error(
        error, data: data, path: path, what: "not a Tollgate snapshot manifest",
        hint: "pass a file written by `tollgate data snapshot`")
    }
    guard manifest.schemaVersion == currentSchemaVersion else {
      throw TollgateError.file(
        .malformed, path,
        "snapshot schemaVersion \(manifest.schemaVersion) is not supported "
          + "(expected \(currentSchemaVersion))",
        hint: "re-create the snapshot with this version of tollgate")
    }
    let computed = computeID(of: manifest.files)
    guard computed == manifest.id else {
      throw TollgateError.file(
        .invalidContent, path,
        "snapshot id does not match its file list (recorded \(manifest.id.prefix(12)), "
          + "computed \(computed.prefix(12))): the manifest was edited after it was written",
        hint: "never edit a manifest by hand; re-create it with `tollgate data snapshot`")
    }
    try manifest.checkTotals(path: path)
    return manifest
  }

  /// Checks that the totals agree with the file list; the id covers only the files, so an
  /// edited total would otherwise pass and mislead `data diff` and the data card.
  ///
  /// - Throws: `.invalidContent` naming each total that differs, recorded and computed.
  func checkTotals(path: String) throws {
    let computed: [(name: String, recorded: Int64, computed: Int64)] = [
      ("fileCount", Int64(fileCount), Int64(files.count)),
      ("totalBytes", totalBytes, files.reduce(0) { $0 + $1.size }),
      ("totalRecords", totalRecords, files.reduce(0) { $0 + ($1.records ?? 0) }),
    ]
    let wrong = computed.filter { $0.recorded != $0.computed }
      .map { "\($0.name) recorded \($0.recorded), computed \($0.computed)" }
    guard wrong.isEmpty else {
      throw TollgateError.file(
        .invalidContent, path,
        "snapshot totals do not match its file list (\(wrong.joined(separator: "; "))): "
          + "the manifest was edited after it was written",
        hint: "never edit a manifest by hand; re-create it with `tollgate data snapshot`")
    }
  }

}
