import Foundation
import Testing
import TollgateCore

@testable import TollgateReport

@Suite struct ReportNumberTests {
  @Test(arguments: [
    (0.8712345, "0.8712"), (0.84, "0.84"), (0.000512, "0.000512"), (412.57, "412.6"),
    (20_000, "20000"), (0, "0"), (-0.0183, "-0.0183"),
  ])
  func printsMetricValuesWithFourSignificantDigits(_ value: Double, _ text: String) {
    #expect(ReportNumber.value(value) == text)
  }

  @Test(arguments: [
    (Money(20_000, "USD"), "20,000 USD"), (Money(60, "USD"), "60.00 USD"),
    (Money(-1_234_567.4, "CNY"), "-1,234,567 CNY"),
  ])
  func printsMoneyWithThousandsSeparators(_ money: Money, _ text: String) {
    #expect(ReportNumber.money(money) == text)
  }

  @Test func showsTheSignOfAGain() {
    #expect(ReportNumber.signed(0.03) == "+0.03")
    #expect(ReportNumber.signed(-0.0061) == "-0.0061")
  }

  @Test func neverPrintsNegativeZero() {
    #expect(ReportNumber.fixed(-0.00001, decimals: 2) == "0.00")
    #expect(ReportNumber.signed(-0.00001, decimals: 2) == "0")
  }

  @Test func printsValuesThatAreNotFiniteAsWords() {
    #expect(ReportNumber.value(.nan) == "NaN")
    #expect(ReportNumber.value(-.infinity) == "-∞")
  }

  @Test func printsDatesInUTC() {
    #expect(
      ReportDate.iso8601(Date(timeIntervalSince1970: 1_796_400_000)) == "2026-12-04T16:00:00Z")
  }
}
