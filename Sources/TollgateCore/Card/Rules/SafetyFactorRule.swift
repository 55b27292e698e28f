/// The safety factor widens the cost estimate, because pilots under-estimate full runs
/// (DESIGN.md, "Cost accounting"). Below 1 it would shrink the estimate and past 3 the estimate
/// means little: errors. Outside the usual 1.2-2.0 it is a warning.
public struct SafetyFactorRule: CardRule {
  public static let id = "budget.safety-factor"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let node = decoding.node(at: ["budget", "safety_factor"]), let text = node.scalar,
      let factor = decoding.card.budget?.safetyFactor
    else { return [] }
    let say = decoding.messages
    if factor < 1 || factor > 3 {
      return [
        Diagnostic(
          .error, rule: Self.id, say.safetyFactorOutside(text), at: node.location,
          keyPath: "budget.safety_factor", hint: say.safetyFactorOutsideHint)
      ]
    }
    if factor < 1.2 || factor > 2.0 {
      return [
        Diagnostic(
          .warning, rule: Self.id, say.safetyFactorUnusual(text), at: node.location,
          keyPath: "budget.safety_factor", hint: say.safetyFactorUnusualHint)
      ]
    }
    return []
  }
}
