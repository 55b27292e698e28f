import TollgateCore

/// A BPE vocabulary with its merges, ready to turn one pre-tokenized word into ids.
///
/// Merges are applied lowest rank first, leftmost first among equal ranks, which is the order HF
/// `tokenizers` produces with its priority queue. Short words use a linear scan over the pairs;
/// long ones (a whole SentencePiece document is one word) a heap over a linked list.
struct BPEModel: Sendable {
  /// Token strings by id, for decoding and messages.
  let tokens: [String]
  /// Whether words arrive as raw bytes to be mapped through the byte-level alphabet.
  let isByteLevel: Bool
  let ranks: PairRankTable
  /// Id of each byte's byte-level character (byte-level models), or -1.
  let byteIDs: [Int32]
  /// Id of each single-scalar token (SentencePiece-style models).
  let scalarIDs: [UInt32: Int32]
  /// Id of `<0xXX>` per byte when byte fallback is on, else empty.
  let byteFallbackIDs: [Int32]
  let unknownID: Int32?
  let fuseUnknown: Bool
  /// Whole words that skip the merges (`ignore_merges`), keyed by their raw bytes.
  let wholeWordIDs: [[UInt8]: Int32]?

  /// Builds the model; `path` names the tokenizer file in errors.
  init(_ configuration: BPEConfiguration, isByteLevel: Bool, path: String) throws {
    let vocabulary = configuration.vocabulary
    tokens = try Self.tokensByID(vocabulary, path: path)
    self.isByteLevel = isByteLevel
    ranks = PairRankTable(merges: try Self.resolveMerges(configuration, path: path))
    byteIDs = ByteLevelAlphabet.scalarOfByte.map { vocabulary[Array(String($0).utf8)] ?? -1 }
    var scalarIDs: [UInt32: Int32] = [:]
    for (token, id) in vocabulary where !token.isEmpty && token.count <= 4 {
      let (value, length) = token.withUnsafeBufferPointer {
        decodeScalar($0.baseAddress.unsafelyUnwrapped, 0, $0.count)
      }
      if length == token.count { scalarIDs[value] = id }
    }
    self.scalarIDs = scalarIDs
    if configuration.byteFallback {
      let fallback = (0..<256).map {
        vocabulary[Array(Self.byteFallbackToken(UInt8($0)).utf8)] ?? -1
      }
      byteFallbackIDs = fallback.contains(-1) ? [] : fallback
    } else {
      byteFallbackIDs = []
    }
    unknownID = configuration.unknownToken.flatMap { vocabulary[$0] }
    fuseUnknown = configuration.fuseUnknown
    wholeWordIDs =
      configuration.ignoreMerges
      ? Self.rawWordIDs(vocabulary, isByteLevel: isByteLevel) : nil
  }

  /// `<0x0A>`: how SentencePiece vocabularies name a raw byte.
  static func byteFallbackToken(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "<0x\(hex.count == 1 ? "0" + hex : hex)>"
  }

  // MARK: - Encoding one word

  /// Appends the ids of `word` to `output`.
  func encodeWord(
    _ word: UnsafeBufferPointer<UInt8>, into output: inout [Int32], scratch: inout BPEScratch
  ) {
    if let wholeWordIDs, let id = wholeWordIDs[Array(word)] {
      output.append(id)
      return
    }
    scratch.symbols.removeAll(keepingCapacity: true)
    if isByteLevel {
      appendByteSymbols(of: word, to: &scratch.symbols)
    } else {
      appendScalarSymbols(of: word, to: &scratch.symbols)
    }
    if scratch.symbols.count > 48 {
      mergeWithHeap(&scratch)
    } else {
      mergeLinear(&scratch.symbols)
    }
    output.append(contentsOf: scratch.symbols)
  }

