import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

@testable import TollgateText

/// The `data scan --json` document: totals written beside the files, and read back whether
/// they are there or not (results written before they existed).
@Suite struct PIIScanReportTests {
  /// A scan of the positive (personal data in every line) and negative (none) fixtures.
  private func report() throws -> PIIScanReport {
    let paths = [Fixtures.beside("positives.jsonl").path, Fixtures.beside("negatives.txt").path]
    return try CorpusPIIScan(scanner: PIIScanner(), paths: paths).run()
  }

  private func object(_ data: Data) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func encodesTheTotalsOfItsFiles() throws {
    let report = try report()
    let files = report.files

    let json = try object(JSONEncoder().encode(report))

    #expect(report.documentsWithHits > 0)
    #expect(json["documents"] as? Int == Int(files.reduce(0) { $0 + $1.documents }))
    #expect(json["documentsWithHits"] as? Int == Int(files.reduce(0) { $0 + $1.documentsWithHits }))
    let hits = try #require(json["hits"] as? [String: Int])
    #expect(hits.values.reduce(0, +) == Int(files.reduce(0) { $0 + $1.totalHits }))
    let rate = try #require(json["documentsWithHitsRate"] as? Double)
    #expect(rate == Double(report.documentsWithHits) / Double(report.documents))
    #expect(json["schemaVersion"] as? Int == PIIScanReport.currentSchemaVersion)
    #expect((json["files"] as? [Any])?.count == 2)
  }

  @Test func decodesWhatItEncodes() throws {
    let report = try report()

    let decoded = try JSONDecoder().decode(
      PIIScanReport.self, from: JSONEncoder().encode(report))

    #expect(decoded == report)
  }

  @Test func decodesAResultWrittenBeforeTheTotals() throws {
    let report = try report()
    var json = try object(JSONEncoder().encode(report))
    for key in ["documents", "documentsWithHits", "documentsWithHitsRate", "hits"] {
      json[key] = nil
    }

    let decoded = try JSONDecoder().decode(
      PIIScanReport.self, from: JSONSerialization.data(withJSONObject: json))

    #expect(decoded == report)
  }
}
