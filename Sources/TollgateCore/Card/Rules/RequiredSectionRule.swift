/// A card needs every section a decision rests on: goal, baseline, data, budget, risks,
/// evaluation, gate and rollback. A section that is missing or empty is an error.
public struct RequiredSectionRule: CardRule {
  public static let id = "card.required-section"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    CardKeys.requiredSections.compactMap { name in
      let spelled = CardKeys.chineseAlias(of: name).map { "`\(name):` (or `\($0):`)" } ?? name
      guard let entry = decoding.sections[name] else {
        return Diagnostic(
          .error, rule: Self.id, "missing section `\(name)`", at: decoding.cardStart,
          keyPath: name, hint: "add \(spelled); \(Self.purpose[name] ?? "")")
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
        .error, rule: Self.id, "section `\(entry.key)` is empty", at: entry.keyLocation,
        keyPath: name, hint: "fill it in: \(Self.purpose[name] ?? "")")
    }
  }

  /// What each section is for, so the hint says what to write.
  private static let purpose: [String: String] = [
    "goal": "the gap (`domain`) and the primary metric's baseline and target",
    "baseline": "the cheaper approach training must beat, and how reproducible it is",
    "data": "the training sources with their licence and storage",
    "budget": "GPU-hours and cost caps, with at least one stop-loss line",
    "risks": "each risk with a trigger and an action, e.g. forgetting",
    "evaluation": "the evaluation sets that decide the gate",
    "gate": "the primary threshold and the guards",
    "rollback": "the model and the alias to roll back to",
  ]
}
