/// One file of a data snapshot: where it is, how big, its content hash, and its record count.
public struct SnapshotFile: Sendable, Hashable, Codable {
  /// Path relative to the snapshot, `/`-separated, starting with the root's own name.
  public var path: String
  /// Size in bytes on disk (compressed size for .gz / .zst).
  public var size: Int64
  /// SHA-256 of the bytes on disk, lower-case hex.
  public var sha256: String
  /// MD5 of the bytes on disk, lower-case hex, as DVC 3 records it; only with `--dvc`.
  public var md5: String?
  /// Non-blank lines of a JSON Lines file (after decompression); nil for other files.
  public var records: Int64?
  /// `none`, `gzip` or `zstd`, from the file name.
  public var compression: String

  public init(
    path: String, size: Int64, sha256: String, md5: String? = nil, records: Int64? = nil,
    compression: String
  ) {
    self.path = path
    self.size = size
    self.sha256 = sha256
    self.md5 = md5
    self.records = records
    self.compression = compression
  }

  /// The line this file contributes to the snapshot id: path, size, hash, records, compression.
  var canonicalLine: String {
    "\(path)\t\(size)\t\(sha256)\t\(records.map(String.init) ?? "-")\t\(compression)\n"
  }
}

/// A file the snapshot could not include, and why; listed in the result instead of failing it.
public struct SnapshotProblem: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Why the file is not (fully) in the snapshot.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A symbolic link whose target does not exist.
    case brokenSymlink
    /// The file or folder exists but may not be read.
    case permissionDenied
    /// The file was listed but was gone when it was read.
    case vanished
    /// Reading failed for another reason (I/O error, a special file).
    case unreadable
    /// The file was hashed but its records could not be counted (damaged .gz / .zst).
    case damagedCompression
    /// The file's size or modification time changed while it was hashed, or fewer or more
    /// bytes were read than it held at the start: its hash would be of no state it was ever in.
    case changedWhileRead

    /// The kind in words, for messages (`permission denied`).
    public var words: String {
      switch self {
      case .brokenSymlink: "broken symlink"
      case .permissionDenied: "permission denied"
      case .vanished: "gone before it was read"
      case .unreadable: "cannot be read"
      case .damagedCompression: "damaged compression"
      case .changedWhileRead: "changed while it was read"
      }
    }
  }

  public var kind: Kind
  /// The path as the snapshot would name it.
  public var path: String
  /// What happened, from the operating system or the decompressor.
  public var detail: String

  public init(kind: Kind, path: String, detail: String) {
    self.kind = kind
    self.path = path
    self.detail = detail
  }

  /// `path: kind in words: detail`, the detail left out when it only repeats the kind.
  public var description: String {
    detail.lowercased() == kind.words
      ? "\(path): \(kind.words)" : "\(path): \(kind.words): \(detail)"
  }
}
