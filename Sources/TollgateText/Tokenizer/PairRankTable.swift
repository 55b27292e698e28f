/// Merge ranks keyed by the pair of token ids they join: `(left, right) -> (rank, merged id)`.
///
/// Open addressing with a multiplicative hash: BPE asks for a pair's rank once per adjacent pair
/// on every cache miss, and a `Dictionary` (SipHash) costs several times more per lookup.
struct PairRankTable: Sendable {
  /// A rank for pairs that do not merge; larger than any real rank.
  static let noMerge = UInt32.max

  private let keys: [UInt64]
  /// `rank << 32 | mergedID` per slot.
  private let values: [UInt64]
  private let mask: Int
  private static let empty = UInt64.max

  /// Builds the table from `(left, right, mergedID)` triples in rank order (rank = index).
  init(merges: [(left: Int32, right: Int32, merged: Int32)]) {
    var capacity = 16
    while capacity < merges.count * 2 { capacity <<= 1 }
    var keys = [UInt64](repeating: Self.empty, count: capacity)
    var values = [UInt64](repeating: 0, count: capacity)
    let mask = capacity - 1
    for (rank, merge) in merges.enumerated() {
      // A duplicated pair keeps its last rank: HF collects the merges into a map in order.
      let key = Self.key(merge.left, merge.right)
      var slot = Self.slot(of: key, mask: mask)
      while keys[slot] != Self.empty && keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = UInt64(rank) << 32 | UInt64(UInt32(bitPattern: merge.merged))
    }
    self.keys = keys
    self.values = values
    self.mask = mask
  }

  /// The rank and merged id of `(left, right)`, or `(noMerge, -1)`.
  @inline(__always)
  func lookup(_ left: Int32, _ right: Int32) -> (rank: UInt32, merged: Int32) {
    let key = Self.key(left, right)
    return keys.withUnsafeBufferPointer { keys in
      var slot = Self.slot(of: key, mask: mask)
      while true {
        let found = keys[slot]
        if found == key {
          let value = values[slot]
          return (UInt32(truncatingIfNeeded: value >> 32), Int32(truncatingIfNeeded: value))
        }
        if found == Self.empty { return (Self.noMerge, -1) }
        slot = (slot + 1) & mask
      }
    }
  }

  @inline(__always)
  private static func key(_ left: Int32, _ right: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: left)) << 32 | UInt64(UInt32(bitPattern: right))
  }

  @inline(__always)
  private static func slot(of key: UInt64, mask: Int) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
  }
}
