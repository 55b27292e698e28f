/// Remembers the ids of words already encoded, so repeated words skip the merges.
///
/// Natural text repeats a small set of words, so most words hit the cache. The table has a fixed
/// number of slots; when half are used it starts afresh, which keeps memory flat on any corpus.
struct WordCache {
  private struct Slot {
    var hash: UInt64 = 0
    var keyStart: Int32 = -1
    var keyLength: Int32 = 0
    var idStart: Int32 = 0
    var idCount: Int32 = 0
  }

  /// Words longer than this are not cached: they rarely repeat and would fill the arena.
  static let maximumWordLength = 64

  private var slots: [Slot]
  private var keys: [UInt8] = []
  private(set) var ids: [Int32] = []
  private var used = 0
  private let mask: Int

  init(slotCount: Int = 1 << 17) {
    slots = [Slot](repeating: Slot(), count: slotCount)
    mask = slotCount - 1
    keys.reserveCapacity(slotCount * 4)
    ids.reserveCapacity(slotCount * 2)
  }

  /// The range in `ids` of a cached word, or nil.
  @inline(__always)
  func lookup(_ word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Range<Int>? {
    var index = Int(truncatingIfNeeded: hash) & mask
    return slots.withUnsafeBufferPointer { slots in
      while true {
        let slot = slots[index]
        if slot.keyStart < 0 { return nil }
        if slot.hash == hash && Int(slot.keyLength) == word.count
          && keysEqual(start: Int(slot.keyStart), word)
        {
          return Int(slot.idStart)..<Int(slot.idStart + slot.idCount)
        }
        index = (index + 1) & mask
      }
    }
  }

  /// Stores a word's ids (copying both).
  mutating func insert(
    _ word: UnsafeBufferPointer<UInt8>, hash: UInt64, ids wordIDs: ArraySlice<Int32>
  ) {
    if used * 2 >= slots.count || keys.count > Int(Int32.max) / 2 { reset() }
    var index = Int(truncatingIfNeeded: hash) & mask
    while slots[index].keyStart >= 0 { index = (index + 1) & mask }
    slots[index] = Slot(
      hash: hash, keyStart: Int32(keys.count), keyLength: Int32(word.count),
      idStart: Int32(ids.count), idCount: Int32(wordIDs.count))
    keys.append(contentsOf: word)
    ids.append(contentsOf: wordIDs)
    used += 1
  }

  private mutating func reset() {
    for index in slots.indices { slots[index] = Slot() }
    keys.removeAll(keepingCapacity: true)
    ids.removeAll(keepingCapacity: true)
    used = 0
  }

  @inline(__always)
  private func keysEqual(start: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    keys.withUnsafeBufferPointer { keys in
      for offset in 0..<word.count where keys[start + offset] != word[offset] { return false }
      return true
    }
  }

  /// A 64-bit hash of a short byte string, eight bytes per multiply (not for security).
  @inline(__always)
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    guard let base = word.baseAddress else { return 0x243F_6A88_85A3_08D3 }
    let raw = UnsafeRawPointer(base)
    var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(word.count)
    var offset = 0
    while offset + 8 <= word.count {
      hash =
        (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
      offset += 8
    }
    if offset < word.count {
      var tail: UInt64 = 0
      for index in offset..<word.count {
        tail |= UInt64(base[index]) << (8 * UInt64(index - offset))
      }
      hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
      hash ^= hash >> 29
    }
    hash = (hash ^ (hash >> 32)) &* 0xD6E8_FEB8_6659_FD93
    return hash ^ (hash >> 32)
  }
}
