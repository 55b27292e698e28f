import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

@Suite struct SnapshotManifestTests {
  @Test func loadsWhatItWrote() throws {
    let root = try SnapshotBuilderTests.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    let url = root.deletingLastPathComponent().appendingPathComponent("a.manifest.json")

    try manifest.encoded().write(to: url)
    let loaded = try SnapshotManifest.load(from: url.path)

    #expect(loaded == manifest)
  }

  @Test func refusesAManifestEditedByHand() throws {
    let root = try SnapshotBuilderTests.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    let url = root.deletingLastPathComponent().appendingPathComponent("a.manifest.json")
    let text = String(decoding: try manifest.encoded(), as: UTF8.self)
    try Data(text.replacingOccurrences(of: "\"records\" : 3", with: "\"records\" : 4").utf8)
      .write(to: url)

    let error = #expect(throws: TollgateError.self) { try SnapshotManifest.load(from: url.path) }

    #expect(error?.code == .invalidContent)
    #expect(error?.message.contains("edited after it was written") == true)
  }

  @Test(arguments: ["totalRecords", "totalBytes", "fileCount"])
  func refusesAManifestWithAnEditedTotal(key: String) throws {
    let root = try SnapshotBuilderTests.makeData()
    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    let url = root.deletingLastPathComponent().appendingPathComponent("a.manifest.json")
    var object = try #require(
      try JSONSerialization.jsonObject(with: manifest.encoded()) as? [String: Any])
    let recorded = try #require(object[key] as? Int)
    object[key] = recorded + 1
    try JSONSerialization.data(withJSONObject: object).write(to: url)

    let error = #expect(throws: TollgateError.self) { try SnapshotManifest.load(from: url.path) }

    #expect(error?.code == .invalidContent)
    #expect(
      error?.message.contains("\(key) recorded \(recorded + 1), computed \(recorded)") == true)
    #expect(error?.message.contains("edited after it was written") == true)
  }

  @Test func diffListsAddedRemovedAndChangedFilesWithRecordDeltas() throws {
    let root = try SnapshotBuilderTests.makeData()
    let before = try SnapshotBuilder(name: "a", roots: [root.path]).build()
    try Data("{\"text\":\"a\"}\n".utf8).write(to: root.appendingPathComponent("sub/three.jsonl"))
    try FileManager.default.removeItem(at: root.appendingPathComponent("demo.txt"))
    try Data("x\n".utf8).write(to: root.appendingPathComponent("new.txt"))

    let after = try SnapshotBuilder(name: "b", roots: [root.path]).build()
    let diff = SnapshotDiff(from: before, to: after)

    #expect(diff.added.map(\.path) == ["data/new.txt"])
    #expect(diff.removed.map(\.path) == ["data/demo.txt"])
    #expect(diff.changed.map(\.recordDelta) == [-2])
    #expect(diff.recordDelta == -2)
  }
}
