/// A budget must say when to stop: at least one stop-loss line, each with a trigger and an action.
/// Without one, a run that goes over its cap simply keeps spending.
public struct StopLossRule: CardRule {
  public static let id = "budget.stop-loss"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let entry = decoding.sections["budget"], entry.value.entries != nil else { return [] }
    let say = decoding.messages
    guard let lines = entry.value.value(forKey: "stop_loss")?.items, !lines.isEmpty else {
      return [
        Diagnostic(
          .error, rule: Self.id, say.budgetWithoutStopLoss, at: entry.keyLocation,
          keyPath: "budget.stop_loss", hint: say.budgetWithoutStopLossHint)
      ]
    }
    var diagnostics: [Diagnostic] = []
    for (index, line) in lines.enumerated() where line.entries != nil {
      for key in ["trigger", "action"] where !line.hasValue(forKey: key) {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id, say.stopLossLineMissing(number: index + 1, key: key),
            at: line.location, keyPath: "budget.stop_loss[\(index)].\(key)",
            hint: say.stopLossLineHint))
      }
    }
    return diagnostics
  }
}
