import Foundation
import Testing
import TollgateTestSupport

/// How `data scan` and `tokens count` walk the folders they are given: nothing is left out
/// without a word, nothing blocks, nothing is read twice.
@Suite struct CorpusWalkTests {
  static let tokenizer = Fixtures.realData("tokenizers/gpt2/tokenizer.json").path

  /// A corpus folder `c` with one file, `c/a.jsonl`, in a fresh folder.
  static func corpus() throws -> URL {
    let folder = try Fixtures.temporaryDirectory("corpus-walk")
    let corpus = folder.appendingPathComponent("c")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data("{\"text\": \"write to ann@example.com\"}\n".utf8)
      .write(to: corpus.appendingPathComponent("a.jsonl"))
    return folder
  }

  @Test(arguments: [["data", "scan"], ["tokens", "count", "--tokenizer", tokenizer]])
  func aFolderThatCannotBeListedStopsTheWalk(command: [String]) throws {
    let folder = try Self.corpus()
    let secret = folder.appendingPathComponent("c/secret")
    try FileManager.default.createDirectory(at: secret, withIntermediateDirectories: true)
    try Data("{\"text\": \"x\"}\n".utf8).write(to: secret.appendingPathComponent("b.jsonl"))
    try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: secret.path)
    defer {
      try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: secret.path)
    }

    guard let run = try TollgateBinary.runWithoutRoot(command + ["c"], in: folder) else { return }
    guard let direct = try TollgateBinary.runWithoutRoot(command + ["c/secret"], in: folder)
    else { return }

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("c/secret: error: permission denied: cannot list the folder"))
    #expect(run.stderr.contains("make the folder readable"))
    #expect(direct.exitCode == 2)
    #expect(direct.stderr.contains("c/secret: error: permission denied"))
    #expect(!direct.stderr.contains("holds no corpus file"))
  }

  @Test(arguments: [["data", "scan"], ["tokens", "count", "--tokenizer", tokenizer]])
  func specialFilesAndBrokenLinksAreSkippedWithAWarning(command: [String]) throws {
    let folder = try Self.corpus()
    let corpus = folder.appendingPathComponent("c")
    #expect(mkfifo(corpus.appendingPathComponent("pipe.jsonl").path, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: corpus.appendingPathComponent("gone.jsonl").path, withDestinationPath: "nowhere")
    try FileManager.default.createSymbolicLink(
      atPath: corpus.appendingPathComponent("loop.jsonl").path, withDestinationPath: "loop.jsonl")

    let run = try TollgateBinary.run(command + ["c", "--json"], in: folder, timeout: 20)

    #expect(run.exitCode == 0)
    #expect(run.stderr.contains("c/pipe.jsonl: warning: not a regular file (a FIFO); skipped"))
    #expect(
      run.stderr.contains(
        "c/gone.jsonl: warning: a broken symlink: its target nowhere does not exist; skipped"))
    #expect(run.stderr.contains("c/loop.jsonl: warning: a symlink loop"))
    #expect(run.stdout.contains("c/a.jsonl"))
    #expect((try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) != nil)
  }

  @Test(arguments: [["data", "scan"], ["tokens", "count", "--tokenizer", tokenizer]])
  func aFileNamedTwiceIsReadOnce(command: [String]) throws {
    let folder = try Self.corpus()

    let run = try TollgateBinary.run(
      command + ["c", "c/a.jsonl", "./c/a.jsonl", "c/a.jsonl", "--json"], in: folder)

    #expect(run.exitCode == 0)
    let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let files = json?["files"] as? [[String: Any]]
    #expect(files?.compactMap { $0["file"] as? String } == ["c/a.jsonl"])
    #expect((json?["documents"] ?? (json?["total"] as? [String: Any])?["documents"]) as? Int == 1)
    #expect(run.stderr.contains("c/a.jsonl: note: the same file as c/a.jsonl"))
    #expect(run.stderr.contains("./c/a.jsonl: note: the same file as c/a.jsonl; read once"))
  }

  @Test func aSymlinkLoopNamedDirectlyIsCalledOne() throws {
    let folder = try Self.corpus()
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("loop.jsonl").path, withDestinationPath: "loop.jsonl")

    let run = try TollgateBinary.run(["data", "scan", "loop.jsonl"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("loop.jsonl: error: a symlink loop"))
  }

  @Test func aDashSaysThatStandardInputIsDevStdin() throws {
    let folder = try Self.corpus()

    let run = try TollgateBinary.run(["data", "scan", "-"], in: folder)
    let piped = try TollgateBinary.run(
      ["data", "scan", "/dev/stdin"], in: folder, stdin: Data("{\"text\": \"x\"}\n".utf8))

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("/dev/stdin"))
    #expect(piped.exitCode == 0)
    #expect(piped.stdout.contains("1 document"))
  }

  @Test func aTokenizerFolderPointsAtTheFileInIt() throws {
    let folder = try Self.corpus()
    let model = folder.appendingPathComponent("model")
    try FileManager.default.createDirectory(at: model, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Fixtures.realData("tokenizers/gpt2/tokenizer.json"),
      to: model.appendingPathComponent("tokenizer.json"))

    let run = try TollgateBinary.run(
      ["tokens", "count", "--tokenizer", "model", "c/a.jsonl"], in: folder)

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("model: error: this is a folder, not a tokenizer file"))
    #expect(run.stderr.contains("--tokenizer model/tokenizer.json"))
  }
}
