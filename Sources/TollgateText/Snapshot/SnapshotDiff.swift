/// What changed between two snapshots: files added, removed and changed, and record deltas.
public struct SnapshotDiff: Sendable, Hashable, Codable {
  /// A file present in both snapshots with different content.
  public struct Change: Sendable, Hashable, Codable {
    public var path: String
    public var sizeBefore: Int64
    public var sizeAfter: Int64
    public var recordsBefore: Int64?
    public var recordsAfter: Int64?

    /// Records after minus before; nil when either side has no count.
    public var recordDelta: Int64? {
      guard let recordsBefore, let recordsAfter else { return nil }
      return recordsAfter - recordsBefore
    }
  }

  public var fromID: String
  public var toID: String
  public var added: [SnapshotFile]
  public var removed: [SnapshotFile]
  public var changed: [Change]
  public var unchangedCount: Int
  /// Total records after minus before.
  public var recordDelta: Int64
  /// Total bytes after minus before.
  public var byteDelta: Int64

  /// Compares `before` with `after` by path.
  public init(from before: SnapshotManifest, to after: SnapshotManifest) {
    let old = Dictionary(
      before.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    let new = Dictionary(after.files.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    fromID = before.id
    toID = after.id
    added = after.files.filter { old[$0.path] == nil }
    removed = before.files.filter { new[$0.path] == nil }
    changed = after.files.compactMap { file in
      guard let previous = old[file.path], previous.sha256 != file.sha256 else { return nil }
      return Change(
        path: file.path, sizeBefore: previous.size, sizeAfter: file.size,
        recordsBefore: previous.records, recordsAfter: file.records)
    }
    unchangedCount = after.files.count - added.count - changed.count
    recordDelta = after.totalRecords - before.totalRecords
    byteDelta = after.totalBytes - before.totalBytes
  }

  /// Whether the two snapshots hold the same files with the same bytes.
  public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}