  func appendByteSymbols(of word: UnsafeBufferPointer<UInt8>, to symbols: inout [Int32]) {
    var isAfterUnknown = false
    for byte in word {
      let id = byteIDs[Int(byte)]
      if id >= 0 {
        symbols.append(id)
        isAfterUnknown = false
      } else if let unknownID, !(fuseUnknown && isAfterUnknown) {
        symbols.append(unknownID)
        isAfterUnknown = true
      }
    }
  }

  func appendScalarSymbols(of word: UnsafeBufferPointer<UInt8>, to symbols: inout [Int32]) {
    guard let base = word.baseAddress else { return }
    var index = 0
    var isAfterUnknown = false
    while index < word.count {
      let (value, length) = decodeScalar(base, index, word.count)
      defer { index += length }
      if let id = scalarIDs[value] {
        symbols.append(id)
        isAfterUnknown = false
      } else if !byteFallbackIDs.isEmpty {
        for offset in 0..<length { symbols.append(byteFallbackIDs[Int(base[index + offset])]) }
        isAfterUnknown = false
      } else if let unknownID, !(fuseUnknown && isAfterUnknown) {
        symbols.append(unknownID)
        isAfterUnknown = true
      }
    }
  }

  /// Repeatedly merges the lowest-ranked adjacent pair (leftmost on ties); O(n^2) for short n.
  func mergeLinear(_ symbols: inout [Int32]) {
    guard symbols.count > 1 else { return }
    let kept = symbols.withUnsafeMutableBufferPointer { symbols -> Int in
      var count = symbols.count
      while count > 1 {
        var bestRank = PairRankTable.noMerge
        var bestIndex = -1
        var bestMerged: Int32 = -1
        for index in 0..<(count - 1) {
          let (rank, merged) = ranks.lookup(symbols[index], symbols[index + 1])
          if rank < bestRank {
            bestRank = rank
            bestIndex = index
            bestMerged = merged
          }
        }
        guard bestIndex >= 0 else { break }
        symbols[bestIndex] = bestMerged
        for index in (bestIndex + 1)..<(count - 1) { symbols[index] = symbols[index + 1] }
        count -= 1
      }
      return count
    }
    symbols.removeLast(symbols.count - kept)
  }

  /// The same merges with a heap of candidate pairs; each pop is checked against the current
  /// pair (a rank names exactly one pair, so an equal rank means the pair is still there).
  func mergeWithHeap(_ scratch: inout BPEScratch) {
    let count = scratch.symbols.count
    guard count > 1 else { return }
    scratch.next.removeAll(keepingCapacity: true)
    scratch.previous.removeAll(keepingCapacity: true)
    scratch.heap.removeAll(keepingCapacity: true)
    for index in 0..<count {
      scratch.next.append(Int32(index + 1 < count ? index + 1 : -1))
      scratch.previous.append(Int32(index - 1))
    }
    for index in 0..<(count - 1) {
      let rank = ranks.lookup(scratch.symbols[index], scratch.symbols[index + 1]).rank
      if rank != PairRankTable.noMerge { scratch.heap.push(rank: rank, position: index) }
    }
    while let (rank, position) = scratch.heap.pop() {
      let right = Int(scratch.next[position])
      guard scratch.previous[position] != -2, right >= 0 else { continue }
      let (currentRank, merged) = ranks.lookup(scratch.symbols[position], scratch.symbols[right])
      guard currentRank == rank else { continue }
      scratch.symbols[position] = merged
      let afterRight = scratch.next[right]
      scratch.next[position] = afterRight
      if afterRight >= 0 { scratch.previous[Int(afterRight)] = Int32(position) }
      scratch.previous[right] = -2  // removed
      let left = Int(scratch.previous[position])
      if left >= 0 {
        let leftRank = ranks.lookup(scratch.symbols[left], merged).rank
        if leftRank != PairRankTable.noMerge { scratch.heap.push(rank: leftRank, position: left) }
      }
      if afterRight >= 0 {
        let rightRank = ranks.lookup(merged, scratch.symbols[Int(afterRight)]).rank
        if rightRank != PairRankTable.noMerge {
          scratch.heap.push(rank: rightRank, position: position)
        }
      }
    }
    var kept: [Int32] = []
    kept.reserveCapacity(count)
    var index = 0
    while index >= 0 && index < count {
      kept.append(scratch.symbols[index])
      index = Int(scratch.next[index])
    }
    scratch.symbols = kept
  }

