import Testing
import TollgateCore

@Suite struct CardDecoderDiagnosticsTests {
  @Test func warnsAboutUnknownKeyWithNearestValidKey() throws {
    let diagnostic = try CardFixture.expectOnly(
      "unknown-key.yaml", rule: "card.unknown-key", line: 25, column: 3,
      keyPath: "budget.safty_factor", severity: .warning)

    #expect(diagnostic?.hint == "did you mean `safety_factor`?")
  }

  @Test func rejectsWordWhereWholeNumberBelongs() throws {
    let diagnostic = try CardFixture.expectOnly(
      "wrong-type-repeats.yaml", rule: "card.type", line: 10, column: 27,
      keyPath: "baseline.reproducible.repeats")

    #expect(
      diagnostic?.message
        == "`baseline.reproducible.repeats` must be a whole number, found `three`")
  }

  @Test func rejectsYAML11BooleanWithHint() throws {
    let diagnostic = try CardFixture.expectOnly(
      "yes-no-boolean.yaml", rule: "card.type", line: 16, column: 43,
      keyPath: "data.sources[0].storage.cross_border")

    #expect(diagnostic?.hint?.hasPrefix("write `false`") == true)
  }

  @Test func rejectsMisspeltChoiceAndSuggestsNearest() throws {
    let diagnostic = try CardFixture.expectOnly(
      "misspelt-gap.yaml", rule: "card.value", line: 6, column: 8, keyPath: "goal.gap")

    #expect(diagnostic?.hint?.hasPrefix("did you mean `domain`?") == true)
  }

  @Test func strictModeCountsWarningsAsErrors() throws {
    let result = try CardFixture.check("unknown-key.yaml")

    #expect(result.isValid())
    #expect(!result.isValid(strict: true))
  }
}
