// The pilot section: how to read the pilot log. Two pairs of keys say the same thing in two
// ways (`tokens_per_step` or `batch`; `parameters` or `model_config`), so the decoder also
// checks that a pair agrees, or says which one counts.

extension CardDecoder {
  /// The rule id of a `tokens_per_step` that differs from the product of `batch`.
  static let batchMismatchRule = "pilot.batch-mismatch"
  /// The rule id of a `model_config` that is ignored because `parameters` is set.
  static let modelConfigIgnoredRule = "pilot.model-config-ignored"

  /// The members of `pilot.batch`, in the order they multiply, as their canonical keys.
  static let batchMembers = ["per_device", "gradient_accumulation", "gpus", "sequence_length"]

  mutating func pilot(_ node: Node?) -> PilotSpec? {
    guard let fields = fields(node, path: "pilot", keys: CardKeys.pilot) else { return nil }
    var spec = PilotSpec(
      tokensPerStep: tokenCount(fields["tokens_per_step"]?.value, "pilot.tokens_per_step"),
      warmupSteps: integer(fields["warmup_steps"]?.value, "pilot.warmup_steps"),
      parameters: number(fields["parameters"]?.value, "pilot.parameters"),
      gpus: integer(fields["gpus"]?.value, "pilot.gpus"),
      modelConfig: text(fields["model_config"]?.value, "pilot.model_config"))

    if let batch = fields["batch"], let product = batchTokens(batch) {
      if let stated = fields["tokens_per_step"], let tokens = spec.tokensPerStep, tokens != product
      {
        reportBatchMismatch(batch, product: product, stated: stated, tokens: tokens)
        spec.tokensPerStep = nil
      } else {
        spec.tokensPerStep = product
      }
    }
    if let config = fields["model_config"], let parameters = fields["parameters"],
      !Self.isNull(config.value), !Self.isNull(parameters.value)
    {
      diagnostics.append(
        Diagnostic(
          .warning, rule: Self.modelConfigIgnoredRule,
          say.modelConfigIgnored(parametersAt: Self.place(parameters.keyLocation)),
          at: config.keyLocation, keyPath: "pilot.model_config", hint: say.modelConfigIgnoredHint))
    }
    return spec
  }

  /// Tokens per optimiser step from `batch`: the product of its four members, each a whole
  /// number of at least 1. Nil (after a diagnostic) when a member is missing or wrong.
  private mutating func batchTokens(_ entry: Node.Entry) -> TokenCount? {
    let path = "pilot.batch"
    guard let fields = fields(entry.value, path: path, keys: CardKeys.batch) else { return nil }
    var factors: [Int64] = []
    for member in Self.batchMembers {
      guard let node = fields[member]?.value, !Self.isNull(node) else {
        missingKey(member, in: entry.value, path: path, hint: say.batchMembersHint)
        continue
      }
      guard let factor = integer(node, "\(path).\(member)") else { continue }
      guard factor >= 1 else {
        valueError(
          node, "\(path).\(member)", say.tooSmall(path: "\(path).\(member)", found: factor),
          hint: say.atLeastOneHint)
        continue
      }
      factors.append(Int64(factor))
    }
    guard factors.count == Self.batchMembers.count else { return nil }
    var product: Int64 = 1
    for factor in factors {
      let (next, overflow) = product.multipliedReportingOverflow(by: factor)
      guard !overflow else {
        valueError(
          entry.value, path, say.batchOverflow(path: path), hint: say.batchOverflowHint)
        return nil
      }
      product = next
    }
    return TokenCount(product)
  }

  private mutating func reportBatchMismatch(
    _ batch: Node.Entry, product: TokenCount, stated: Node.Entry, tokens: TokenCount
  ) {
    diagnostics.append(
      Diagnostic(
        .error, rule: Self.batchMismatchRule,
        say.batchMismatch(
          statedAt: Self.place(stated.keyLocation), stated: tokens.value,
          batchAt: Self.place(batch.keyLocation), product: product.value),
        at: batch.keyLocation, keyPath: "pilot.batch", hint: say.batchMismatchHint))
  }

  /// A required key that a mapping lacks; points at the mapping.
  mutating func missingKey(_ key: String, in node: Node, path: String, hint: String) {
    diagnostics.append(
      Diagnostic(
        .error, rule: Self.missingKeyRule, say.missingKey(path: path, key: key), at: node.location,
        keyPath: "\(path).\(key)", hint: hint))
  }

  /// A value of the right type that is not allowed here.
  mutating func valueError(_ node: Node, _ path: String, _ message: String, hint: String) {
    diagnostics.append(
      Diagnostic(
        .error, rule: Self.valueRule, message, at: node.location, keyPath: path, hint: hint))
  }

  /// `line:column`, for messages that name a second place in the card.
  static func place(_ location: SourceLocation) -> String {
    "\(location.line):\(location.column)"
  }
}
