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
    if factor < 1 || factor > 3 {
      return [
        Diagnostic(
          .error, rule: Self.id, "safety factor \(text) is outside 1-3", at: node.location,
          keyPath: "budget.safety_factor",
          hint: "a factor multiplies the estimate; use 1.2-2.0 (1.5 is a common choice)")
      ]
    }
    if factor < 1.2 || factor > 2.0 {
      return [
        Diagnostic(
          .warning, rule: Self.id, "safety factor \(text) is outside the usual 1.2-2.0",
          at: node.location, keyPath: "budget.safety_factor",
          hint: "pilots usually under-estimate full runs by 20-100 %; 1.5 is a common choice")
      ]
    }
    return []
  }
}
