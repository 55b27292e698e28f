import Testing

@testable import TollgateCore

@Suite struct CurrencyRuleTests {
  @Test func rejectsSecondCurrency() throws {
    try CardFixture.expectOnly(
      "two-currencies.yaml", rule: CurrencyRule.id, line: 26, column: 53,
      keyPath: "budget.compute.price_per_gpu_hour")
  }
}
