import Foundation
import Testing
import TollgateCore
import TollgateReport
import TollgateTestSupport

/// The three renderings of the contract-clause verdict, pinned in golden files per language.
///
/// Re-record after an intended change with `TOLLGATE_RECORD_GOLDEN=1 swift test --filter
/// GoldenReportTests` and review the diff of `Fixtures/`.
@Suite struct GoldenReportTests {
  @Test(arguments: Language.allCases)
  func markdownMatchesGoldenFile(_ language: Language) {
    let input = ReportSamples.contractClauses(language)

    let markdown = MarkdownReport.render(input)

    let golden = Fixtures.beside("report.\(language.rawValue).md")
    #expect(Golden.mismatch(markdown, goldenFile: golden) == nil)
  }

  @Test(arguments: Language.allCases)
  func htmlMatchesGoldenFile(_ language: Language) {
    let input = ReportSamples.contractClauses(language)

    let html = HTMLReport.render(input)

    let golden = Fixtures.beside("report.\(language.rawValue).html")
    #expect(Golden.mismatch(html, goldenFile: golden) == nil)
  }

  @Test(arguments: Language.allCases)
  func jsonMatchesGoldenFile(_ language: Language) throws {
    let input = ReportSamples.contractClauses(language)

    let json = try VerdictDocument(input).jsonText()

    let golden = Fixtures.beside("report.\(language.rawValue).json")
    #expect(Golden.mismatch(json, goldenFile: golden) == nil)
  }

  @Test func markdownWithoutEvidenceMatchesGoldenFile() {
    let markdown = MarkdownReport.render(ReportSamples.noEvidence(.english))

    let golden = Fixtures.beside("report.no-evidence.en.md")
    #expect(Golden.mismatch(markdown, goldenFile: golden) == nil)
  }
}
