/// Turns raw validator hits into the reported list: sorted, overlaps resolved, character
/// offsets filled in.
enum PIIHitResolver {
  /// Keeps the longer of two overlapping hits (`010-65980408-8001` over `010-65980408`); on a
  /// tie the one found first by start offset.
  static func resolve(_ hits: [PIIHit], in text: TextBytes) -> [PIIHit] {
    guard !hits.isEmpty else { return [] }  // most documents: nothing to sort or count
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
    var characters = 0
    var position = 0
    for index in kept.indices {
      let start = max(kept[index].byteOffset, position)
      characters += text.scalarCount(position..<start)
      kept[index].characterOffset = characters
      kept[index].characterLength = text.scalarCount(kept[index].byteRange)
      characters += kept[index].characterLength
      position = kept[index].byteRange.upperBound
    }
    return kept
  }
}
