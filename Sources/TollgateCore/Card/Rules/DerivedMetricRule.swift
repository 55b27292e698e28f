/// A derived metric is the mean of others; with nothing to average it has no value.
public struct DerivedMetricRule: CardRule {
  public static let id = "metrics.mean-of"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    decoding.card.metrics.compactMap { metric in
      guard metric.meanOf.isEmpty else { return nil }
      return Diagnostic(
        .error, rule: Self.id, "derived metric `\(metric.name)` averages nothing",
        at: metric.location, keyPath: "metrics.\(metric.name).mean_of",
        hint: "list the metrics to average, e.g. `mean_of: [mmlu.acc, hellaswag.acc_norm]`")
    }
  }
}
