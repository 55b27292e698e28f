/// A line the reader skipped, and why; the count stays trustworthy, minus that line.
public struct CorpusIssue: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Why a line was skipped.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The line's bytes are not UTF-8 (or a JSON `\u` escape is a lone surrogate).
    case invalidUTF8
    /// The line is not valid JSON.
    case invalidJSON
    /// The line is JSON but not an object (an array, a string, a number).
    case notAnObject
    /// The object lacks the field named by `--field`.
    case missingField
    /// The field is there but is not a string.
    case fieldNotString
    /// The line is longer than `CorpusReader.maximumLineBytes` (no line break for that long:
    /// not text); its bytes were passed over without being kept.
    case lineTooLong

    /// A byte count as `256 MiB` when it is whole mebibytes, else as `N bytes`.
    static func describeLimit(_ bytes: Int) -> String {
      bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? "\(bytes >> 20) MiB" : "\(bytes) bytes"
    }
  }

  public let kind: Kind
  /// The file as the user named it.
  public var file: String
  /// 1-based line number in the decompressed text.
  public let line: Int
  /// What exactly was wrong, for the message.
  public let detail: String

  public init(kind: Kind, file: String, line: Int, detail: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.detail = detail
  }

  /// `file:line: warning: detail`, as compilers print it.
  public var description: String { "\(file):\(line): warning: \(detail)" }
}

/// What reading one file found: documents, text bytes, and the lines it had to skip.
public struct CorpusReadSummary: Sendable, Hashable, Codable {
  /// How many issues are kept in full; the rest are only counted, so memory stays flat.
  public static let keptIssueLimit = 10

  /// The file as the user named it.
  public var file: String
  /// Documents handed to the callback (in this shard).
  public var documents: Int64 = 0
  /// UTF-8 bytes of those documents' text (after JSON unescaping, without line breaks).
  public var textBytes: Int64 = 0
  /// Lines read in all shards, blank ones included.
  public var lines: Int64 = 0
  /// Skipped lines of this shard, by kind.
  public var issueCounts: [CorpusIssue.Kind: Int64] = [:]
  /// The first `keptIssueLimit` skipped lines of this shard, in file order.
  public var firstIssues: [CorpusIssue] = []

  public init(file: String) { self.file = file }

  /// Skipped lines of all kinds.
  public var skippedLines: Int64 { issueCounts.values.reduce(0, +) }

  mutating func record(_ issue: CorpusIssue) {
    issueCounts[issue.kind, default: 0] += 1
    if firstIssues.count < Self.keptIssueLimit { firstIssues.append(issue) }
  }
}
