/// Compares two threshold bounds on the same metric without knowing the baseline's value, where
/// that can be done: two fixed numbers, or two baseline offsets of the same kind.
///
/// `baseline - 2pt` is below `baseline - 1pt` for any baseline; `0.80` against `baseline - 1pt`
/// depends on the baseline, and is compared only when the card states it (`goal.primary`).
enum BoundComparison {
  /// `lhs - rhs` on the metric's scale when it does not depend on an unknown baseline.
  static func difference(_ lhs: Threshold, _ rhs: Threshold, baseline: Double?) -> Double? {
    let inMilliseconds = [lhs, rhs].contains { usesMilliseconds($0.bound) }
    switch (lhs.bound, rhs.bound) {
    case (.absolute(let a), .absolute(let b)):
      guard compatible(a.unit, b.unit) else { return nil }
      return a.onMetricScale(metricIsMilliseconds: inMilliseconds)
        - b.onMetricScale(metricIsMilliseconds: inMilliseconds)
    case (.baseline(let a), .baseline(let b)):
      let (relativeA, absoluteA) = parts(a, inMilliseconds)
      let (relativeB, absoluteB) = parts(b, inMilliseconds)
      if relativeA == relativeB { return absoluteA - absoluteB }
      // Relative offsets scale with the baseline; with equal absolute parts the order holds for
      // any positive baseline, but the size of the gap does not, so only its sign is returned.
      if absoluteA == absoluteB { return relativeA - relativeB }
      fallthrough
    default:
      guard let baseline,
        let a = lhs.resolvedBound(baseline: baseline, metricIsMilliseconds: inMilliseconds),
        let b = rhs.resolvedBound(baseline: baseline, metricIsMilliseconds: inMilliseconds)
      else { return nil }
      return a - b
    }
  }

  private static func parts(_ offset: BaselineOffset?, _ inMilliseconds: Bool) -> (Double, Double) {
    switch offset {
    case nil: (0, 0)
    case .relative(let fraction): (fraction, 0)
    case .absolute(let measure): (0, measure.onMetricScale(metricIsMilliseconds: inMilliseconds))
    }
  }

  private static func usesMilliseconds(_ bound: Bound) -> Bool {
    switch bound {
    case .absolute(let measure): measure.unit == .milliseconds
    case .baseline(.absolute(let measure)?): measure.unit == .milliseconds
    case .baseline: false
    }
  }

  /// Currencies compare only with themselves, tokens and GPU-hours only with themselves or bare
  /// numbers; fractions, per cent, points and times compare with one another.
  private static func compatible(_ a: Measure.Unit, _ b: Measure.Unit) -> Bool {
    switch (a, b) {
    case (.currency(let x), .currency(let y)): x == y
    case (.currency, _), (_, .currency): false
    default: true
    }
  }
}
