import TollgateCore

extension VerdictDocument {
  /// The primary target or one guard, judged, as the document spells it.
  public struct Check: Sendable, Hashable, Codable {
    /// The metric as the card names it.
    public var metric: String
    /// `pass`, `warn`, `block`, `unproven` or `missing`.
    public var status: CheckStatus
    /// The candidate's value.
    public var value: Double?
    /// The baseline's value.
    public var baseline: Double?
    /// On the candidate value for an absolute threshold; on candidate minus baseline for a
    /// baseline-relative one or `not_worse`.
    public var interval: Interval?
    /// The threshold that decided the status, as written in the card.
    public var threshold: String?
    /// The threshold's bound on the metric's scale.
    public var bound: Double?
    /// What the card says to do when the check fails.
    public var action: Action?
    /// One sentence with the numbers.
    public var reason: String

    /// Copies a metric check of the verdict, dropping values that are not finite.
    public init(_ check: MetricCheck) {
      self.metric = check.metric
      self.status = check.status
      self.value = finite(check.value)
      self.baseline = finite(check.baseline)
      self.interval = check.interval.flatMap { interval in
        guard interval.low.isFinite, interval.high.isFinite, interval.confidence.isFinite
        else { return nil }
        return interval
      }
      self.threshold = check.threshold
      self.bound = finite(check.bound)
      self.action = check.action
      self.reason = check.reason
    }

    /// Encodes every key, unknown values as `null`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(metric, forKey: .metric)
      try container.encode(status, forKey: .status)
      try container.encode(value, forKey: .value)
      try container.encode(baseline, forKey: .baseline)
      try container.encode(interval, forKey: .interval)
      try container.encode(threshold, forKey: .threshold)
      try container.encode(bound, forKey: .bound)
      try container.encode(action, forKey: .action)
      try container.encode(reason, forKey: .reason)
    }
  }

  /// One risk trigger, evaluated; `fired` is null when the evidence has no value for it.
  public struct RiskEntry: Sendable, Hashable, Codable {
    /// The risk as the card names it.
    public var name: String
    /// Whether the trigger holds; nil without evidence.
    public var fired: Bool?
    /// The value the trigger was tested on.
    public var value: Double?
    /// The trigger as written in the card.
    public var trigger: String
    /// What the card says to do when the check fails.
    public var action: Action?
    /// One sentence with the numbers.
    public var reason: String

    /// Copies a risk check of the verdict.
    public init(_ risk: RiskCheck) {
      self.name = risk.name
      self.fired = risk.fired
      self.value = finite(risk.value)
      self.trigger = risk.trigger
      self.action = risk.action
      self.reason = risk.reason
    }

    /// Encodes every key, unknown values as `null`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(name, forKey: .name)
      try container.encode(fired, forKey: .fired)
      try container.encode(value, forKey: .value)
      try container.encode(trigger, forKey: .trigger)
      try container.encode(action, forKey: .action)
      try container.encode(reason, forKey: .reason)
    }
  }
}
