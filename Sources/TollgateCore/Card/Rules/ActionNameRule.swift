/// Actions come from a fixed list (DESIGN.md): a misspelt action would never be carried out.
public struct ActionNameRule: CardRule {
  public static let id = "action.unknown"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let names = Action.allCases.map(\.rawValue)
    let say = decoding.messages
    return decoding.actions.compactMap { site in
      guard site.action == nil else { return nil }
      let hint = say.actionsHint(names, nearest: EditDistance.nearest(to: site.text, in: names))
      return Diagnostic(
        .error, rule: Self.id, say.unknownAction(site.text), at: site.location,
        keyPath: site.keyPath, hint: hint)
    }
  }
}
