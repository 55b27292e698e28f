/// A derived metric is the mean of others; with nothing to average it has no value.
public struct DerivedMetricRule: CardRule {
  public static let id = "metrics.mean-of"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let say = decoding.messages
    return decoding.card.metrics.compactMap { metric in
      guard metric.meanOf.isEmpty else { return nil }
      return Diagnostic(
        .error, rule: Self.id, say.derivedMetricEmpty(metric.name),
        at: metric.location, keyPath: "metrics.\(metric.name).mean_of",
        hint: say.derivedMetricHint)
    }
  }
}
