/// Encodes documents with one tokenizer on one thread, reusing its buffers and word cache.
///
/// Not thread-safe by design: give each worker its own (`Tokenizer.makeEncoder()`).
public struct TokenEncoder {
  public let tokenizer: Tokenizer
  private var cache = WordCache()
  private var scratch = BPEScratch()
  private var output: [Int32] = []
  /// When only counting, cached words add their length here instead of copying their ids.
  private var isCounting = false
  private var cachedCount = 0
  private var normalizedBuffer: [UInt8] = []
  private var prefixedBuffer: [UInt8] = []

  init(tokenizer: Tokenizer) { self.tokenizer = tokenizer }

  /// The ids of `text` (UTF-8), without the post-processor's special tokens.
  public mutating func encode(_ text: UnsafeBufferPointer<UInt8>) -> [Int32] {
    isCounting = false
    encodeIntoOutput(text)
    return output
  }

  /// How many tokens `text` (UTF-8) encodes to, without special tokens.
  public mutating func count(_ text: UnsafeBufferPointer<UInt8>) -> Int {
    isCounting = true
    encodeIntoOutput(text)
    return output.count + cachedCount
  }

  private mutating func encodeIntoOutput(_ text: UnsafeBufferPointer<UInt8>) {
    output.removeAll(keepingCapacity: true)
    cachedCount = 0
    let matcher = tokenizer.rawMatcher
    matcher.forEachPiece(in: text) { piece in
      switch piece {
      case .token(let id): output.append(id)
      case .text(let range):
        encodeSegment(UnsafeBufferPointer(rebasing: text[range]), isAtStart: range.lowerBound == 0)
      }
    }
  }

  /// Normalizes a stretch between raw added tokens, then splits on normalized added tokens.
  private mutating func encodeSegment(_ segment: UnsafeBufferPointer<UInt8>, isAtStart: Bool) {
    let matcher = tokenizer.normalizedMatcher
    if tokenizer.normalizer.isIdentity && matcher.isEmpty {
      preTokenizeAndEncode(segment, isAtStart: isAtStart)
      return
    }
    var normalized: [UInt8] = []
    swap(&normalized, &normalizedBuffer)
    defer { swap(&normalized, &normalizedBuffer) }
    tokenizer.normalizer.normalize(segment, into: &normalized)
    normalized.withUnsafeBufferPointer { text in
      matcher.forEachPiece(in: text) { piece in
        switch piece {
        case .token(let id): output.append(id)
        case .text(let range):
          preTokenizeAndEncode(
            UnsafeBufferPointer(rebasing: text[range]),
            isAtStart: isAtStart && range.lowerBound == 0)
        }
      }
    }
  }

  private mutating func preTokenizeAndEncode(
    _ piece: UnsafeBufferPointer<UInt8>, isAtStart: Bool
  ) {
    let plan = tokenizer.plan
    if let metaspace = plan.metaspace {
      encodeMetaspace(piece, metaspace, isAtStart: isAtStart)
    } else if plan.addsPrefixSpace && piece.first != 0x20 && !piece.isEmpty {
      var prefixed: [UInt8] = []
      swap(&prefixed, &prefixedBuffer)
      defer { swap(&prefixed, &prefixedBuffer) }
      prefixed.removeAll(keepingCapacity: true)
      prefixed.append(0x20)
      prefixed.append(contentsOf: piece)
      prefixed.withUnsafeBufferPointer { splitAndEncode($0, pattern: plan.pattern) }
    } else {
      splitAndEncode(piece, pattern: plan.pattern)
    }
  }

  private mutating func splitAndEncode(_ piece: UnsafeBufferPointer<UInt8>, pattern: SplitPattern?)
  {
    guard let pattern else {
      encodeWord(piece)
      return
    }
    pattern.forEachPiece(in: piece) { range in
      encodeWord(UnsafeBufferPointer(rebasing: piece[range]))
    }
  }

  /// Metaspace: spaces become `▁`, `▁` is prepended per the scheme, and with `split` every `▁`
  /// starts a new word (HF's `MergedWithNext`).
  private mutating func encodeMetaspace(
    _ piece: UnsafeBufferPointer<UInt8>, _ metaspace: PreTokenizerPlan.Metaspace, isAtStart: Bool
  ) {
    let replacement = metaspace.replacement
    var text = Normalizer.replacing([0x20], with: replacement, in: Array(piece))
    let startsWithReplacement = text.starts(with: replacement)
    switch metaspace.prependScheme {
    case .always where !startsWithReplacement, .first where !startsWithReplacement && isAtStart:
      if !text.isEmpty { text.insert(contentsOf: replacement, at: 0) }
    default: break
    }
    text.withUnsafeBufferPointer { text in
      guard metaspace.splits, let first = replacement.first else {
        encodeWord(text)
        return
      }
      var wordStart = 0
      var index = 0
      while index < text.count {
        if text[index] == first && index + replacement.count <= text.count
          && text[index..<(index + replacement.count)].elementsEqual(replacement)
        {
          if index > wordStart {
            encodeWord(UnsafeBufferPointer(rebasing: text[wordStart..<index]))
          }
          wordStart = index
          index += replacement.count
        } else {
          index += 1
        }
      }
      if wordStart < text.count { encodeWord(UnsafeBufferPointer(rebasing: text[wordStart...])) }
    }
  }

  /// One word through the cache, or through the merges on a miss.
  private mutating func encodeWord(_ word: UnsafeBufferPointer<UInt8>) {
    guard !word.isEmpty else { return }
    guard word.count <= WordCache.maximumWordLength else {
      tokenizer.model.encodeWord(word, into: &output, scratch: &scratch)
      return
    }
    let hash = WordCache.hash(word)
    if let range = cache.lookup(word, hash: hash) {
      if isCounting {
        cachedCount += range.count
      } else {
        cache.ids.withUnsafeBufferPointer { output.append(contentsOf: $0[range]) }
      }
      return
    }
    let start = output.count
    tokenizer.model.encodeWord(word, into: &output, scratch: &scratch)
    cache.insert(word, hash: hash, ids: output[start...])
  }
}
