/// Suggestions for mistyped names: the nearest valid key, command, option or action.
///
/// "did you mean `stop_loss`?" saves a round trip to the docs; it is used by the card decoder and
/// the command line alike, so both suggest the same way.
public enum EditDistance {
  /// The Levenshtein distance between two strings, counted in Unicode scalars, ignoring case.
  public static func distance(_ lhs: String, _ rhs: String) -> Int {
    let a = Array(lhs.lowercased().unicodeScalars)
    let b = Array(rhs.lowercased().unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }

    // Two rows of the dynamic-programming table are enough.
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The candidate closest to `name`, if it is close enough to be a plausible typo.
  ///
  /// The default limit grows with the length of the name (a third of it, at least 2), so `jsn`
  /// finds `json` while `x` does not find `lang`.
  public static func nearest(
    to name: String, among candidates: some Sequence<String>, maxDistance: Int? = nil
  ) -> String? {
    let limit = maxDistance ?? max(2, name.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
      let d = distance(name, candidate)
      if d <= limit, d < (best?.distance ?? Int.max) { best = (candidate, d) }
    }
    return best?.candidate
  }
}
