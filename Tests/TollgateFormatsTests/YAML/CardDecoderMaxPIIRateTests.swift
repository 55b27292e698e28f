import Testing
import TollgateCore
import TollgateFormats

/// Decoding of `data.deidentification.max_pii_rate`, the PII rate step 3 holds a scan against.
@Suite struct CardDecoderMaxPIIRateTests {
  private func check(_ yaml: String, language: Language) throws -> CardCheckResult {
    CardChecker.check(
      try YAMLReader.read(text: yaml, file: "card.yaml"), file: "card.yaml", language: language)
  }

  @Test(arguments: [("0.1%", 0.001), ("0.001", 0.001), ("2.5%", 0.025)])
  func readsTheRateAsAPercentageOrAFraction(written: String, fraction: Double) throws {
    let yaml = "data:\n  deidentification: {method: masking, max_pii_rate: \(written)}\n"

    let decoding = CardDecoder.decode(
      try YAMLReader.read(text: yaml, file: "card.yaml"), file: "card.yaml")

    #expect(decoding.diagnostics.isEmpty)
    #expect(decoding.card.data?.maxPIIRate == fraction)
  }

  @Test func leavesTheRateUnsetWhenTheCardDoesNotGiveIt() throws {
    let yaml = "data:\n  deidentification: {method: masking}\n"

    let decoding = CardDecoder.decode(
      try YAMLReader.read(text: yaml, file: "card.yaml"), file: "card.yaml")

    #expect(decoding.card.data?.maxPIIRate == nil)
  }

  @Test func rateOutOfRangeReadsInChinese() throws {
    let yaml = "数据:\n  deidentification:\n    max_pii_rate: 0\n"

    let diagnostic = try check(yaml, language: .chinese).diagnostics.first {
      $0.ruleID == "card.value-range"
    }

    #expect(
      diagnostic?.message
        == "`data.deidentification.max_pii_rate` 为 0；允许含个人信息的文档比例必须大于 0%，且小于 100%")
    #expect(diagnostic?.hint == "写扫描后仍可含个人信息的文档比例上限，如 `max_pii_rate: 0.1%`")
    #expect(diagnostic?.location?.line == 3)
    #expect(diagnostic?.location?.column == 19)
  }
}
