import Testing

@testable import TollgateCore

/// `data.deidentification.max_pii_rate` must lie strictly between 0 and 100 %: 0 would block a
/// scan with a single hit, 100 % would let every document through.
@Suite struct MaxPIIRateRangeTests {
  @Test(arguments: ["range-max-pii-rate-zero.yaml", "range-max-pii-rate-all.yaml"])
  func rejectsARateOfNoneOrAllDocuments(_ name: String) throws {
    let diagnostic = try CardFixture.expectOnly(
      name, rule: ValueRangeRule.id, line: 20, column: 19,
      keyPath: "data.deidentification.max_pii_rate")

    #expect(diagnostic?.hint?.contains("max_pii_rate: 0.1%") == true)
  }

  @Test func pinsTheEnglishWording() throws {
    let diagnostic = try CardFixture.expectOnly(
      "range-max-pii-rate-all.yaml", rule: ValueRangeRule.id, line: 20, column: 19,
      keyPath: "data.deidentification.max_pii_rate")

    #expect(
      diagnostic?.message
        == "`data.deidentification.max_pii_rate` is 100%; the share of documents allowed to "
        + "hold personal data must be more than 0% and less than 100%")
  }

  @Test func rejectsAPlainNumberAboveOneAsTheWrongType() throws {
    try CardFixture.expectOnly(
      "wrong-type-max-pii-rate.yaml", rule: "card.type", line: 20, column: 19,
      keyPath: "data.deidentification.max_pii_rate")
  }
}
