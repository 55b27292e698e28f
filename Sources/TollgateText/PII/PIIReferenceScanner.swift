/// The readable, slow twin of `PIIScanSession`: the same validators tried at every byte
/// position, with no prefilter.
///
/// Kept for tests: whatever it finds and the Hyperscan scanner does not is a gap in the
/// prefilter expressions. Card-added patterns are not covered (they are Hyperscan-only).
public enum PIIReferenceScanner {
  /// The hits in `text`, as `PIIScanSession.scan` reports them.
  public static func scan(_ text: String) -> [PIIHit] {
    var copy = text
    return copy.withUTF8 { scan(TextBytes(bytes: UnsafeRawBufferPointer($0))) }
  }

  static func scan(_ text: TextBytes) -> [PIIHit] {
    var hits: [PIIHit] = []
    for end in stride(from: 1, through: text.count, by: 1) {
      let last = text[end - 1]
      let endsDigit = text.digit(endingAt: end) != nil || last | 0x20 == UInt8(ascii: "x")
      if endsDigit, let token = DigitToken.read(endingAt: end, in: text),
        let hit = DigitTokenClassifier.classify(token)
      {
        hits.append(hit)
      }
      if last == UInt8(ascii: "@"), let hit = EmailFinder.address(at: end - 1, in: text) {
        hits.append(hit)
      }
    }
    for (word, side) in ChineseNameFinder.contextWords {
      let pattern = Array(word.utf8)
      var start = 0
      while start + pattern.count <= text.count {
        let range = start..<(start + pattern.count)
        if pattern.indices.allSatisfy({ text[start + $0] == pattern[$0] }),
          let hit = ChineseNameFinder.name(near: range, side: side, in: text)
        {
          hits.append(hit)
        }
        start += 1
      }
    }
    var resolved = PIIHitResolver.resolveOverlaps(hits)
    PIIHitResolver.fillCharacterOffsets(&resolved, in: text)
    return resolved
  }
}
