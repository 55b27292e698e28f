/// The rollback must name a target Tollgate can move the model back to.
///
/// The model registry is not built yet (DESIGN.md, "Runs, snapshots and the registry"), so the
/// target must be one of the registry's standard aliases or a version reference (`v3`,
/// `contract-extractor@3`); anything else is an alias nobody could resolve at 3 a.m.
public struct RollbackTargetRule: CardRule {
  public static let id = "rollback.target"

  /// The aliases every registry has.
  public static let knownAliases = ["baseline", "production", "canary", "previous"]

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    guard let entry = decoding.sections["rollback"], entry.value.entries != nil else { return [] }
    let say = decoding.messages
    guard let target = entry.value.value(forKey: "to"), let text = target.scalar else {
      return [
        Diagnostic(
          .error, rule: Self.id, say.rollbackWithoutTarget, at: entry.keyLocation,
          keyPath: "rollback.to", hint: say.rollbackWithoutTargetHint)
      ]
    }
    if Self.knownAliases.contains(text) || Self.isVersion(text) { return [] }
    let hint = say.rollbackTargetHint(
      aliases: Self.knownAliases, nearest: EditDistance.nearest(to: text, in: Self.knownAliases))
    return [
      Diagnostic(
        .error, rule: Self.id, say.unknownRollbackTarget(text),
        at: target.location, keyPath: "rollback.to", hint: hint)
    ]
  }

  /// `v3`, `3`, `model@3`, `model@v3`.
  static func isVersion(_ text: String) -> Bool {
    var rest = Substring(text)
    if let at = text.lastIndex(of: "@") {
      let model = text[..<at]
      guard !model.isEmpty, model.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) })
      else { return false }
      rest = text[text.index(after: at)...]
    }
    if rest.first == "v" { rest = rest.dropFirst() }
    return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isNumber }
  }
}
