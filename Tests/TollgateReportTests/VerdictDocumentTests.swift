import Foundation
import Testing
import TollgateCore
import TollgateReport

@Suite struct VerdictDocumentTests {
  private func parsed(_ document: VerdictDocument) throws -> [String: Any] {
    let data = Data(try document.jsonText().utf8)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func roundTripsThroughJSON() throws {
    let document = VerdictDocument(ReportSamples.contractClauses(.english))

    let text = try document.jsonText()
    let decoded = try JSONDecoder().decode(VerdictDocument.self, from: Data(text.utf8))

    #expect(decoded == document)
  }

  /// Step 3's PII scan as numbers a CI job can compare, beside the sentence.
  @Test func writesThePIIScanFiguresStepThreeJudged() throws {
    var input = ReportSamples.contractClauses(.english)
    var scan = PIIScanSummary(
      documents: 12_000, documentsWithHits: 37, hits: ["resident_id": 37], source: "scan.json")
    scan.snapshotID = "abc"
    scan.skippedLines = 4
    var figures = PIIScanFigures(scan, maxRate: 0.001)
    figures.upperBound = 0.004
    figures.confidence = 0.95
    input.verdict.piiScan = PIIScanCheck(status: .block, reason: "PII left", scan: figures)

    let json = try parsed(VerdictDocument(input))

    let pii = try #require((json["data"] as? [String: Any])?["piiScan"] as? [String: Any])
    #expect(pii["status"] as? String == "block")
    let numbers = try #require(pii["scan"] as? [String: Any])
    #expect(numbers["documents"] as? Int == 12_000)
    #expect(numbers["documentsWithHits"] as? Int == 37)
    #expect(numbers["skippedLines"] as? Int == 4)
    #expect(numbers["maxRate"] as? Double == 0.001)
    #expect(numbers["upperBound"] as? Double == 0.004)
    #expect(numbers["snapshotID"] as? String == "abc")
    #expect(numbers["shard"] is NSNull)
  }

  @Test func carriesSchemaVersionOne() throws {
    let json = try parsed(VerdictDocument(ReportSamples.contractClauses(.english)))

    #expect(json["schemaVersion"] as? Int == 1)
  }

  @Test func namesTheStepByNumberAndIdentifier() throws {
    let json = try parsed(VerdictDocument(ReportSamples.contractClauses(.english)))

    let step = try #require(json["step"] as? [String: Any])
    #expect(step["number"] as? Int == 8)
    #expect(step["identifier"] as? String == "stop_loss")
    #expect(json["verdict"] as? String == "stop_loss")
    #expect(json["exitCode"] as? Int == 1)
  }

  @Test func writesMissingValuesAsNull() throws {
    let json = try parsed(VerdictDocument(ReportSamples.contractClauses(.english)))

    let guards = try #require(json["guards"] as? [[String: Any]])
    let latency = try #require(guards.first { $0["metric"] as? String == "latency_p95_ms" })
    #expect(latency["interval"] is NSNull)
  }

  @Test func writesAnIntervalWithItsConfidence() throws {
    let json = try parsed(VerdictDocument(ReportSamples.contractClauses(.english)))

    let primary = try #require(json["primary"] as? [String: Any])
    let interval = try #require(primary["interval"] as? [String: Double])
    #expect(interval == ["low": 0.8492, "high": 0.8908, "confidence": 0.95])
  }

  @Test func writesMoneyAsAmountAndCurrency() throws {
    let json = try parsed(VerdictDocument(ReportSamples.contractClauses(.english)))

    let ledger = try #require(json["ledger"] as? [[String: Any]])
    let cost = try #require(ledger.first?["cost"] as? [String: Any])
    let expected = try #require(cost["expected"] as? [String: Any])
    #expect(expected["amount"] as? Double == 1400)
    #expect(expected["currency"] as? String == "USD")
  }

  @Test func writesGPUHoursWithTheirUnit() throws {
    let json = try parsed(VerdictDocument(ReportSamples.contractClauses(.english)))

    let ledger = try #require(json["ledger"] as? [[String: Any]])
    let cap = try #require(ledger.first?["gpuHoursCap"] as? [String: Any])
    #expect(cap["value"] as? Double == 800)
    #expect(cap["unit"] as? String == "gpu_hours")
  }

  @Test func turnsValuesThatAreNotFiniteIntoNull() throws {
    var input = ReportSamples.contractClauses(.english)
    input.verdict.primary?.value = .nan
    input.verdict.guards[0].interval = Interval(low: 0, high: .infinity, confidence: 0.95)

    let json = try parsed(VerdictDocument(input))

    let primary = try #require(json["primary"] as? [String: Any])
    let guards = try #require(json["guards"] as? [[String: Any]])
    #expect(primary["value"] is NSNull)
    #expect(guards[0]["interval"] is NSNull)
  }

  @Test func writesNullForAMissingPrimaryTarget() throws {
    let json = try parsed(VerdictDocument(ReportSamples.noEvidence()))

    #expect(json["primary"] is NSNull)
    #expect(json["ledger"] as? [Any] == nil || (json["ledger"] as? [Any])?.isEmpty == true)
  }

  @Test func takesTheCardsLanguageWhenBuiltFromAVerdict() {
    let card = ReportSamples.contractCard(.chinese)

    let document = VerdictDocument(
      verdict: ReportSamples.contractVerdict, card: card, generatedAt: ReportSamples.generatedAt,
      toolVersion: "0.1.0")

    #expect(document.language == .chinese)
    #expect(document.generatedAt == "2026-12-04T16:00:00Z")
  }
}