  // MARK: - Building

  private static func tokensByID(_ vocabulary: [[UInt8]: Int32], path: String) throws
    -> [String]
  {
    var tokens = [String?](repeating: nil, count: vocabulary.count)
    for (token, id) in vocabulary {
      guard Int(id) < tokens.count, tokens[Int(id)] == nil else {
        throw TollgateError.file(
          .malformed, path,
          "the vocabulary's ids are not 0..<\(vocabulary.count): "
            + "\"\(String(decoding: token, as: UTF8.self))\" has id \(id) "
            + "(at model.vocab)",
          hint: "a vocabulary with gaps or repeated ids is damaged; use the model's own file")
      }
      tokens[Int(id)] = String(decoding: token, as: UTF8.self)
    }
    return tokens.map { $0 ?? "" }
  }

  private static func resolveMerges(_ configuration: BPEConfiguration, path: String) throws
    -> [(left: Int32, right: Int32, merged: Int32)]
  {
    let vocabulary = configuration.vocabulary
    return try configuration.merges.enumerated().map { index, merge in
      guard let left = vocabulary[merge.0], let right = vocabulary[merge.1],
        let merged = vocabulary[merge.0 + merge.1]
      else {
        let text = String(decoding: merge.0 + [0x20] + merge.1, as: UTF8.self)
        throw TollgateError.file(
          .malformed, path,
          "merge \(index) \"\(text)\" uses a token that is not in the vocabulary "
            + "(at model.merges[\(index)])",
          hint: "the merges and the vocabulary come from different tokenizers; use the model's file"
        )
      }
      return (left, right, merged)
    }
  }

  private static func rawWordIDs(_ vocabulary: [[UInt8]: Int32], isByteLevel: Bool)
    -> [[UInt8]: Int32]
  {
    guard isByteLevel else { return vocabulary }
    var words: [[UInt8]: Int32] = [:]
    for (token, id) in vocabulary {
      let raw = ByteLevelAlphabet.bytes(ofToken: String(decoding: token, as: UTF8.self))
      if let raw { words[raw] = id }
    }
    return words
  }
}

/// Working memory of one encoder, reused between words so encoding allocates nothing.
struct BPEScratch {
  var symbols: [Int32] = []
  var next: [Int32] = []
  var previous: [Int32] = []
  var heap = RankHeap()
}

/// A binary min-heap of `(rank, position)` packed in one `UInt64`, so ties go to the left.
struct RankHeap {
  private var items: [UInt64] = []

  mutating func removeAll(keepingCapacity: Bool) { items.removeAll(keepingCapacity: true) }

  mutating func push(rank: UInt32, position: Int) {
    items.append(UInt64(rank) << 32 | UInt64(UInt32(truncatingIfNeeded: position)))
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[child] < items[parent] else { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  mutating func pop() -> (rank: UInt32, position: Int)? {
    guard let top = items.first else { return nil }
    let last = items.removeLast()
    if !items.isEmpty {
      items[0] = last
      var parent = 0
      while true {
        let left = 2 * parent + 1
        guard left < items.count else { break }
        let right = left + 1
        let smaller = right < items.count && items[right] < items[left] ? right : left
        guard items[smaller] < items[parent] else { break }
        items.swapAt(smaller, parent)
        parent = smaller
      }
    }
    return (UInt32(truncatingIfNeeded: top >> 32), Int(UInt32(truncatingIfNeeded: top)))
  }
}
