import Foundation
import Testing
import TollgateCore
import TollgateReport
import TollgateTestSupport

@Suite struct ReportWriterTests {
  private func contents(of directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  @Test func writesTheThreeReports() throws {
    let directory = try Fixtures.temporaryDirectory("report-writer")
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = ReportSamples.contractClauses(.english)

    let written = try ReportWriter.write(input, to: directory)

    #expect(written.map(\.lastPathComponent) == ["report.md", "report.html", "report.json"])
    #expect(try String(contentsOf: written[0], encoding: .utf8) == MarkdownReport.render(input))
    #expect(try String(contentsOf: written[1], encoding: .utf8) == HTMLReport.render(input))
    #expect(
      try String(contentsOf: written[2], encoding: .utf8) == VerdictDocument(input).jsonText())
  }

  @Test func leavesNoTemporaryFiles() throws {
    let directory = try Fixtures.temporaryDirectory("report-writer")
    defer { try? FileManager.default.removeItem(at: directory) }

    try ReportWriter.write(ReportSamples.contractClauses(.english), to: directory)

    #expect(try contents(of: directory) == ["report.html", "report.json", "report.md"])
  }

  @Test func replacesAnExistingReport() throws {
    let directory = try Fixtures.temporaryDirectory("report-writer")
    defer { try? FileManager.default.removeItem(at: directory) }
    let old = directory.appendingPathComponent("report.md")
    try Data("old report\n".utf8).write(to: old)
    let input = ReportSamples.contractClauses(.chinese)

    try ReportWriter.write(input, to: directory)

    #expect(try String(contentsOf: old, encoding: .utf8) == MarkdownReport.render(input))
    #expect(try contents(of: directory) == ["report.html", "report.json", "report.md"])
  }

  @Test func createsAMissingFolder() throws {
    let root = try Fixtures.temporaryDirectory("report-writer")
    defer { try? FileManager.default.removeItem(at: root) }
    let directory = root.appendingPathComponent("examples/reports")

    try ReportWriter.write(ReportSamples.noEvidence(), to: directory)

    #expect(try contents(of: directory) == ["report.html", "report.json", "report.md"])
  }

  @Test func failsWithWriteFailedWhenTheFolderIsAFile() throws {
    let root = try Fixtures.temporaryDirectory("report-writer")
    defer { try? FileManager.default.removeItem(at: root) }
    let file = root.appendingPathComponent("reports")
    try Data("not a folder".utf8).write(to: file)

    let error = #expect(throws: TollgateError.self) {
      try ReportWriter.write(ReportSamples.noEvidence(), to: file)
    }

    #expect(error?.code == .writeFailed)
    #expect(error?.message.contains(file.path) == true)
    #expect(error?.hint?.contains("--out") == true)
  }

  @Test func failsWithoutTouchingTheOldReportWhenAFileCannotBeReplaced() throws {
    let directory = try Fixtures.temporaryDirectory("report-writer")
    defer { try? FileManager.default.removeItem(at: directory) }
    // A folder named report.html cannot be replaced by a file.
    try FileManager.default.createDirectory(
      at: directory.appendingPathComponent("report.html"), withIntermediateDirectories: false)

    let error = #expect(throws: TollgateError.self) {
      try ReportWriter.write(ReportSamples.noEvidence(), to: directory)
    }

    #expect(error?.code == .writeFailed)
    #expect(error?.message.contains("report.html") == true)
    #expect(!(try contents(of: directory)).contains { $0.hasSuffix(".tmp") })
  }

  @Test func aFileThatCannotBeReplacedLeavesTheWholeOldSetInPlace() throws {
    let directory = try Fixtures.temporaryDirectory()
    try ReportWriter.write(ReportSamples.contractClauses(.english), to: directory)
    let markdown = directory.appendingPathComponent("report.md")
    let json = directory.appendingPathComponent("report.json")
    let oldMarkdown = try Data(contentsOf: markdown)
    let oldJSON = try Data(contentsOf: json)
    // A folder where report.html belongs cannot be replaced by a file.
    let html = directory.appendingPathComponent("report.html")
    try FileManager.default.removeItem(at: html)
    try FileManager.default.createDirectory(at: html, withIntermediateDirectories: false)

    #expect(throws: TollgateError.self) {
      try ReportWriter.write(ReportSamples.contractClauses(.chinese), to: directory)
    }

    #expect(try Data(contentsOf: markdown) == oldMarkdown)
    #expect(try Data(contentsOf: json) == oldJSON)
    #expect(try contents(of: directory) == ["report.html", "report.json", "report.md"])
  }
}
