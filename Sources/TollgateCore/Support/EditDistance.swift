/// How many single-character edits turn one word into another, for "did you mean" suggestions.
///
/// Optimal string alignment distance (Levenshtein plus the swap of two neighbours), so that the
/// common typo `stop_lsos` is one edit from `stop_loss`, not two. Counted over Unicode scalars so
/// that Chinese keys compare character by character.
public enum EditDistance {
  /// The number of insertions, deletions, substitutions and neighbour swaps from `a` to `b`.
  public static func between(_ a: String, _ b: String) -> Int {
    let source = Array(a.unicodeScalars)
    let target = Array(b.unicodeScalars)
    if source.isEmpty { return target.count }
    if target.isEmpty { return source.count }

    // Three rolling rows: the row two back is needed for the swap case.
    var twoBack = [Int](repeating: 0, count: target.count + 1)
    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for i in 1...source.count {
      current[0] = i
      for j in 1...target.count {
        let cost = source[i - 1] == target[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
          best = min(best, twoBack[j - 2] + 1)
        }
        current[j] = best
      }
      (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[target.count]
  }

  /// The candidate closest to `word`, when it is close enough to be a plausible typo.
  ///
  /// Close enough means at most a third of the longer word's length (at least one edit), so that
  /// `gaurds` suggests `guards` but `colour` suggests nothing. Ties go to the earlier candidate,
  /// which keeps suggestions stable.
  public static func nearest(to word: String, in candidates: [String]) -> String? {
    var best: (candidate: String, distance: Int)?
    let lowered = word.lowercased()
    let loweredLength = lowered.unicodeScalars.count
    for candidate in candidates {
      let loweredCandidate = candidate.lowercased()
      let limit = max(1, max(word.unicodeScalars.count, candidate.unicodeScalars.count) / 3)
      // The distance is at least the difference in length; skipping the table then keeps a card
      // with thousands of unknown keys quick to check (issue #2).
      guard abs(loweredLength - loweredCandidate.unicodeScalars.count) <= limit else { continue }
      let distance = between(lowered, loweredCandidate)
      guard distance <= limit else { continue }
      if best == nil || distance < best?.distance ?? Int.max {
        best = (candidate, distance)
      }
    }
    return best?.candidate
  }
}
