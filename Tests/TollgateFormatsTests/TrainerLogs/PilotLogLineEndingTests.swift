import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateFormats

/// Logs with Windows line ends read the same as the originals.
@Suite struct PilotLogLineEndingTests {
  @Test(arguments: [
    "trainer_logs/hf_luojiu_7b_base_cpt/trainer_log.jsonl",
    "trainer_logs/nanogpt/ChenZihua-cn_nanoGPT_train.log",
  ])
  func crlfLogReadsLikeTheOriginal(_ relative: String) throws {
    let original = Fixtures.realData(relative)
    let text = try String(contentsOf: original, encoding: .utf8)
    let copy = try Fixtures.temporaryDirectory().appendingPathComponent(original.lastPathComponent)
    try text.replacingOccurrences(of: "\n", with: "\r\n")
      .write(to: copy, atomically: true, encoding: .utf8)

    let expected = try PilotLogReader.read(file: original.path)
    let read = try PilotLogReader.read(file: copy.path)

    #expect(read.steps == expected.steps)
    #expect(read.format == expected.format)
  }
}
