/// A guard must have a `block` or a `warn` line (or both); one with neither guards nothing.
public struct GuardThresholdRule: CardRule {
  public static let id = "gate.guard-threshold"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let guards = decoding.node(at: ["gate", "guards"])?.items else { return [] }
    return zip(guards.indices, guards).compactMap { index, item in
      guard item.entries != nil, !item.hasValue(forKey: "block"), !item.hasValue(forKey: "warn")
      else { return nil }
      let metric = item.value(forKey: "metric")?.scalar.map { " on `\($0)`" } ?? ""
      return Diagnostic(
        .error, rule: Self.id, "guard\(metric) has neither `block` nor `warn`",
        at: item.location, keyPath: "gate.guards[\(index)]",
        hint: "add the line that stops the release, e.g. `block: \"<= 0.1%\"`")
    }
  }
}
