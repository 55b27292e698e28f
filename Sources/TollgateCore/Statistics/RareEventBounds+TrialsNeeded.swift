extension RareEventBounds {
  /// How many trials, hitting at the rate already observed, certify a rate below `rate` at
  /// `confidence`: the smallest n whose one-sided Clopper-Pearson upper bound of
  /// round(observed x n) events in n trials is at most `rate`.
  ///
  /// With zero observed hits this is `zeroHitProbesNeeded`. Otherwise the bound shrinks roughly
  /// as 1/sqrt(n) towards the observed rate, so n is found by doubling and then bisection; the
  /// rounding of events makes the answer exact to within a few trials, which is all a "scan
  /// this many documents" advice needs. Returns nil unless 0 <= observed < rate < 1 and
  /// 0 < confidence < 1, and when more than 2^34 (about 17 billion) trials would be needed.
  public static func trialsNeeded(
    atRate observed: Double, belowRate rate: Double, confidence: Double
  ) -> Int? {
    guard observed >= 0, observed < rate, rate < 1, confidence > 0, confidence < 1 else {
      return nil
    }
    if observed == 0 { return zeroHitProbesNeeded(belowRate: rate, confidence: confidence) }

    func certifies(_ trials: Int) -> Bool {
      let events = Int((observed * Double(trials)).rounded())
      guard
        let upper = clopperPearsonUpper(events: events, trials: trials, confidence: confidence)
      else { return false }
      return upper <= rate
    }

    // Doubling: the first power of two that certifies bounds the answer from above.
    var high = 1
    while !certifies(high) {
      guard high < 1 << 34 else { return nil }
      high *= 2
    }
    var low = high / 2
    // Bisection: `low` does not certify (or is 0), `high` does.
    while high - low > 1 {
      let middle = low + (high - low) / 2
      if certifies(middle) { high = middle } else { low = middle }
    }
    return high
  }
}
