/// A card needs every section a decision rests on: goal, baseline, data, budget, risks,
/// evaluation, gate and rollback. A section that is missing or empty is an error.
public struct RequiredSectionRule: CardRule {
  public static let id = "card.required-section"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let say = decoding.messages
    return CardKeys.requiredSections.compactMap { name in
      guard let entry = decoding.sections[name] else {
        return Diagnostic(
          .error, rule: Self.id, say.missingSection(name), at: decoding.cardStart,
          keyPath: name, hint: say.missingSectionHint(name, alias: CardKeys.chineseAlias(of: name)))
      }
      let isEmpty: Bool
      switch entry.value.kind {
      case .null: isEmpty = true
      case .mapping(let entries): isEmpty = entries.isEmpty
      case .sequence(let items): isEmpty = items.isEmpty
      case .scalar: isEmpty = false
      }
      guard isEmpty else { return nil }
      return Diagnostic(
        .error, rule: Self.id, say.emptySection(entry.key), at: entry.keyLocation,
        keyPath: name, hint: say.emptySectionHint(name))
    }
  }
}
