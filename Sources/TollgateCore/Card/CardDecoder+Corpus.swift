// `data.corpus`: a corpus and the tokenizer that counts it, instead of a `data.tokens` number.

extension CardDecoder {
  /// The rule id of a `data.corpus` that is ignored because `data.tokens` is set.
  static let corpusIgnoredRule = "data.corpus-ignored"

  /// The corpus; `countsTokens` when `data.tokens` is absent, so the corpus must be counted
  /// and needs a tokenizer. With `data.tokens` set, a corpus without one is still scanned for
  /// personal data at step 3.
  mutating func corpus(_ entry: Node.Entry, countsTokens: Bool) -> CorpusSpec? {
    let path = "data.corpus"
    guard let fields = fields(entry.value, path: path, keys: CardKeys.corpus) else { return nil }
    let paths = corpusPaths(fields["paths"]?.value, in: entry.value)
    let tokenizer = text(fields["tokenizer"]?.value, "\(path).tokenizer")
    let tokenizerAbsent = fields["tokenizer"].map { Self.isNull($0.value) } ?? true
    if countsTokens && tokenizerAbsent {
      missingKey("tokenizer", in: entry.value, path: path, hint: say.tokenizerHint)
    }
    let spec = CorpusSpec(
      paths: paths ?? [], tokenizer: tokenizer,
      field: field(fields["field"]?.value, "\(path).field"),
      sample: sample(fields["sample"]?.value, "\(path).sample"),
      seed: seed(fields["seed"]?.value, "\(path).seed"), location: entry.keyLocation)
    guard paths != nil, tokenizer != nil || !countsTokens else { return nil }
    return spec
  }

  /// The corpus paths, or nil (after a diagnostic) when they are missing, empty or not text.
  private mutating func corpusPaths(_ node: Node?, in corpus: Node) -> [String]? {
    let path = "data.corpus.paths"
    guard let node, !Self.isNull(node) else {
      missingKey("paths", in: corpus, path: "data.corpus", hint: say.corpusPathsHint)
      return nil
    }
    guard let items = list(node, path) else { return nil }
    guard !items.isEmpty else {
      valueError(node, path, say.emptyList(path: path), hint: say.corpusPathsListHint)
      return nil
    }
    let paths = items.enumerated().compactMap { index, item in text(item, "\(path)[\(index)]") }
    return paths.count == items.count ? paths : nil
  }

  /// The JSON field path, refused when a key in it is empty (`""`, `.`, `text.`, `..text`):
  /// no document has such a field, so every line would be skipped.
  private mutating func field(_ node: Node?, _ path: String) -> String? {
    guard let node, let field = text(node, path) else { return nil }
    let keys = field.split(separator: ".", omittingEmptySubsequences: false)
    guard !keys.contains(where: \.isEmpty) else {
      valueError(node, path, say.fieldNamesNoKey(path: path, found: field), hint: say.fieldHint)
      return nil
    }
    return field
  }

  /// A share of documents in (0, 1], written as a fraction (`0.01`) or a percentage (`1%`).
  private mutating func sample(_ node: Node?, _ path: String) -> Double? {
    guard let node, let measure = measure(node, path, expected: .share) else { return nil }
    let share: Double
    switch measure.unit {
    case .percent: share = measure.value / 100
    case .none: share = measure.value
    default:
      typeError(node, path, expected: .shareOfDocuments)
      return nil
    }
    guard share > 0, share <= 1 else {
      valueError(
        node, path, say.shareOutOfRange(path: path, found: node.scalar ?? ""),
        hint: say.valueHint(.share) ?? "")
      return nil
    }
    return share
  }

  /// A seed: a whole number from 0 to 2^64 - 1.
  private mutating func seed(_ node: Node?, _ path: String) -> UInt64? {
    guard let node, !Self.isNull(node) else { return nil }
    if let text = node.scalar, !node.isQuotedScalar, let seed = UInt64(text.filter { $0 != "_" }) {
      return seed
    }
    guard let value = integer(node, path) else { return nil }
    guard value >= 0 else {
      valueError(node, path, say.negative(path: path, found: value), hint: say.seedHint)
      return nil
    }
    return UInt64(value)
  }

  mutating func warnCorpusIgnored(_ corpus: Node.Entry, tokens: Node.Entry) {
    guard !Self.isNull(corpus.value), !Self.isNull(tokens.value) else { return }
    diagnostics.append(
      Diagnostic(
        .warning, rule: Self.corpusIgnoredRule,
        say.corpusIgnored(tokensAt: Self.place(tokens.keyLocation)), at: corpus.keyLocation,
        keyPath: "data.corpus", hint: say.corpusIgnoredHint))
  }
}
