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
    let hint =
      confidence > 1 && confidence < 100
      ? "write a fraction: \(confidence / 100) rather than \(node.scalar ?? "")"
      : "write a value above 0.5 and below 1; 0.95 is usual"
    return [
      Diagnostic(
        .error, rule: Self.id, "confidence \(node.scalar ?? "") is outside (0.5, 1)",
        at: node.location, keyPath: "gate.confidence", hint: hint)
    ]
  }
}
