import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

/// Coverage by a JSON field: a category's values, bounded and masked, since the card is shared.
@Suite struct DataCoverageTests {
  /// The coverage of one JSON Lines file of `lines`, through a snapshot of it.
  private func coverage(_ field: String, _ lines: [String]) throws -> DataCard.Coverage {
    let folder = try Fixtures.temporaryDirectory("coverage").appendingPathComponent("data")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data((lines.joined(separator: "\n") + "\n").utf8)
      .write(to: folder.appendingPathComponent("c.jsonl"))
    let manifest = try SnapshotBuilder(name: "v1", roots: [folder.path]).build()
    return try DataCard.Coverage.count(field: field, in: manifest, bases: [])
  }

  /// A field whose values hold personal data is refused: masked, distinct e-mail addresses
  /// would merge into one row, and a name beside a masked number would still be published.
  @Test func refusesAFieldWhoseValuesHoldPersonalData() throws {
    let error = #expect(throws: TollgateError.self) {
      try coverage(
        "contact", [#"{"contact": "行政部"}"#, #"{"contact": "张伟 13812345678"}"#])
    }

    #expect(error?.code == .usage)
    #expect(error?.message.contains("holds personal data (mobile_phone: 138****5678)") == true)
  }

  @Test func showsTheMostCommonValuesAndAddsUpTheRest() throws {
    let lines = (0..<60).flatMap { value in
      Array(repeating: #"{"source": "s\#(value)"}"#, count: value < 5 ? 3 : 2)
    }

    let counted = try coverage("source", lines)

    #expect(counted.counts.count == DataCard.Coverage.shownValues)
    #expect(counted.counts["s0"] == 3)
    #expect(counted.otherValues == 10)
    #expect(counted.otherRecords == 20)
  }

  @Test func tellsMissingFieldsFromValuesThatAreNotTextAndFromBrokenLines() throws {
    let counted = try coverage(
      "industry",
      [#"{"industry": "金融"}"#, #"{"industry": 7}"#, #"{"other": 1}"#, "not json"])

    #expect(counted.counts == ["金融": 1])
    #expect(counted.notText == 1)
    #expect(counted.missing == 1)
    #expect(counted.unreadable == 1)
  }

  @Test func refusesAFieldThatHoldsTextRatherThanACategory() throws {
    let long = String(repeating: "合同", count: 100)

    let error = #expect(throws: TollgateError.self) {
      try coverage("text", [#"{"text": "short"}"#, #"{"text": "\#(long)"}"#])
    }

    #expect(error?.code == .usage)
    #expect(error?.message.contains("a value longer than 256 bytes (at data/c.jsonl:2)") == true)
  }

  @Test func refusesAFieldWithMoreValuesThanACategoryHas() throws {
    let lines = (0...DataCard.Coverage.maximumValues).map { #"{"id": "\#($0)"}"# }

    let error = #expect(throws: TollgateError.self) { try coverage("id", lines) }

    #expect(error?.message.contains("more than 10000 distinct values") == true)
  }

  /// Values that name one record each are an identifier's: none of them is published.
  @Test func refusesAFieldWhoseValuesMostlyNameOneRecordEach() throws {
    let lines = (0..<300).map { #"{"uid": "u\#($0)"}"# }

    let error = #expect(throws: TollgateError.self) { try coverage("uid", lines) }

    #expect(error?.message.contains("300 of its 300 values name one record each") == true)
  }
}
