import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Every JSON file under realdata/lm_eval: results read with scores in range, the rest refused.
@Suite struct LMEvalRealDataTests {
  static let files = Fixtures.files(
    under: Fixtures.realData("lm_eval"), withExtension: "json"
  ).map(\.path)

  static var resultFiles: [String] { files.filter { !$0.hasSuffix("summary_openllm.json") } }
  static var otherFiles: [String] { files.filter { $0.hasSuffix("summary_openllm.json") } }

  @Test func findsEveryCopiedFile() {
    #expect(Self.files.count == 28)
  }

  @Test(arguments: resultFiles)
  func readsEveryResultsFileWithTasksAndMetrics(path: String) throws {
    let file = try LMEvalReader.read(file: path)

    #expect(!file.evidence.metrics.isEmpty)
    #expect(!file.evidence.tasks.isEmpty)
    for (name, metric) in file.evidence.metrics {
      #expect(metric.value.isFinite, "\(name)")
      #expect((metric.standardError ?? 0) >= 0, "\(name)")
      let task = try #require(Comparability.taskName(of: name))
      #expect(file.evidence.tasks[task] != nil, "\(name) has no task configuration")
    }
  }

  @Test(arguments: otherFiles)
  func refusesEveryFileThatIsNotAResult(path: String) {
    #expect(throws: TollgateError.self) { try LMEvalReader.read(file: path) }
  }
}
