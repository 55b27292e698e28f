import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

@Suite struct SnapshotBuilderTests {
  /// A folder with two JSON Lines files (one nested) and a text file, from the real PII data.
  static func makeData() throws -> URL {
    let root = try Fixtures.temporaryDirectory("snapshot").appendingPathComponent("data")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
    let demo = try Data(contentsOf: Fixtures.realData("pii/presidio/demo.txt"))
    try demo.write(to: root.appendingPathComponent("demo.txt"))
    try Data("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n  \n{\"text\":\"c\"}".utf8)
      .write(to: root.appendingPathComponent("sub/three.jsonl"))
    return root
  }

  @Test func givesTheSameIdForTheSameBytesWhateverTheNameAndTime() throws {
    let root = try Self.makeData()

    let first = try SnapshotBuilder(name: "a", roots: [root.path]).build(
      at: Date(timeIntervalSince1970: 0))
    let second = try SnapshotBuilder(name: "b", roots: [root.path], concurrency: 1).build()

    #expect(first.id == second.id)
    #expect(first.fileCount == 2)
  }

  @Test func hashesFilesWithSHA256() throws {
    let root = try Self.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    let demo = manifest.files.first { $0.path == "data/demo.txt" }

    // Cross-checked against coreutils: the digest of the same bytes through sha256sum.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
    process.arguments = [root.appendingPathComponent("demo.txt").path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let reference = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(demo.map { reference.hasPrefix($0.sha256) } == true)
  }

  @Test func countsNonBlankLinesOfJSONLinesFiles() throws {
    let root = try Self.makeData()

    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()

    #expect(manifest.files.first { $0.path == "data/sub/three.jsonl" }?.records == 3)
    #expect(manifest.files.first { $0.path == "data/demo.txt" }?.records == nil)
  }

  @Test func listsABrokenSymlinkInsteadOfFailing() throws {
    let root = try Self.makeData()
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("gone").path, withDestinationPath: "nowhere")

    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()

    #expect(manifest.problems.map(\.kind) == [.brokenSymlink])
    #expect(manifest.fileCount == 2)
  }

  @Test func reportsAFileThatVanishedBeforeItWasRead() throws {
    let digester = FileDigester()

    #expect(throws: FileDigester.Failure.self) {
      try digester.digest(path: "/nonexistent/\(UUID().uuidString)", md5: false, countLines: false)
    }
  }

  @Test func refusesARootThatDoesNotExist() throws {
    let error = #expect(throws: TollgateError.self) {
      try SnapshotBuilder(name: "a", roots: ["/nonexistent/data"]).build()
    }

    #expect(error?.code == .unreadable)
  }
}
