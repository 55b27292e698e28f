/// Decodes a card and runs every rule on it: what `tollgate card check` prints.
public enum CardChecker {
  /// Every rule, in no particular order (diagnostics are sorted by place afterwards).
  public static let rules: [any CardRule] = [
    RequiredSectionRule(),
    ThresholdQuantitativeRule(),
    ThresholdSyntaxRule(),
    RiskTriggerActionRule(),
    StopLossRule(),
    LicenceRule(),
    RollbackTargetRule(),
    GateRiskContradictionRule(),
    PrimaryTargetRule(),
    ActionNameRule(),
    ConfidenceRule(),
    SafetyFactorRule(),
    GuardThresholdRule(),
    DerivedMetricRule(),
    CurrencyRule(),
    ValueRangeRule(),
    GuardConsistencyRule(),
    TriggerEvaluableRule(),
  ]

  /// The ids of every rule, and of the decoder's own checks, for documentation and `--help`.
  public static var ruleIDs: [String] {
    [
      CardDecoder.unknownKeyRule, CardDecoder.typeRule, CardDecoder.valueRule,
      CardDecoder.missingKeyRule, CardDecoder.batchMismatchRule,
      CardDecoder.modelConfigIgnoredRule, CardDecoder.corpusIgnoredRule,
    ] + rules.map { type(of: $0).id }
  }

  /// Checks the card read from `file` whose tree is `root`, with every message and hint in
  /// `language` (the rule ids, key paths and quoted values stay as written).
  public static func check(
    _ root: Node, file: String, language: Language = .english
  ) -> CardCheckResult {
    let decoding = CardDecoder.decode(root, file: file, language: language)
    var diagnostics = decoding.diagnostics
    for rule in rules {
      diagnostics += rule.check(decoding)
    }
    // Ties keep the order the rules made them in (missing sections in card order).
    let sorted = diagnostics.enumerated().sorted { a, b in
      Self.order(a.element, b.element) ?? (a.offset < b.offset)
    }
    return CardCheckResult(card: decoding.card, diagnostics: sorted.map(\.element))
  }

  /// By line, then column, then errors before warnings, then rule id; nil for a tie.
  static func order(_ a: Diagnostic, _ b: Diagnostic) -> Bool? {
    let left = (a.location?.line ?? 0, a.location?.column ?? 0)
    let right = (b.location?.line ?? 0, b.location?.column ?? 0)
    if left != right { return left < right }
    if a.severity != b.severity { return a.severity > b.severity }
    if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
    return nil
  }
}

/// A checked card: what was decoded and everything found wrong with it.
public struct CardCheckResult: Sendable, Hashable {
  /// The typed card; fields the checker could not read are nil.
  public var card: DecisionCard
  /// Sorted by place in the file.
  public var diagnostics: [Diagnostic]

  public init(card: DecisionCard, diagnostics: [Diagnostic]) {
    self.card = card
    self.diagnostics = diagnostics
  }

  /// The diagnostics that make the card invalid.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
  /// The diagnostics that make the card invalid only with `--strict`.
  public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }

  /// Whether the card can support a decision; with `strict`, warnings count as errors.
  public func isValid(strict: Bool = false) -> Bool {
    strict ? !diagnostics.contains { $0.severity >= .warning } : errors.isEmpty
  }
}
