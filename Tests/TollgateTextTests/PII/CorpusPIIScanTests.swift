import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

@Suite struct CorpusPIIScanTests {
  /// Two records in the shape of lm-evaluation-harness's `samples_<task>_<date>.jsonl`: the
  /// prompt in `doc`, the model's answers in `resps` (nested) and `filtered_resps` (flat).
  static let evaluationLog = """
    {"doc_id": 0, "doc": {"question": "合同甲方是谁？"}, "target": "甲方", \
    "resps": [["甲方联系人：张伟，手机 13812345678。"]], \
    "filtered_resps": ["甲方联系人：张伟，手机 13812345678。"]}
    {"doc_id": 1, "doc": {"question": "违约金多少？"}, "target": "5%", \
    "resps": [["违约金为合同总价的5%。"]], "filtered_resps": ["违约金为合同总价的5%。"]}

    """

  @Test(arguments: ["resps", "filtered_resps"])
  func scansTheAnswersOfAnEvaluationLog(field: String) throws {
    let folder = try Fixtures.temporaryDirectory("pii-eval-log")
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("samples_contracts.jsonl")
    try Data(Self.evaluationLog.utf8).write(to: url)

    let report = try CorpusPIIScan(scanner: PIIScanner(), paths: [url.path], field: field).run()

    #expect(report.documents == 2)
    #expect(report.documentsWithHits == 1)
    #expect(report.hits == [.personName: 1, .mobilePhone: 1])
    #expect(report.files.first?.skippedLines == [:])
  }
}
