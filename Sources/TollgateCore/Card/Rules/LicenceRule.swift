/// Data whose licence forbids training cannot be trained on; a licence that does not say is a
/// warning, because someone has to find out before the run.
public struct LicenceRule: CardRule {
  public static let id = "data.licence"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let sources = decoding.node(at: ["data", "sources"])?.items else { return [] }
    let say = decoding.messages
    return zip(sources.indices, sources).compactMap { index, source in
      guard source.entries != nil else { return nil }
      let name = source.value(forKey: "name")?.scalar
      let path = "data.sources[\(index)].licence.training"
      let training = source.value(forKey: "licence")?.value(forKey: "training")
      switch training?.scalar {
      case Permission.forbidden.rawValue?:
        return Diagnostic(
          .error, rule: Self.id, say.licenceForbidsTraining(source: name, index: index),
          at: training?.location ?? source.location, keyPath: path,
          hint: say.licenceForbidsTrainingHint)
      case Permission.allowed.rawValue?:
        return nil
      default:
        // An invalid spelling is reported by the decoder (`card.value`); do not repeat it.
        if let text = training?.scalar, Permission(rawValue: text) == nil { return nil }
        return Diagnostic(
          .warning, rule: Self.id,
          say.licenceUnstated(source: name, index: index),
          at: training?.location ?? source.location, keyPath: path, hint: say.licenceUnstatedHint)
      }
    }
  }
}
