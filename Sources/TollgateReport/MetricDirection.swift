import TollgateCore

/// Which way is better for a metric, so a report can tell a regression from a gain.
///
/// The card says it where it can: the primary target's operator, a guard's threshold (`<= 0.1%`
/// means lower is better), a risk trigger (`general_avg < baseline - 1pt` fires when the metric
/// falls, so higher is better). Metrics the card does not mention fall back to their name.
enum MetricDirection {
  /// Whether larger values of `metric` are the good side.
  static func isHigherBetter(_ metric: String, card: DecisionCard) -> Bool {
    if let primary = card.gate?.primary, primary.metric == metric {
      return primary.comparison.prefersHigher
    }
    if let threshold = card.gate?.guards.first(where: { $0.metric == metric })
      .flatMap({ $0.block ?? $0.warn })
    {
      return threshold.comparison.prefersHigher
    }
    if let trigger = card.risks.compactMap(\.trigger).first(where: { $0.metric == metric }) {
      return !trigger.comparison.prefersHigher
    }
    if card.goal?.primary?.metric == metric { return true }
    let lowered = metric.lowercased()
    return !lowerIsBetterWords.contains { lowered.contains($0) }
  }

  /// Parts of a metric name that mean smaller is better: perplexity, loss, latency, error
  /// rates, cost, and the rates of harmful events the guards watch.
  private static let lowerIsBetterWords = [
    "perplexity", "ppl", "loss", "latency", "_ms", "error", "cost", "bits_per_byte",
    "injection", "leak", "pii",
  ]
}
