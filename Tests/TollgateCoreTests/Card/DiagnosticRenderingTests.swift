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

@Suite struct ChineseDiagnosticRenderingTests {
  private let diagnostic = Diagnostic(
    .error, rule: "gate.quantitative", "门槛没有数字：\"显著提升\"",
    at: SourceLocation(file: "card.yaml", line: 12, column: 5), keyPath: "gate.primary",
    hint: "写一个可以检验的数字，例如 `clause_accuracy >= 0.90`")

  @Test func pinsTheChineseLabels() {
    #expect(
      diagnostic.rendered(colour: false, language: .chinese) == """
        card.yaml:12:5: 错误：门槛没有数字："显著提升" [gate.quantitative]
          位置：gate.primary
          提示：写一个可以检验的数字，例如 `clause_accuracy >= 0.90`
        """)
  }

  @Test func aChineseWarningSaysSo() {
    let bare = Diagnostic(.warning, rule: "card.unknown-key", "未知的键 `x`", at: nil)

    #expect(bare.rendered(colour: false, language: .chinese) == "警告：未知的键 `x` [card.unknown-key]")
  }

  @Test func theOldFormIsTheEnglishOne() {
    #expect(
      diagnostic.rendered(colour: true) == diagnostic.rendered(colour: true, language: .english))
  }

  @Test func colourPaintsTheChineseLabel() {
    #expect(
      diagnostic.rendered(colour: true, language: .chinese).contains("\u{1B}[1;31m错误：\u{1B}[0m"))
  }
}
