import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

/// A file written to while it is hashed is a problem, not the hash of a state it never had.
@Suite struct FileDigesterChangeTests {
  static let chunk = 4096

  private func file(_ size: Int) throws -> URL {
    let url = try Fixtures.temporaryDirectory("digest-change").appendingPathComponent("data.bin")
    try Data((0..<size).map { UInt8($0 & 0x7F) }).write(to: url)
    return url
  }

  /// Runs `change` once, after the first chunk, and returns why the digest failed.
  private func failure(
    _ url: URL, md5OnSecondThread: Bool, change: @escaping (URL) throws -> Void
  ) -> FileDigester.Failure? {
    var isChanged = false
    let digester = FileDigester(chunkSize: Self.chunk) {
      guard !isChanged else { return }
      isChanged = true
      try? change(url)
    }
    do {
      _ = try digester.digest(
        path: url.path, md5: md5OnSecondThread, countLines: true,
        isMD5OnSecondThread: md5OnSecondThread)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [false, true])
  func aFileTruncatedWhileHashedIsAProblem(md5OnSecondThread: Bool) throws {
    let url = try file(4 * Self.chunk)

    let failure = failure(url, md5OnSecondThread: md5OnSecondThread) { url in
      let handle = try FileHandle(forWritingTo: url)
      try handle.truncate(atOffset: UInt64(2 * Self.chunk + 5))
      try handle.close()
    }

    #expect(failure?.kind == .changedWhileRead)
    #expect(failure?.detail.contains("changed while being read") == true)
  }

  @Test func aFileThatGrowsWhileHashedIsAProblem() throws {
    let url = try file(2 * Self.chunk)

    let failure = failure(url, md5OnSecondThread: false) { url in
      let handle = try FileHandle(forWritingTo: url)
      try handle.seekToEnd()
      try handle.write(contentsOf: Data("more\n".utf8))
      try handle.close()
    }

    #expect(failure?.kind == .changedWhileRead)
  }

  @Test func aFileRewrittenInPlaceWhileHashedIsAProblem() throws {
    let url = try file(3 * Self.chunk)

    let failure = failure(url, md5OnSecondThread: false) { url in
      let handle = try FileHandle(forWritingTo: url)
      try handle.write(contentsOf: Data("X".utf8))
      try handle.close()
      try FileManager.default.setAttributes(
        [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: url.path)
    }

    #expect(failure?.kind == .changedWhileRead)
  }

  @Test func anUnchangedFileStillHashes() throws {
    let url = try file(3 * Self.chunk + 7)

    #expect(failure(url, md5OnSecondThread: true) { _ in } == nil)
  }
}
