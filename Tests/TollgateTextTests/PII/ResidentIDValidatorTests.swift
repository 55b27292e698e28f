import Testing

@testable import TollgateText

@Suite struct ResidentIDValidatorTests {
  static func digits(_ value: String) -> [UInt8] {
    value.uppercased().utf8.map { $0 == UInt8(ascii: "X") ? 10 : $0 &- 48 }
  }

  /// Every resident-ID value of realdata/pii/cn_public_test_values.json agrees with its source.
  @Test func agreesWithThePublicTestValues() throws {
    let root = try PIIEvaluation.json("pii/cn_public_test_values.json") as? [String: Any]
    var checked = 0
    for case let group as [String: Any] in root?["groups"] as? [Any] ?? []
    where group["type"] as? String == "CN_RESIDENT_ID" {
      for case let value as [String: Any] in group["values"] as? [Any] ?? [] {
        guard let number = value["value"] as? String,
          let expectation = value["source_expectation"] as? String
        else { continue }
        let isFormatOK = number.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "X" || $0 == "x") }
        let isValid = isFormatOK && ResidentIDValidator.isValid(Self.digits(number)[...])
        #expect(isValid == expectation.hasPrefix("valid"), "\(number): \(expectation)")
        checked += 1
      }
    }
    #expect(checked == 11)
  }

  @Test func computesTheGB11643CheckCharacterOfTheStandardsExample() {
    let digits = Self.digits("11010519491231002X")

    #expect(ResidentIDValidator.checkValue(digits[..<17]) == 10)
  }

  @Test(arguments: [
    ("110105491231002", true),  // legacy form of the GB 11643 example (1949-12-31)
    ("110105490230002", false),  // 30 February
    ("990105491231002", false),  // no province 99
  ])
  func checksTheLegacyFifteenDigitForm(value: String, isValid: Bool) {
    #expect(ResidentIDValidator.isValid(Self.digits(value)[...]) == isValid)
  }

  @Test func acceptsTwentyNinthFebruaryOnlyInLeapYears() {
    #expect(ResidentIDValidator.isDate(year: 2000, month: 2, day: 29))
    #expect(!ResidentIDValidator.isDate(year: 1900, month: 2, day: 29))
  }
}
