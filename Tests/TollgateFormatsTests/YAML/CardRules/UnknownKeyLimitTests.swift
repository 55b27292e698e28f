import Testing
import TollgateCore

/// A card lists its first 20 unknown keys one by one, by place in the file, and counts the rest
/// in one more warning that says where they are and how to list them (issue #2: a card of 640,000
/// unknown keys took 20 s to check, mostly spent on a warning and a suggestion for each).
@Suite struct UnknownKeyLimitTests {
  private var unknownKeyWarnings: [Diagnostic] {
    get throws {
      try CardFixture.check("many-unknown-keys.yaml").diagnostics.filter {
        $0.ruleID == "card.unknown-key"
      }
    }
  }

  @Test func listsTheFirstTwentyUnknownKeysByPlaceNotByReadingOrder() throws {
    let listed = try unknownKeyWarnings.dropLast()

    #expect(
      listed.map(\.keyPath)
        == (1...15).map { "goal.note_\($0 < 10 ? "0" : "")\($0)" }
        + (1...5).map { "extra_0\($0)" })
  }

  @Test func countsTheRestInOneWarningAtTheFirstOfThem() throws {
    let summary = try #require(try unknownKeyWarnings.last)

    #expect(summary.severity == .warning)
    #expect(summary.location?.line == 80 && summary.location?.column == 1)
    #expect(summary.keyPath == "extra_06")
    #expect(summary.message == "and 5 more unknown keys, not listed one by one (lines 80-84)")
  }

  @Test func summaryHintSaysHowToListTheRest() throws {
    let summary = try #require(try unknownKeyWarnings.last)

    #expect(summary.hint?.contains("run `tollgate card check` again to list the next 20") == true)
  }

  @Test func unknownKeysAreTheCardsOnlyFindings() throws {
    let result = try CardFixture.check("many-unknown-keys.yaml")

    #expect(result.diagnostics.count == 21)
    #expect(result.isValid())
  }
}
