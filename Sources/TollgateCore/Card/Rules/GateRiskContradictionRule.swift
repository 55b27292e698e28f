/// A gate must not pass what a risk stops: a guard `general_avg >= baseline - 2pt` lets through a
/// candidate 1.5 points down, which the risk `general_avg < baseline - 1pt` would stop. The card
/// then says both "ship" and "stop" for the same result.
public struct GateRiskContradictionRule: CardRule {
  public static let id = "gate.risk-contradiction"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let card = decoding.card
    let primaryBaseline = card.goal?.primary
    var diagnostics: [Diagnostic] = []
    for site in decoding.thresholds where site.keyPath.hasPrefix("gate.") {
      guard case .success(let gateLine) = site.result,
        let metric = gateLine.metric ?? guardMetric(for: site.keyPath, in: card),
        !site.keyPath.hasSuffix(".warn")
      else { continue }
      let baseline = primaryBaseline?.metric == metric ? primaryBaseline?.baseline : nil
      for risk in card.risks {
        guard let trigger = risk.trigger, trigger.metric == metric,
          contradicts(gateLine, trigger, baseline: baseline)
        else { continue }
        let say = decoding.messages
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.id,
            say.gateRiskContradiction(
              metric: metric, gate: gateLine.text, risk: risk.name, riskLine: risk.location?.line,
              trigger: trigger.text),
            at: site.location(ofOffset: 0), keyPath: site.keyPath,
            hint: say.gateRiskContradictionHint))
      }
    }
    return diagnostics
  }

  /// The metric a guard's `block` line refers to when the line does not name it.
  private func guardMetric(for keyPath: String, in card: DecisionCard) -> String? {
    guard keyPath.hasPrefix("gate.guards["), let close = keyPath.firstIndex(of: "]") else {
      return nil
    }
    let digits = keyPath[keyPath.index(keyPath.startIndex, offsetBy: 12)..<close]
    guard let index = Int(digits), card.gate?.guards.indices.contains(index) == true else {
      return nil
    }
    return card.gate?.guards[index].metric
  }

  /// Whether some value passes `gateLine` and fires `trigger`: their regions overlap.
  func contradicts(_ gateLine: Threshold, _ trigger: Threshold, baseline: Double?) -> Bool {
    let gateKeepsHigh = gateLine.comparison.prefersHigher
    // A trigger on the same side as the gate (both upper) does not oppose it.
    guard gateKeepsHigh != trigger.comparison.prefersHigher,
      let gap = BoundComparison.difference(gateLine, trigger, baseline: baseline)
    else { return false }
    let tolerance = 1e-12
    let bothInclusive =
      [ComparisonOperator.greaterOrEqual, .lessOrEqual].contains(gateLine.comparison)
      && [ComparisonOperator.greaterOrEqual, .lessOrEqual].contains(trigger.comparison)
    // Gate `>= g`, trigger `< r`: both hold for values in [g, r), which exist when g < r.
    let signed = gateKeepsHigh ? -gap : gap
    return signed > tolerance || (abs(gap) <= tolerance && bothInclusive)
  }
}
