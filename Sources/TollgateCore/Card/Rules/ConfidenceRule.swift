/// The gate's confidence must lie strictly between 0.5 and 1: at 0.5 an interval says nothing,
/// at 1 it is infinitely wide. A common slip is writing 95 for 0.95.
public struct ConfidenceRule: CardRule {
  public static let id = "gate.confidence"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let node = decoding.node(at: ["gate", "confidence"]), node.scalar != nil,
      let gate = decoding.card.gate, decoding.card.gate?.confidence != nil
    else { return [] }
    let confidence = gate.confidence
    guard confidence <= 0.5 || confidence >= 1 else { return [] }
    let say = decoding.messages
    let hint =
      confidence > 1 && confidence < 100
      ? say.confidenceAsPercentHint(fraction: confidence / 100, written: node.scalar ?? "")
      : say.confidenceHint
    return [
      Diagnostic(
        .error, rule: Self.id, say.confidenceOutside(node.scalar ?? ""),
        at: node.location, keyPath: "gate.confidence", hint: hint)
    ]
  }
}
