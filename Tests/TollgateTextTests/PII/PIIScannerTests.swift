import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

@Suite struct PIIScannerTests {
  let scanner: PIIScanner

  init() throws { scanner = try PIIScanner() }

  /// Every input of the labelled corpora: the phone model's 391 cases and our fixtures.
  static func corpusTexts() throws -> [String] {
    let cases = try PIIEvaluation.json("pii/recognizers_text/Chinese_PhoneNumberModel.json")
    var texts = (cases as? [[String: Any]] ?? []).compactMap { $0["Input"] as? String }
    let negatives = try String(contentsOf: Fixtures.beside("negatives.txt"), encoding: .utf8)
    texts += negatives.split(separator: "\n").map(String.init)
    let positives = try String(contentsOf: Fixtures.beside("positives.jsonl"), encoding: .utf8)
    for line in positives.split(separator: "\n") {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      if let text = object?["text"] as? String { texts.append(text) }
    }
    texts.append(
      try String(contentsOf: Fixtures.realData("pii/presidio/demo.txt"), encoding: .utf8))
    return texts
  }

  /// 张某 and 张某某 are how judgments and de-identified records write a person they do not
  /// name: no personal data left, so no hit; a real given name beside them still is one.
  @Test(arguments: ["联系人：张某，电话未留", "甲方代表：欧阳某某", "张某先生已签字", "患者 李某某 入院"])
  func takesNoMaskedNameForAName(text: String) throws {
    #expect(try scanner.scan(text).isEmpty)
  }

  @Test func stillFindsARealNameNextToAMaskedOne() throws {
    let hits = try scanner.scan("联系人：张某；收件人：王小明")

    #expect(hits.map(\.masked) == ["王**"])
  }

  @Test func prefilterMissesNothingTheValidatorsAccept() throws {
    let texts = try Self.corpusTexts()

    let mismatches = try texts.filter { try scanner.scan($0) != PIIReferenceScanner.scan($0) }

    #expect(texts.count > 400)
    #expect(mismatches == [])
  }

  @Test func findsNoPhoneNumberInsideALongerDigitRun() throws {
    let hits = try scanner.scan("编号 1381234567890 与 913812345678")

    #expect(hits.isEmpty)
  }

  @Test func countsFullWidthDigitsAsDigits() throws {
    let hits = try scanner.scan("手机：１３９１２３４５６７８")

    #expect(hits.map(\.category) == [.mobilePhone])
    #expect(hits.first?.masked == "139****5678")
    #expect(hits.first?.byteLength == 33)
  }

  /// A number glued to a full-width letter is part of a code (`Ａ13812345678`), as with ASCII.
  @Test(arguments: ["编号Ａ13812345678", "编号13812345678ｘ", "１３８１２３４５６７８ｘｙｚ"])
  func findsNoPhoneNumberGluedToAFullWidthLetter(text: String) throws {
    #expect(try scanner.scan(text).isEmpty)
  }

  @Test func masksIdentityNumbersKeepingRegionAndLastFour() throws {
    let hits = try scanner.scan("身份证号 11010519491231002X")

    #expect(hits.map(\.masked) == ["110105********002X"])
  }

  @Test func reportsANumberThatValidatesAsBothAsAnIdentityNumber() throws {
    // 412723199010050055 passes GB 11643 and, starting with 4 and 18 digits long, the Luhn check
    // of a Visa number as well.
    let value = "412723199010050055"
    let digits = value.utf8.map { $0 - 48 }

    let hits = try scanner.scan("证件号码：\(value)")

    #expect(BankCardValidator.passesLuhn(digits[...]))
    #expect(hits.map(\.category) == [.residentID])
  }

  @Test func givesByteAndCharacterOffsets() throws {
    let hits = try scanner.scan("电话13812345678")

    #expect(hits.first?.byteOffset == 6)
    #expect(hits.first?.characterOffset == 2)
    #expect(hits.first?.characterLength == 11)
  }

  @Test func keepsTheLongerOfOverlappingHits() throws {
    let hits = try scanner.scan("电话 010-65980408-8001")

    #expect(hits.count == 1)
    #expect(hits.first?.characterLength == 17)
  }

  @Test func findsNamesOnlyBesideAContextWord() throws {
    let bare = try scanner.scan("张伟今天来开会")
    let withContext = try scanner.scan("联系人：张伟，明天来开会")

    #expect(bare.isEmpty)
    #expect(withContext.map(\.masked) == ["张*"])
  }

  @Test func reportsPatternsACardAdds() throws {
    let scanner = try PIIScanner(extraPatterns: [
      PIIPattern(name: "employee", regex: "EMP-[0-9]{6}")
    ])

    let hits = try scanner.scan("工号 EMP-004211 已登记")

    #expect(hits.map(\.category) == [.custom("employee")])
    #expect(hits.map(\.masked) == ["E********1"])
  }

  /// Hyperscan reports a greedy pattern at every end of its match; the scan reports one hit.
  @Test func reportsEachMatchOfAGreedyCardPatternOnceAtItsLongest() throws {
    let scanner = try PIIScanner(extraPatterns: [PIIPattern(name: "word", regex: "[a-z]+")])

    let hits = try scanner.scan("contract 与 agreement")

    #expect(hits.map(\.masked) == ["c******t", "a*******t"])
  }

  /// A pattern that runs to the end of a 100 KB line is one hit with a short masked form; it
  /// used to mask a copy at every reported end, the square of the line's length.
  @Test func masksAMatchThatRunsToTheEndOfALongLineOnce() throws {
    let scanner = try PIIScanner(extraPatterns: [
      PIIPattern(name: "contract", regex: "HT-[0-9]{8}.*")
    ])
    let line = "合同 HT-20260001 " + String(repeating: "x", count: 100_000)

    let hits = try scanner.scan(line)

    #expect(hits.count == 1)
    #expect(hits.first?.characterLength == 100_012)
    #expect(hits.first?.masked == "H" + String(repeating: "*", count: 32) + "…(99978 more)x")
  }

  @Test func blamesTheCardPatternWhenTheDatabaseIsTooLarge() throws {
    let error = #expect(throws: TollgateError.self) {
      try PIIScanner(extraPatterns: [PIIPattern(name: "huge", regex: "(a{1000}){1000}")])
    }

    #expect(error?.message.contains("'huge'") == true)
    #expect(error?.message.contains("built-in") == false)
  }

  @Test func saysWhenACardPatternMatchesTheEmptyString() throws {
    let error = #expect(throws: TollgateError.self) {
      try PIIScanner(extraPatterns: [PIIPattern(name: "digits", regex: "[0-9]*")])
    }

    #expect(error?.message == "PII pattern 'digits' matches the empty string: [0-9]*")
  }

  @Test func namesAPatternThatDoesNotCompile() throws {
    let error = #expect(throws: TollgateError.self) {
      try PIIScanner(extraPatterns: [PIIPattern(name: "broken", regex: "(abc")])
    }

    #expect(error?.code == .invalidContent)
    #expect(error?.message.contains("'broken'") == true)
  }

  @Test func skipsInvalidUTF8WithoutFailing() throws {
    let session = try scanner.makeSession()
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("电话13812345678".utf8) + [0xC3]

    let hits = bytes.withUnsafeBytes { session.scan($0) }

    #expect(hits.map(\.category) == [.mobilePhone])
  }
}
