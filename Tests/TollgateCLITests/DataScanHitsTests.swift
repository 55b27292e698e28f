import Foundation
import Testing
import TollgateTestSupport

/// `tollgate data scan --hits FILE`: every hit, masked, with where it is; the log appears whole
/// or not at all, and never replaces what it must not.
@Suite struct DataScanHitsTests {
  /// `--hits` lists every hit, masked, where it is: what a team needs to de-identify the data.
  @Test func scanWritesEveryHitMaskedWithItsPlaceToTheHitLog() throws {
    let folder = try Fixtures.temporaryDirectory("data-hits")
    let lines = [
      #"{"text": "合同正文，无个人信息。"}"#,
      #"{"text": "联系电话：13812345678，邮箱 zhang@example.com"}"#,
    ]
    try (lines.joined(separator: "\n") + "\n").write(
      to: folder.appendingPathComponent("c.jsonl"), atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(
      ["data", "scan", "c.jsonl", "--hits", "out/hits.jsonl", "--json"], in: folder)

    #expect(run.exitCode == 0, "\(run.stderr)")
    let log = try String(
      contentsOf: folder.appendingPathComponent("out/hits.jsonl"), encoding: .utf8)
    let records = try log.split(separator: "\n").map {
      try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(records.count == 2)
    #expect(records.map { $0["file"] as? String } == ["c.jsonl", "c.jsonl"])
    #expect(records.map { $0["line"] as? Int } == [2, 2])
    #expect(records.first?["category"] as? String == "mobile_phone")
    #expect(records.first?["offset"] as? Int == "联系电话：".utf8.count)
    #expect(records.first?["length"] as? Int == 11)
    #expect(!log.contains("13812345678"))
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: folder.appendingPathComponent("out").path)
    #expect(leftovers == ["hits.jsonl"])
  }

  /// The log's final rename would replace whatever --hits names: a corpus file, a link, a
  /// folder are refused before the scan, and nothing is changed.
  @Test(arguments: ["c.jsonl", "link.jsonl", "sub", ""])
  func hitLogThatWouldReplaceSomethingIsRefused(name: String) throws {
    let folder = try Fixtures.temporaryDirectory("data-hits-refused")
    let corpus = folder.appendingPathComponent("c.jsonl")
    try Data("{\"text\": \"电话 13812345678\"}\n".utf8).write(to: corpus)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.jsonl").path, withDestinationPath: "c.jsonl")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)

    let run = try TollgateBinary.run(["data", "scan", "c.jsonl", "--hits", name], in: folder)

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("--hits \"\(name)\""))
    #expect(try Data(contentsOf: corpus) == Data("{\"text\": \"电话 13812345678\"}\n".utf8))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        == ["c.jsonl", "link.jsonl", "sub"])
  }

  /// Ctrl-C while the parts of the log are being written leaves none of them behind.
  @Test func interruptedScanLeavesNoHitLogParts() throws {
    let folder = try Fixtures.temporaryDirectory("data-hits-interrupted")
    let fifo = folder.appendingPathComponent("corpus.txt").path
    try #require(mkfifo(fifo, 0o600) == 0)
    let process = Process()
    process.executableURL = TollgateBinary.url
    process.arguments = [
      "data", "scan", fifo, "--hits", folder.appendingPathComponent("h.jsonl").path,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let writer = TollgateBinary.writerOnceRead(fifo: fifo)
    defer { if writer >= 0 { close(writer) } }
    try #require(writer >= 0, "tollgate never opened the FIFO")
    let line = "电话 13812345678\n"
    _ = line.withCString { write(writer, $0, strlen($0)) }
    usleep(100_000)

    process.interrupt()
    process.waitUntilExit()

    #expect(process.terminationStatus == 130)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["corpus.txt"])
  }

  @Test func scanThatFailsWritesNoHitLog() throws {
    let folder = try Fixtures.temporaryDirectory("data-hits-fail")
    try FileManager.default.copyItem(
      atPath: DataCommandTests.fixture("truncated.jsonl.gz"),
      toPath: folder.appendingPathComponent("t.jsonl.gz").path)

    let run = try TollgateBinary.run(
      ["data", "scan", "t.jsonl.gz", "--hits", "hits.jsonl"], in: folder)

    #expect(run.exitCode == 2)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["t.jsonl.gz"])
  }
}
