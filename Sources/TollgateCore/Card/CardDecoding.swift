/// What `CardDecoder` made of a card: the typed card, what it could not read, and the places the
/// rules look at again (thresholds, actions, amounts of money).
public struct CardDecoding: Sendable, Hashable {
  /// The typed card; a field the decoder could not read is nil, and a diagnostic says why.
  public var card: DecisionCard
  /// Unknown keys (warnings), wrong types and values (errors).
  public var diagnostics: [Diagnostic]
  /// The tree the card was decoded from, for rules that need a node's exact place.
  public var root: Node
  /// Top-level sections present, by canonical key, whatever spelling the card used.
  public var sections: [String: Node.Entry]
  /// Every threshold expression in the card, parsed or not.
  public var thresholds: [ThresholdSite]
  /// Every action name in the card, known or not.
  public var actions: [ActionSite]
  /// Every currency code the card uses, in document order.
  public var currencies: [CurrencySite]
  /// The language the decoder and the rules write their messages in.
  public var language: Language = .english

  public init(card: DecisionCard, root: Node) {
    self.card = card
    self.root = root
    self.diagnostics = []
    self.sections = [:]
    self.thresholds = []
    self.actions = []
    self.currencies = []
  }

  /// The table of messages in the checker's language.
  var messages: any CardMessages { language.cardMessages }
}

/// A threshold expression where the card wrote it, with what the parser made of it.
public struct ThresholdSite: Sendable, Hashable {
  /// `gate.guards[0].block`, `risks[1].trigger`.
  public var keyPath: String
  /// The scalar holding the expression.
  public var node: Node
  /// The parsed threshold, or why it could not be parsed.
  public var result: Result<Threshold, ThresholdSyntaxError>

  public init(keyPath: String, node: Node, result: Result<Threshold, ThresholdSyntaxError>) {
    self.keyPath = keyPath
    self.node = node
    self.result = result
  }

  /// The place of the character `offset` scalars into the expression (past an opening quote).
  public func location(ofOffset offset: Int) -> SourceLocation {
    var quoteWidth = 0
    if case .scalar(_, let isQuoted) = node.kind, isQuoted { quoteWidth = 1 }
    return node.location.advanced(byColumns: offset + quoteWidth)
  }
}

/// An action name where the card wrote it; `action` is nil when the name is unknown.
public struct ActionSite: Sendable, Hashable {
  /// `risks[0].action`, `gate.guards[1].action`.
  public var keyPath: String
  /// The name as written.
  public var text: String
  /// Where the name is written.
  public var location: SourceLocation
  /// The action, or nil when the name is not one of `Action`'s.
  public var action: Action?

  public init(keyPath: String, text: String, location: SourceLocation, action: Action?) {
    self.keyPath = keyPath
    self.text = text
    self.location = location
    self.action = action
  }
}

/// A currency code used by an amount of money or a threshold.
public struct CurrencySite: Sendable, Hashable {
  /// `budget.training.cost`, `budget.stop_loss[0].trigger`.
  public var keyPath: String
  /// The ISO 4217 code as written (`USD`).
  public var code: String
  /// Where the amount is written.
  public var location: SourceLocation

  public init(keyPath: String, code: String, location: SourceLocation) {
    self.keyPath = keyPath
    self.code = code
    self.location = location
  }
}
