/// A threshold expression must read as `METRIC OP BOUND`; the diagnostic points at the first
/// character that does not fit and says what was expected there.
public struct ThresholdSyntaxRule: CardRule {
  public static let id = "threshold.syntax"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    let say = decoding.messages
    return decoding.thresholds.compactMap { site in
      guard case .failure(let error) = site.result, error.kind == .syntax else { return nil }
      let (message, hint) = say.threshold(error)
      return Diagnostic(
        .error, rule: Self.id, message, at: site.location(ofOffset: error.offset),
        keyPath: site.keyPath, hint: hint)
    }
  }
}
