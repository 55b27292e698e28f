/// One check a card must pass before a decision can rest on it.
///
/// Each rule lives in its own file with its own tests and a stable id (`budget.stop-loss`) that
/// appears in every diagnostic it makes, so CI logs can be searched and a rule looked up.
public protocol CardRule: Sendable {
  /// The stable id printed in brackets after each diagnostic.
  static var id: String { get }

  /// The rule's findings on a decoded card (empty when the card passes).
  func check(_ decoding: CardDecoding) -> [Diagnostic]
}
