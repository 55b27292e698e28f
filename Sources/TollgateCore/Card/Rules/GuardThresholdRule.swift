/// A guard must have a `block` or a `warn` line (or both), and a line that names a metric must
/// name the guard's own: a guard with no line guards nothing, and one whose line speaks of another
/// metric would judge the wrong number.
public struct GuardThresholdRule: CardRule {
  public static let id = "gate.guard-threshold"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let guards = decoding.node(at: ["gate", "guards"])?.items else { return [] }
    var diagnostics: [Diagnostic] = []
    let say = decoding.messages
    for (index, item) in guards.enumerated() where item.entries != nil {
      let metric = item.value(forKey: "metric")?.scalar
      if !item.hasValue(forKey: "block") && !item.hasValue(forKey: "warn") {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id,
            say.guardWithoutLines(metric: metric), at: item.location,
            keyPath: "gate.guards[\(index)]", hint: say.guardWithoutLinesHint))
      }
      for key in ["block", "warn"] {
        let path = "gate.guards[\(index)].\(key)"
        guard let metric, let site = decoding.thresholds.first(where: { $0.keyPath == path }),
          case .success(let line) = site.result, let named = line.metric, named != metric
        else { continue }
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id, say.guardLineOtherMetric(metric: metric, key: key, named: named),
            at: site.location(ofOffset: 0), keyPath: path,
            hint: say.guardLineOtherMetricHint(
              key: key, line: Self.withoutMetric(line), named: named)))
      }
    }
    return diagnostics
  }

  /// The line as `OP BOUND`, for the hint.
  private static func withoutMetric(_ line: Threshold) -> String {
    guard let metric = line.metric, line.text.hasPrefix(metric) else { return line.text }
    return String(line.text.dropFirst(metric.count).drop { $0 == " " })
  }
}
