/// Actions come from a fixed list (DESIGN.md): a misspelt action would never be carried out.
public struct ActionNameRule: CardRule {
  public static let id = "action.unknown"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let names = Action.allCases.map(\.rawValue)
    return decoding.actions.compactMap { site in
      guard site.action == nil else { return nil }
      var hint = "actions are " + names.joined(separator: ", ")
      if let nearest = EditDistance.nearest(to: site.text, in: names) {
        hint = "did you mean `\(nearest)`? " + hint
      }
      return Diagnostic(
        .error, rule: Self.id, "unknown action `\(site.text)`", at: site.location,
        keyPath: site.keyPath, hint: hint)
    }
  }
}
