import Foundation
import Testing

@testable import TollgateText

@Suite struct PhoneNumberValidatorTests {
  static func digits(_ number: Int64) -> [UInt8] { String(number).utf8.map { $0 - 48 } }

  /// The assigned 11-digit numbers of realdata/pii/china_mobile_phone_regex/test_data.json.
  @Test func acceptsEveryAssignedMobileNumberOfTheTestData() throws {
    let root =
      try PIIEvaluation.json("pii/china_mobile_phone_regex/test_data.json") as? [String: Any]
    var numbers: [Int64] = []
    for kind in ["carrier", "mvno", "data_plan_only"] {
      for case let list as [NSNumber] in (root?[kind] as? [String: Any] ?? [:]).values {
        numbers += list.map(\.int64Value)
      }
    }

    let rejected = numbers.filter { !PhoneNumberValidator.isMobile(Self.digits($0)[...]) }

    #expect(numbers.count == 77)
    #expect(rejected == [])
  }

  @Test func rejectsTheThirteenDigitIoTNumbers() throws {
    let root =
      try PIIEvaluation.json("pii/china_mobile_phone_regex/test_data.json") as? [String: Any]
    let iot = (root?["iot"] as? [String: Any] ?? [:]).values.compactMap { $0 as? [NSNumber] }
      .flatMap { $0 }

    #expect(!iot.isEmpty)
    #expect(iot.allSatisfy { !PhoneNumberValidator.isMobile(Self.digits($0.int64Value)[...]) })
  }

  @Test(arguments: [
    ("01062288559", true),  // Beijing: 010 + 8 digits
    ("0106228855", false),  // Beijing needs 8 digits
    ("07552654321", true),  // Shenzhen: 0755 + 7 digits
    ("00062288559", false),  // no area code starts 00
  ])
  func checksAreaCodeAndSubscriberLength(number: String, isValid: Bool) {
    let digits = number.utf8.map { $0 - 48 }

    let result = PhoneNumberValidator.isLandline(
      digits[...], afterCountryCode: false, groupStarts: [0], lastGroupStart: nil)

    #expect(result == isValid)
  }
}
