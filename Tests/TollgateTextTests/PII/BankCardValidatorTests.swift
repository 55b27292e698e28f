import Testing

@testable import TollgateText

@Suite struct BankCardValidatorTests {
  /// Every card value of realdata/pii/cn_public_test_values.json is a valid card number.
  @Test func acceptsThePublicTestCardNumbers() throws {
    let root = try PIIEvaluation.json("pii/cn_public_test_values.json") as? [String: Any]
    var values: [String] = []
    for case let group as [String: Any] in root?["groups"] as? [Any] ?? [] {
      guard let type = group["type"] as? String, type.contains("CARD") else { continue }
      for case let value as [String: Any] in group["values"] as? [Any] ?? [] {
        if let number = value["value"] as? String { values.append(number) }
      }
    }

    let rejected = values.filter { value in
      !BankCardValidator.isValid(value.compactMap { $0.wholeNumberValue.map(UInt8.init) }[...])
    }

    #expect(values.count == 14)
    #expect(rejected == [])
  }

  @Test func rejectsALuhnValidNumberWithoutAKnownPrefix() {
    // 7992739871 3 is the Luhn algorithm's textbook example; 79 belongs to no card network.
    let digits: [UInt8] = [7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3, 0, 0, 0]

    #expect(BankCardValidator.passesLuhn([7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3][...]))
    #expect(!BankCardValidator.isValid(digits[...]))
  }

  @Test func rejectsAVisaNumberWithAWrongCheckDigit() {
    let digits: [UInt8] = [4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]

    #expect(!BankCardValidator.isValid(digits[...]))
  }
}
