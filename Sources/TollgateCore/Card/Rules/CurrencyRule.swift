/// A card uses one currency: amounts in two currencies cannot be added or compared without an
/// exchange rate, and Tollgate does not guess one.
public struct CurrencyRule: CardRule {
  public static let id = "budget.currency"

  public init() {}

  public func check(_ decoding: CardDecoding) -> [Diagnostic] {
    // The first currency in the file sets the card's currency, whatever order sections decode in.
    let sites = decoding.currencies.sorted {
      ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column)
    }
    guard let first = sites.first else { return [] }
    let say = decoding.messages
    return sites.dropFirst().compactMap { site in
      guard site.code != first.code else { return nil }
      return Diagnostic(
        .error, rule: Self.id,
        say.secondCurrency(
          site.code, first: first.code, firstPath: first.keyPath, line: first.location.line),
        at: site.location, keyPath: site.keyPath, hint: say.currencyHint(first.code))
    }
  }
}
