import Testing
import TollgateCore

@Suite struct DiagnosticRenderingTests {
  private let diagnostic = Diagnostic(
    .error, rule: "gate.quantitative", "threshold has no number: \"显著提升\"",
    at: SourceLocation(file: "card.yaml", line: 12, column: 5), keyPath: "gate.primary",
    hint: "write a number, e.g. `clause_accuracy >= 0.90`")

  @Test func pinsThePlainWording() {
    #expect(
      diagnostic.rendered(colour: false) == """
        card.yaml:12:5: error: threshold has no number: "显著提升" [gate.quantitative]
          at: gate.primary
          hint: write a number, e.g. `clause_accuracy >= 0.90`
        """)
  }

  @Test func colourAddsEscapesAroundTheSeverity() {
    let text = diagnostic.rendered(colour: true)

    #expect(text.contains("\u{1B}[1;31merror:\u{1B}[0m"))
  }

  @Test func plainTextHasNoEscapes() {
    #expect(!diagnostic.rendered(colour: false).contains("\u{1B}"))
  }

  @Test func omitsMissingKeyPathAndHint() {
    let bare = Diagnostic(.warning, rule: "card.unknown-key", "unknown key `x`", at: nil)

    #expect(bare.rendered(colour: false) == "warning: unknown key `x` [card.unknown-key]")
  }
}
