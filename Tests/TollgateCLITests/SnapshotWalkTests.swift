import Foundation
import Testing
import TollgateTestSupport

/// What `data snapshot` walks and records: each file once, never its own output, and problems
/// in words.
@Suite struct SnapshotWalkTests {
  /// A folder `snap` with one file, `snap/a.jsonl`, in a fresh folder.
  static func data() throws -> URL {
    let folder = try Fixtures.temporaryDirectory("snapshot-walk")
    let snap = folder.appendingPathComponent("snap")
    try FileManager.default.createDirectory(at: snap, withIntermediateDirectories: true)
    try Data("{\"text\": \"a\"}\n".utf8).write(to: snap.appendingPathComponent("a.jsonl"))
    return folder
  }

  static func manifest(_ path: URL) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(contentsOf: path)) as? [String: Any] ?? [:]
  }

  @Test func aFileReachedThroughTwoPathsIsRecordedOnce() throws {
    let folder = try Self.data()

    let run = try TollgateBinary.run(
      ["data", "snapshot", "snap", "snap/a.jsonl", "./snap/a.jsonl", "--name", "v1"], in: folder)
    let diff = try TollgateBinary.run(
      ["data", "diff", "v1.manifest.json", "v1.manifest.json"], in: folder)

    #expect(run.exitCode == 0)
    let files = try Self.manifest(folder.appendingPathComponent("v1.manifest.json"))["files"]
    #expect((files as? [[String: Any]])?.compactMap { $0["path"] as? String } == ["snap/a.jsonl"])
    #expect(run.stderr.contains("a.jsonl: note: the same file as snap/a.jsonl; recorded once"))
    #expect(diff.exitCode == 0)
  }

  @Test func aSnapshotTakenAgainOverItsOwnOutputKeepsItsID() throws {
    let folder = try Self.data()
    let snap = folder.appendingPathComponent("snap")
    try FileManager.default.createDirectory(
      at: snap.appendingPathComponent(".dvc"), withIntermediateDirectories: true)
    try Data("[core]\n".utf8).write(to: snap.appendingPathComponent(".dvc/config"))
    try Data("outs: []\n".utf8).write(to: snap.appendingPathComponent("a.jsonl.dvc"))
    // Someone else's file that happens to end so is data, and stays in.
    try Data("{\"files\": 1}\n".utf8).write(to: snap.appendingPathComponent("x.manifest.json"))
    let arguments = ["data", "snapshot", "snap", "--name", "v1", "--out", "snap/v1.manifest.json"]

    var ids: [String] = []
    for _ in 0..<3 {
      let run = try TollgateBinary.run(arguments, in: folder)
      #expect(run.exitCode == 0)
      ids.append(
        try Self.manifest(snap.appendingPathComponent("v1.manifest.json"))["id"] as? String ?? "")
    }
    // An earlier snapshot under another name is left out as well.
    let other = try TollgateBinary.run(
      ["data", "snapshot", "snap", "--name", "v2", "--out", "snap/v2.manifest.json"], in: folder)
    let manifest = try Self.manifest(snap.appendingPathComponent("v2.manifest.json"))

    #expect(Set(ids).count == 1)
    #expect(other.exitCode == 0)
    #expect(manifest["id"] as? String == ids[0])
    let paths = (manifest["files"] as? [[String: Any]])?.compactMap { $0["path"] as? String }
    #expect(paths == ["snap/a.jsonl", "snap/x.manifest.json"])
  }

  @Test(arguments: ["../escaped", "a/b", ".", ".."])
  func refusesANameThatIsAPath(name: String) throws {
    let folder = try Self.data()
    // Run one level down, so that a name that escapes lands in the test's own folder.
    let work = folder.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)

    let run = try TollgateBinary.run(["data", "snapshot", "../snap", "--name", name], in: work)

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("is a path, not a name"))
    #expect(run.stderr.contains("--out"))
    let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(written.sorted() == ["snap", "work"])
    #expect(try FileManager.default.contentsOfDirectory(atPath: work.path).isEmpty)
  }

  @Test func problemsAreWrittenInWordsAndALoopIsCalledOne() throws {
    let folder = try Self.data()
    let snap = folder.appendingPathComponent("snap")
    try FileManager.default.createSymbolicLink(
      atPath: snap.appendingPathComponent("gone.jsonl").path, withDestinationPath: "nowhere")
    try FileManager.default.createSymbolicLink(
      atPath: snap.appendingPathComponent("loop.jsonl").path, withDestinationPath: "loop.jsonl")

    let run = try TollgateBinary.run(["data", "snapshot", "snap", "--name", "v1"], in: folder)

    #expect(run.exitCode == 0)
    #expect(
      run.stderr.contains(
        "warning: snap/gone.jsonl: broken symlink: the link's target nowhere does not exist"))
    #expect(run.stderr.contains("warning: snap/loop.jsonl: broken symlink: a symlink loop"))
    #expect(!run.stderr.contains("brokenSymlink"))
  }
}
