import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

/// Finding a snapshot's files again and checking them byte for byte: what ties a PII scan to
/// the snapshot it claims to describe.
@Suite struct SnapshotFilesTests {
  /// The snapshot test data with its manifest, taken with an absolute root.
  private func snapshot() throws -> (root: URL, manifest: SnapshotManifest) {
    let root = try SnapshotBuilderTests.makeData()
    return (root, try SnapshotBuilder(name: "v1", roots: [root.path]).build())
  }

  @Test func givesEveryFileOfAnUnchangedSnapshotInManifestOrder() throws {
    let (root, manifest) = try snapshot()

    let paths = try SnapshotFiles.verified(manifest, bases: [], concurrency: 2)

    #expect(paths == manifest.files.map { root.deletingLastPathComponent().path + "/" + $0.path })
  }

  /// Masking digits in place keeps the size: only the hash shows the data is not the snapshot's.
  @Test func refusesAFileEditedInPlaceToTheSameSize() throws {
    let (root, manifest) = try snapshot()
    let file = root.appendingPathComponent("sub/three.jsonl")
    let masked = try String(contentsOf: file, encoding: .utf8)
      .replacingOccurrences(of: "\"b\"", with: "\"*\"")
    try masked.write(to: file, atomically: true, encoding: .utf8)

    let error = #expect(throws: TollgateError.self) {
      try SnapshotFiles.verified(manifest, bases: [])
    }

    #expect(error?.message.contains("changed since snapshot 'v1' was taken: same size") == true)
    #expect(error?.location?.file.hasSuffix("data/sub/three.jsonl") == true)
  }

  @Test func refusesAFileThatGrew() throws {
    let (root, manifest) = try snapshot()
    let handle = try FileHandle(forWritingTo: root.appendingPathComponent("demo.txt"))
    try handle.seekToEnd()
    try handle.write(contentsOf: Data("more\n".utf8))
    try handle.close()

    let error = #expect(throws: TollgateError.self) {
      try SnapshotFiles.verified(manifest, bases: [])
    }

    #expect(error?.message.contains("bytes now") == true)
  }

  @Test func namesAFileThatIsGoneAndWhereItLooked() throws {
    let (root, manifest) = try snapshot()
    try FileManager.default.removeItem(at: root.appendingPathComponent("demo.txt"))

    let error = #expect(throws: TollgateError.self) {
      try SnapshotFiles.verified(manifest, bases: [])
    }

    #expect(error?.message.contains("no such file; looked for it at") == true)
  }
}
