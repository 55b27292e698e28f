import TollgateCore

/// One of `count` disjoint parts of a corpus, chosen by document ordinal within each file.
///
/// Non-blank line `k` of every file belongs to shard `k % count`, so shards are balanced, every
/// line (document or bad line) belongs to exactly one shard, and adding the shards' counts gives
/// the whole corpus exactly. Keying on the ordinal within a file (not a global index) keeps the
/// files independent, so a shard still reads its files in parallel.
public struct CorpusShard: Sendable, Hashable, Codable, CustomStringConvertible {
  /// 0-based shard index, below `count`.
  public let index: Int
  /// How many shards the corpus is split into.
  public let count: Int

  /// The whole corpus as one shard.
  public static let whole = CorpusShard(uncheckedIndex: 0, count: 1)

  private init(uncheckedIndex index: Int, count: Int) {
    self.index = index
    self.count = count
  }

  /// Creates shard `index` of `count`; throws a usage error unless `0 <= index < count`.
  public init(index: Int, count: Int) throws {
    guard count >= 1, index >= 0, index < count else {
      throw TollgateError(
        .usage, "shard \(index)/\(count) is out of range",
        hint: "use --shard I/N with 0 <= I < N, e.g. --shard 0/4 ... --shard 3/4")
    }
    self.init(uncheckedIndex: index, count: count)
  }

  /// Parses `I/N` as written on the command line (`--shard 3/8`).
  public init(parsing text: String) throws {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
      throw TollgateError(
        .usage, "cannot read shard \"\(text)\"",
        hint: "write the shard as I/N, e.g. --shard 0/4 for the first of four shards")
    }
    try self.init(index: index, count: count)
  }

  /// Whether the line with this 0-based ordinal belongs to this shard.
  @inline(__always)
  public func contains(ordinal: Int) -> Bool { count == 1 || ordinal % count == index }

  /// `I/N`.
  public var description: String { "\(index)/\(count)" }
}
