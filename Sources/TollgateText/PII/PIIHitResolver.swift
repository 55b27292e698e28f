/// Turns raw validator hits into the reported list: sorted, overlaps resolved, character
/// offsets filled in.
enum PIIHitResolver {
  /// Keeps the longer of two overlapping hits (`010-65980408-8001` over `010-65980408`); on a
  /// tie the one found first by start offset. The result is sorted by offset.
  static func resolveOverlaps(_ hits: [PIIHit]) -> [PIIHit] {
    guard hits.count > 1 else { return hits }  // most documents: nothing to sort
    let sorted = hits.sorted {
      $0.byteOffset != $1.byteOffset ? $0.byteOffset < $1.byteOffset : $0.byteLength > $1.byteLength
    }
    var kept: [PIIHit] = []
    for hit in sorted {
      guard let last = kept.last, hit.byteOffset < last.byteRange.upperBound else {
        kept.append(hit)
        continue
      }
      if hit.byteLength > last.byteLength { kept[kept.count - 1] = hit }
    }
    return kept
  }

  /// Fills in the Unicode-scalar offsets and lengths of `hits` (sorted, not overlapping).
  static func fillCharacterOffsets(_ hits: inout [PIIHit], in text: TextBytes) {
    var characters = 0
    var position = 0
    for index in hits.indices {
      characters += text.scalarCount(position..<hits[index].byteOffset)
      hits[index].characterOffset = characters
      hits[index].characterLength = text.scalarCount(hits[index].byteRange)
      characters += hits[index].characterLength
      position = hits[index].byteRange.upperBound
    }
  }
}
