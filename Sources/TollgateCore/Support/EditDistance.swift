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
    // The distance never exceeds the longer length, so with that limit the answer always comes.
    return distance(source, target, limit: max(source.count, target.count)) ?? 0
  }

  /// The distance from `source` to `target` when it is at most `limit`, else nil.
  ///
  /// Only the diagonal band `|i - j| <= limit` of the table is filled, since a cell off it costs
  /// more than `limit` already, and the work stops at the first row whose every cell is past the
  /// limit: a row's smallest cell never falls below the smallest of the row before (each step
  /// adds to a cell of that row, or a swap adds one to a cell two rows back, which the
  /// substitution step already bounds). This is Ukkonen's cut-off ("Algorithms for approximate
  /// string matching", Information and Control 64, 1985), and it makes a suggestion cost
  /// O(length x limit) instead of O(length^2), with no allocation on the heap for short words.
  static func distance(
    _ source: [Unicode.Scalar], _ target: [Unicode.Scalar], limit: Int
  ) -> Int? {
    let (m, n) = (source.count, target.count)
    guard abs(m - n) <= limit else { return nil }
    if m == 0 || n == 0 { return max(m, n) }
    // Past the limit every value is as good as any other; one more than it stands for them all.
    let beyond = limit + 1
    let width = n + 1
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { table in
      // Three rolling rows, the one two back for the swap case; each starts as the first row.
      for j in 0..<width {
        let first = j <= limit ? j : beyond
        (table[j], table[width + j], table[2 * width + j]) = (first, first, first)
      }
      var (twoBack, previous, current) = (0, width, 2 * width)
      for i in 1...m {
        let low = max(1, i - limit)
        let high = min(n, i + limit)
        table[current + low - 1] = low == 1 && i <= limit ? i : beyond
        var rowBest = table[current + low - 1]
        for j in low...high {
          let cost = source[i - 1] == target[j - 1] ? 0 : 1
          var best = min(
            table[previous + j] + 1, table[current + j - 1] + 1, table[previous + j - 1] + cost)
          if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
            best = min(best, table[twoBack + j - 2] + 1)
          }
          table[current + j] = best
          rowBest = min(rowBest, best)
        }
        // The next row reads one cell right of this row's band: it must count as past the limit.
        if high < n { table[current + high + 1] = beyond }
        if rowBest > limit { return nil }
        (twoBack, previous, current) = (previous, current, twoBack)
      }
      let result = table[previous + n]
      return result <= limit ? result : nil
    }
  }

  /// The candidate closest to `word`, when it is close enough to be a plausible typo.
  ///
  /// Close enough means at most a third of the longer word's length (at least one edit), so that
  /// `gaurds` suggests `guards` but `colour` suggests nothing. Ties go to the earlier candidate,
  /// which keeps suggestions stable.
  public static func nearest(to word: String, in candidates: [String]) -> String? {
    let source = Array(word.lowercased().unicodeScalars)
    let length = word.unicodeScalars.count
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      // The limit is set by the lengths as written (lower-casing can change a length).
      var limit = max(1, max(length, candidate.unicodeScalars.count) / 3)
      // Only a strictly closer candidate can replace the best so far (ties keep the earlier).
      if let best { limit = min(limit, best.distance - 1) }
      let target = Array(candidate.lowercased().unicodeScalars)
      // `distance` returns at once when the lengths alone differ by more than the limit, which
      // keeps a card with thousands of unknown keys or misspelt names quick to check (issue #2).
      guard limit >= 0, let distance = distance(source, target, limit: limit) else { continue }
      best = (candidate, distance)
    }
    return best?.candidate
  }
}
