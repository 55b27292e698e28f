/// Every risk needs a trigger (the line it must not cross) and an action (what happens then);
/// a risk with neither is a worry, not a plan.
public struct RiskTriggerActionRule: CardRule {
  public static let id = "risk.trigger-action"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let items = decoding.sections["risks"]?.value.items else { return [] }
    var diagnostics: [Diagnostic] = []
    let say = decoding.messages
    for (index, item) in items.enumerated() where item.entries != nil {
      let name = item.value(forKey: "name")?.scalar
      if !item.hasValue(forKey: "trigger") {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id, say.riskWithoutTrigger(risk: name, index: index),
            at: item.location, keyPath: "risks[\(index)].trigger", hint: say.riskWithoutTriggerHint)
        )
      }
      if !item.hasValue(forKey: "action") {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id, say.riskWithoutAction(risk: name, index: index),
            at: item.location, keyPath: "risks[\(index)].action", hint: say.riskWithoutActionHint))
      }
    }
    return diagnostics
  }
}
