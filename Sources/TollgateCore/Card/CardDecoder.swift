/// Turns a card's `Node` tree into a typed `DecisionCard`, reporting what it cannot read.
///
/// The decoder never stops at the first problem: an unknown key is a warning naming the nearest
/// valid key, a value of the wrong type an error naming the key path and the type expected, and
/// the field is left nil so that the rules can go on checking the rest. Threshold expressions,
/// action names and currencies are collected for the rules rather than judged here.
public struct CardDecoder {
  /// The rule id of an unknown key.
  static let unknownKeyRule = "card.unknown-key"
  /// The rule id of a key a mapping must have but lacks (`tokenizer` in `data.corpus`).
  static let missingKeyRule = "card.missing-key"
  /// How many unknown keys are listed one by one; the rest are counted in one more warning.
  static let listedUnknownKeys = 20

  /// A key that its mapping does not know, with the keys that mapping does.
  private struct UnknownKey {
    var entry: Node.Entry
    var path: String
    var keys: [CardKeys.Key]
  }

  var diagnostics: [Diagnostic] = []
  /// Keys no mapping knows, reported together once the whole card is read.
  private var unknownKeys: [UnknownKey] = []
  var thresholds: [ThresholdSite] = []
  var actions: [ActionSite] = []
  var currencies: [CurrencySite] = []
  /// The phrasing of every diagnostic, in the language asked for.
  let say: any CardMessages

  init(language: Language) {
    say = language.cardMessages
  }

  /// Decodes `root`, the tree of the card at `file`, with messages in `language`.
  public static func decode(
    _ root: Node, file: String, language: Language = .english
  ) -> CardDecoding {
    var decoder = CardDecoder(language: language)
    var card = DecisionCard(path: file)
    let sections = decoder.fields(root, path: "", keys: CardKeys.topLevel) ?? [:]
    decoder.decodeTopLevel(sections, into: &card)
    decoder.reportUnknownKeys()

    var decoding = CardDecoding(card: card, root: root)
    decoding.sections = sections
    decoding.diagnostics = decoder.diagnostics
    decoding.thresholds = decoder.thresholds
    decoding.actions = decoder.actions
    decoding.currencies = decoder.currencies
    decoding.language = language
    return decoding
  }

  /// The entries of a mapping by canonical key; unknown keys are reported and left out.
  ///
  /// Returns nil (after an error) when `node` is not a mapping, and nil without one when it is
  /// null, so an empty section reads as absent.
  mutating func fields(_ node: Node?, path: String, keys: [CardKeys.Key]) -> [String: Node.Entry]? {
    guard let node, !Self.isNull(node) else { return nil }
    guard let entries = node.entries else {
      let name = path.isEmpty ? say.topLevelName : path
      typeError(node, name, expected: .mappingOfKeys, hint: say.mappingHint(name: name))
      return nil
    }
    var found: [String: Node.Entry] = [:]
    for entry in entries {
      let entryPath = path.isEmpty ? entry.key : "\(path).\(entry.key)"
      // Name and aliases compared in place: `spellings` builds an array, once per key per entry.
      guard let key = keys.first(where: { $0.name == entry.key || $0.aliases.contains(entry.key) })
      else {
        unknownKeys.append(UnknownKey(entry: entry, path: entryPath, keys: keys))
        continue
      }
      if let earlier = found[key.name] {
        diagnostics.append(
          Diagnostic(
            .error, rule: Self.typeRule,
            say.repeatedKey(entry.key, earlierKey: earlier.key, line: earlier.keyLocation.line),
            at: entry.keyLocation, keyPath: entryPath, hint: say.repeatedKeyHint))
        continue
      }
      found[key.name] = entry
    }
    return found
  }

  /// Reports the unknown keys: the first `listedUnknownKeys` in the card's order, each with the
  /// nearest valid key, then one warning for the rest that says where they are.
  ///
  /// A card with thousands of unknown keys is almost always the wrong file or a generated one;
  /// a warning and a "did you mean" search for each made such a card take half a minute to check
  /// and bury the first findings under the rest (issue #2).
  private mutating func reportUnknownKeys() {
    let byPlace = unknownKeys.sorted { a, b in
      let (left, right) = (a.entry.keyLocation, b.entry.keyLocation)
      return (left.line, left.column) < (right.line, right.column)
    }
    for unknown in byPlace.prefix(Self.listedUnknownKeys) {
      let spellings = unknown.keys.flatMap(\.spellings)
      let hint: String
      if let nearest = EditDistance.nearest(to: unknown.entry.key, in: spellings) {
        hint = say.suggesting(nearest, "")
      } else {
        hint = say.keysHere(unknown.keys.map(\.name))
      }
      diagnostics.append(
        Diagnostic(
          .warning, rule: Self.unknownKeyRule, say.unknownKey(unknown.entry.key),
          at: unknown.entry.keyLocation, keyPath: unknown.path, hint: hint))
    }
    let rest = byPlace.dropFirst(Self.listedUnknownKeys)
    guard let first = rest.first, let last = rest.last else { return }
    diagnostics.append(
      Diagnostic(
        .warning, rule: Self.unknownKeyRule,
        say.moreUnknownKeys(
          rest.count, firstLine: first.entry.keyLocation.line,
          lastLine: last.entry.keyLocation.line),
        at: first.entry.keyLocation, keyPath: first.path,
        hint: say.moreUnknownKeysHint(listed: Self.listedUnknownKeys)))
  }

  private mutating func decodeTopLevel(_ top: [String: Node.Entry], into card: inout DecisionCard) {
    // Read once: a second read would report a version of the wrong type twice.
    card.schemaVersion = top["tollgate"].flatMap { integer($0.value, "tollgate") }
    if let version = top["tollgate"]?.value, let number = card.schemaVersion, number != 1 {
      diagnostics.append(
        Diagnostic(
          .error, rule: Self.valueRule, say.unsupportedSchema(number), at: version.location,
          keyPath: "tollgate", hint: say.unsupportedSchemaHint))
    }
    card.name = text(top["name"]?.value, "name")
    card.language = choice(top["lang"]?.value, "lang", of: Language.self) ?? .english
    card.goal = top["goal"].flatMap { goal($0) }
    card.baseline = top["baseline"].flatMap { baseline($0.value) }
    card.data = top["data"].flatMap { data($0) }
    card.budget = top["budget"].flatMap { budget($0) }
    card.risks = risks(top["risks"]?.value)
    card.evaluation = evaluation(top["evaluation"]?.value)
    card.evidence = evidence(top["evidence"]?.value)
    card.metrics = metrics(top["metrics"]?.value)
    card.pilot = pilot(top["pilot"]?.value)
    card.gate = top["gate"].flatMap { gate($0) }
    card.rollback = top["rollback"].flatMap { rollback($0) }
  }
}
