/// Every risk needs a trigger (the line it must not cross) and an action (what happens then);
/// a risk with neither is a worry, not a plan.
public struct RiskTriggerActionRule: CardRule {
  public static let id = "risk.trigger-action"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let items = decoding.sections["risks"]?.value.items else { return [] }
    var diagnostics: [Diagnostic] = []
    for (index, item) in items.enumerated() where item.entries != nil {
      let name = item.value(forKey: "name")?.scalar.map { "`\($0)`" } ?? "#\(index + 1)"
      if !item.hasValue(forKey: "trigger") {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id, "risk \(name) has no trigger", at: item.location,
            keyPath: "risks[\(index)].trigger",
            hint: "add the line that fires it, e.g. `trigger: \"general_avg < baseline - 1pt\"`"))
      }
      if !item.hasValue(forKey: "action") {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id, "risk \(name) has no action", at: item.location,
            keyPath: "risks[\(index)].action",
            hint: "add what happens when it fires, e.g. `action: stop_training`"))
      }
    }
    return diagnostics
  }
}
