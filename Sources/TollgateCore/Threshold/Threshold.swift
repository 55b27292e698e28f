/// A number with the unit it was written in (`10%`, `1pt`, `250 ms`, `20000 USD`).
public struct Measure: Sendable, Hashable, Codable {
  public enum Unit: Sendable, Hashable, Codable {
    /// A bare number, on the metric's own scale.
    case none
    /// Per cent of a quantity: `0.1%` of a rate is 0.001.
    case percent
    /// Percentage points: `1pt` on an accuracy of 0.84 is 0.01.
    case points
    case milliseconds
    case seconds
    case tokens
    case gpuHours
    /// An ISO 4217 code such as `USD` or `CNY`.
    case currency(String)
  }

  public var value: Double
  public var unit: Unit

  public init(_ value: Double, _ unit: Unit = .none) {
    self.value = value
    self.unit = unit
  }

  /// The value on a metric's scale: per cent and points become fractions, seconds milliseconds
  /// when the metric is in milliseconds. Currencies, tokens and GPU-hours stay as written.
  public func onMetricScale(metricIsMilliseconds: Bool = false) -> Double {
    switch unit {
    case .percent, .points: value / 100
    case .seconds: metricIsMilliseconds ? value * 1000 : value
    case .none, .milliseconds, .tokens, .gpuHours, .currency: value
    }
  }
}

/// A comparison operator of a threshold expression.
public enum ComparisonOperator: String, Sendable, Hashable, Codable, CaseIterable {
  case lessOrEqual = "<="
  case greaterOrEqual = ">="
  case less = "<"
  case greater = ">"

  /// Whether `value` satisfies `value OP bound`.
  public func holds(_ value: Double, _ bound: Double) -> Bool {
    switch self {
    case .lessOrEqual: value <= bound
    case .greaterOrEqual: value >= bound
    case .less: value < bound
    case .greater: value > bound
    }
  }

  /// Whether larger values are the good side (`>=`, `>`), which decides the side of an interval
  /// that must clear the bound.
  public var prefersHigher: Bool { self == .greaterOrEqual || self == .greater }
}

/// The right-hand side of a threshold.
public enum Bound: Sendable, Hashable, Codable {
  /// A fixed number: `0.90`, `0.1%`, `20000 USD`.
  case absolute(Measure)
  /// The baseline's own value, moved by an optional offset.
  case baseline(offset: BaselineOffset?)
}

/// How far from the baseline a bound sits.
public enum BaselineOffset: Sendable, Hashable, Codable {
  /// `baseline + 10%`: a fraction of the baseline value (+0.10); negative for `-`.
  case relative(Double)
  /// `baseline - 1pt`, `baseline + 50ms`: an amount on the metric's scale, signed.
  case absolute(Measure)
}

/// A parsed threshold expression: `METRIC OP BOUND`, or `OP BOUND` where the metric is implied
/// (a guard's `block: "<= 0.1%"`).
public struct Threshold: Sendable, Hashable, Codable {
  /// Nil where the surrounding key names the metric.
  public var metric: String?
  public var comparison: ComparisonOperator
  public var bound: Bound
  /// The expression as written, for messages and reports.
  public var text: String

  public init(metric: String?, comparison: ComparisonOperator, bound: Bound, text: String) {
    self.metric = metric
    self.comparison = comparison
    self.bound = bound
    self.text = text
  }

  /// The bound as a number on the metric's scale, given the baseline value where one is needed.
  /// Returns nil when the bound is baseline-relative and no baseline is known.
  public func resolvedBound(baseline: Double?, metricIsMilliseconds: Bool = false) -> Double? {
    switch bound {
    case .absolute(let measure):
      return measure.onMetricScale(metricIsMilliseconds: metricIsMilliseconds)
    case .baseline(let offset):
      guard let baseline else { return nil }
      switch offset {
      case nil: return baseline
      case .relative(let fraction): return baseline * (1 + fraction)
      case .absolute(let measure):
        return baseline + measure.onMetricScale(metricIsMilliseconds: metricIsMilliseconds)
      }
    }
  }
}
