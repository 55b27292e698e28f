/// The gate's primary threshold must be the goal's target: same metric, same number. A gate that
/// asks for less than the goal lets a run pass that does not reach what the training was for.
public struct PrimaryTargetRule: CardRule {
  public static let id = "gate.primary-target"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let gateEntry = decoding.sections["gate"], gateEntry.value.entries != nil else {
      return []
    }
    let say = decoding.messages
    guard gateEntry.value.hasValue(forKey: "primary") else {
      return [
        Diagnostic(
          .error, rule: Self.id, say.gateWithoutPrimary, at: gateEntry.keyLocation,
          keyPath: "gate.primary", hint: say.gateWithoutPrimaryHint)
      ]
    }
    guard let primary = decoding.card.gate?.primary,
      let site = decoding.thresholds.first(where: { $0.keyPath == "gate.primary" }),
      let goal = decoding.card.goal?.primary, let target = goal.target
    else { return [] }

    let location = site.location(ofOffset: 0)
    if let metric = primary.metric, !goal.metric.isEmpty, metric != goal.metric {
      return [
        Diagnostic(
          .error, rule: Self.id,
          say.primaryOtherMetric(metric, goalMetric: goal.metric), at: location,
          keyPath: "gate.primary",
          hint: say.primaryOtherMetricHint(goalMetric: goal.metric, target: Self.format(target)))
      ]
    }
    guard let bound = primary.resolvedBound(baseline: goal.baseline),
      abs(bound - target) > 1e-9
    else { return [] }
    return [
      Diagnostic(
        .error, rule: Self.id,
        say.primaryMismatch(
          bound: Self.format(bound), isBelow: bound < target, target: Self.format(target)),
        at: location, keyPath: "gate.primary",
        hint: say.primaryMismatchHint(goalMetric: goal.metric, target: Self.format(target)))
    ]
  }

  /// A number as a person writes it (0.9, not 0.90000000000000002).
  static func format(_ value: Double) -> String {
    var text = String(value)
    if text.hasSuffix(".0") { text.removeLast(2) }
    let rounded = (value * 1e6).rounded() / 1e6
    if String(rounded).count < text.count { text = String(rounded) }
    return text
  }
}
