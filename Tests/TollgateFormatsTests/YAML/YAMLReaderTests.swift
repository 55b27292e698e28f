import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateFormats

@Suite struct YAMLReaderTests {
  private func read(_ name: String) throws -> Node {
    try YAMLReader.read(contentsOf: Fixtures.beside(name).path)
  }

  private func readError(_ name: String) -> TollgateError? {
    #expect(throws: TollgateError.self) { try read(name) }
  }

  @Test func recordsKeyLocationsOneBased() throws {
    let root = try read("locations.yaml")

    let goal = try #require(root.entries?.first { $0.key == "goal" })
    #expect(goal.keyLocation.line == 3)
    #expect(goal.keyLocation.column == 1)
    let gap = try #require(goal.value.entries?.first)
    #expect(gap.keyLocation.line == 4)
    #expect(gap.keyLocation.column == 3)
    #expect(gap.value.location.column == 8)
  }

  @Test func recordsLocationsInsideFlowMappingsAndLists() throws {
    let root = try read("locations.yaml")

    let metric = try #require(root["goal"]?["primary"]?["metric"])
    #expect(metric.location.line == 5 && metric.location.column == 21)
    let second = try #require(root["list"]?.items?.last)
    #expect(second.location.line == 8 && second.location.column == 5)
  }

  @Test func marksQuotedScalars() throws {
    let root = try read("locations.yaml")

    #expect(root["name"]?.kind == .scalar("NO", isQuoted: true))
    #expect(root["goal"]?["gap"]?.kind == .scalar("NO", isQuoted: false))
  }

  @Test(arguments: [
    ("a: 1.5\n", Node.ScalarStyle.plain, "1.5"), ("a: '1.5'\n", .singleQuoted, "'1.5'"),
    ("a: \"1.5\"\n", .doubleQuoted, "\"1.5\""), ("a: !!str 1.5\n", .taggedText, "!!str 1.5"),
    ("a: |\n  1.5\n", .block, "1.5"), ("a: >\n  1.5\n", .block, "1.5"),
  ])
  func carriesTheScalarStyleSoMessagesCanQuoteAValueAsWritten(
    yaml: String, style: Node.ScalarStyle, written: String
  ) throws {
    let value = try #require(try YAMLReader.read(text: yaml, file: "card.yaml")["a"])

    #expect(value.scalarStyle == style)
    #expect(value.isQuotedScalar == (style != .plain))
    #expect(value.writtenScalar == written)
  }

  @Test func readsTildeAndMissingValuesAsNull() throws {
    let root = try read("locations.yaml")

    #expect(root["goal"]?["primary"]?["target"]?.kind == .null)
    #expect(root["empty"]?.kind == .null)
  }

  @Test func countsColumnsInCharacters() throws {
    let root = try read("locations.yaml")

    let value = try #require(root["中文"])
    #expect(value.location.line == 10 && value.location.column == 5)
  }

  @Test func reportsMalformedYAMLWithLineAndColumn() {
    let error = readError("malformed.yaml")

    #expect(error?.code == .malformed)
    #expect(error?.location?.line == 4)
    #expect(error?.message.hasPrefix("malformed YAML:") == true)
    #expect(error?.hint != nil)
  }

  @Test func reportsInvalidUTF8WithOffsetAndLine() {
    let error = readError("invalid-utf8.yaml")

    #expect(error?.code == .unreadable)
    #expect(error?.location?.line == 3)
    #expect(error?.location?.column == 10)
    #expect(error?.message == "not valid UTF-8: byte 0xE9 at offset 51 (line 3)")
  }

  @Test(arguments: ["empty.yaml", "whitespace-only.yaml", "comments-only.yaml"])
  func reportsEmptyFileAsUnreadable(name: String) {
    #expect(readError(name)?.code == .unreadable)
  }

  @Test func reportsDuplicateKeyAtTheSecondNamingTheFirst() {
    let error = readError("duplicate-key.yaml")

    #expect(error?.code == .malformed)
    #expect(error?.location?.line == 6)
    #expect(error?.location?.column == 1)
    #expect(error?.message == "duplicate key `budget` (first at line 3)")
  }

  @Test func refusesAliases() {
    let error = readError("alias.yaml")

    #expect(error?.location?.line == 4)
    #expect(error?.message == "YAML aliases are not supported in a card: `*b`")
  }

  @Test func refusesTopLevelList() {
    let error = readError("top-level-list.yaml")

    #expect(error?.code == .malformed)
    #expect(error?.message.contains("must be a mapping") == true)
  }

  @Test func refusesSecondDocument() {
    #expect(readError("two-documents.yaml")?.location?.line == 3)
  }

  @Test func reportsMissingFileAsUnreadable() {
    let error = #expect(throws: TollgateError.self) {
      try YAMLReader.read(contentsOf: "/nonexistent/card.yaml")
    }

    #expect(error?.code == .unreadable)
    #expect(error?.message == "no such file")
    #expect(error?.description.hasPrefix("/nonexistent/card.yaml: error: no such file") == true)
  }

  @Test func reportsFolderAsUnreadable() throws {
    let folder = try Fixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }

    let error = #expect(throws: TollgateError.self) {
      try YAMLReader.read(contentsOf: folder.path)
    }

    #expect(error?.code == .unreadable)
  }

  @Test func refusesNestingPastTheLimit() {
    let deep = "a: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200)

    let error = #expect(throws: TollgateError.self) {
      try YAMLReader.read(text: deep, file: "deep.yaml")
    }

    #expect(error?.message.contains("nested more than") == true)
  }

  @Test func dropsByteOrderMarkWithoutShiftingColumns() throws {
    let root = try YAMLReader.read(
      bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "b.yaml")

    #expect(root.entries?.first?.keyLocation.column == 1)
  }

  @Test(arguments: 0..<3)
  func neverCrashesOnMutatedCardsThroughReaderAndChecker(seed: Int) throws {
    // Seeded mutations of a real card: flip, drop and duplicate bytes; every outcome must be a
    // tree or a TollgateError, never a crash.
    let card = Array(CardTemplate.text(language: .chinese).utf8)
    var generator = SplitMix64(seed: UInt64(seed))
    for _ in 0..<120 {
      var bytes = card
      for _ in 0..<4 {
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
        case 1: bytes.remove(at: index)
        default: bytes.insert(bytes[index], at: index)
        }
      }
      do {
        let root = try YAMLReader.read(bytes: bytes, file: "fuzz.yaml")
        // What parses must also go through the decoder and every rule without trapping.
        _ = CardChecker.check(root, file: "fuzz.yaml")
      } catch is TollgateError {
        continue
      }
    }
  }
}
