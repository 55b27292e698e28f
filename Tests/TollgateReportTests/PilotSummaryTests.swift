import Testing
import TollgateCore

@testable import TollgateReport

@Suite struct PilotSummaryTests {
  /// Ten logged entries, 1,000 tokens and 2 seconds apart, losses falling from 3.0 by 0.1.
  private static func fallingLog() -> PilotLog {
    var steps: [PilotStep] = []
    for index in 0..<10 {
      let count = Double(index + 1)
      steps.append(
        PilotStep(
          step: 10 * (index + 1), loss: 3.0 - 0.1 * Double(index),
          elapsed: WallTime(seconds: 2 * count), tokensSeen: TokenCount(Int64(1_000 * (index + 1))))
      )
    }
    return PilotLog(
      format: "hf-trainer-state", source: "evidence/pilot/trainer_state.json", steps: steps)
  }

  @Test func copiesTheMeasuredThroughput() {
    let log = Self.fallingLog()
    let throughput = PilotThroughput.measure(log, spec: nil)

    let summary = PilotSummary(log: log, throughput: throughput)

    #expect(summary.source == "evidence/pilot/trainer_state.json")
    #expect(summary.format == "hf-trainer-state")
    #expect(summary.medianThroughput != nil)
    #expect(summary.medianThroughput == throughput.tokensPerSecond?.expected)
    #expect(summary.intervalsUsed == throughput.intervalsUsed)
    #expect(summary.lossTrend == throughput.lossTrend)
  }

  @Test func notesWhyAPilotCouldNotBeMeasured() throws {
    let single = PilotLog(
      format: "hf-trainer-state", source: "one.json", steps: [PilotStep(step: 1)])
    let throughput = PilotThroughput.measure(single, spec: nil)
    let reason = try #require(throughput.unmeasurableReason)

    let summary = PilotSummary(log: single, throughput: throughput)

    #expect(summary.medianThroughput == nil)
    #expect(summary.notes.contains(reason))
  }

  @Test func showsTheLossTrendInTheReport() throws {
    let trend = try #require(PilotThroughput.measure(Self.fallingLog(), spec: nil).lossTrend)
    var input = ReportSamples.contractClauses(.english)
    input.pilot?.lossTrend = trend

    let markdown = MarkdownReport.render(input)

    let first = ReportNumber.value(trend.firstQuarterMean)
    let last = ReportNumber.value(trend.lastQuarterMean)
    #expect(trend.isDecreasing)
    #expect(markdown.contains("- Mean loss, first to last quarter: \(first) → \(last) (-"))
  }
}
