/// A threshold must hold a number: "significantly better" or "显著提升" cannot decide anything.
public struct ThresholdQuantitativeRule: CardRule {
  public static let id = "gate.quantitative"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let say = decoding.messages
    return decoding.thresholds.compactMap { site in
      guard case .failure(let error) = site.result, error.kind == .vague else { return nil }
      let (message, hint) = say.threshold(error)
      return Diagnostic(
        .error, rule: Self.id, message, at: site.location(ofOffset: error.offset),
        keyPath: site.keyPath, hint: hint)
    }
  }
}
