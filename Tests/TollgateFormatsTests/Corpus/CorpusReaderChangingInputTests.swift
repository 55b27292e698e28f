import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateFormats

/// Input that is not what its name says, or that changes under the reader.
@Suite struct CorpusReaderChangingInputTests {
  private func write(_ bytes: [UInt8], _ name: String) throws -> URL {
    let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url
  }

  private func read(_ reader: CorpusReader) throws -> ([CorpusDocument.Copy], CorpusReadSummary) {
    var documents: [CorpusDocument.Copy] = []
    let summary = try reader.forEachDocument {
      documents.append(.init(text: $0.text, line: $0.line, byteOffset: $0.byteOffset))
    }
    return (documents, summary)
  }

  @Test func skipsALineLongerThanTheLimitWithoutKeepingItAndKeepsLineNumbers() throws {
    // A long line inside one chunk, one across chunks, and one with no line break at the end.
    let long = [UInt8](repeating: 0x30, count: 3000)
    let text =
      Array("first\n".utf8) + long + Array("\nsecond\n".utf8) + long + long
      + Array("\nthird\n".utf8) + long
    let url = try write(text, "long.txt")

    let (documents, summary) = try read(
      CorpusReader(path: url.path, lineLimit: 1000))

    #expect(documents.map(\.text) == ["first", "second", "third"])
    #expect(documents.map(\.line) == [1, 3, 5])
    #expect(documents[2].byteOffset == Int64(6 + 3001 + 7 + 6001))
    #expect(summary.lines == 6)
    #expect(summary.issueCounts == [.lineTooLong: 3])
    #expect(summary.firstIssues.map(\.line) == [2, 4, 6])
    #expect(summary.firstIssues.first?.detail.contains("longer than 1000 bytes") == true)
  }

  @Test func passesOverALongLineThatSpansManyReadChunks() throws {
    // Three read chunks of zeros and no line break, as a disk image named .jsonl would be.
    let zeros = [UInt8](repeating: 0, count: 3 * CorpusByteStream.chunkSize + 17)
    let url = try write(zeros + Array("\n{\"text\": \"after\"}\n".utf8), "zeros.jsonl")

    let (documents, summary) = try read(
      CorpusReader(path: url.path, lineLimit: CorpusByteStream.chunkSize / 2))

    #expect(documents.map(\.text) == ["after"])
    #expect(documents.first?.line == 2)
    #expect(summary.issueCounts == [.lineTooLong: 1])
  }

  @Test func theLimitIs256MiB() {
    #expect(CorpusReader.maximumLineBytes == 256 << 20)
    #expect(CorpusReader(path: "x.txt").lineLimit == 256 << 20)
    #expect(CorpusIssue.Kind.describeLimit(CorpusReader.maximumLineBytes) == "256 MiB")
  }

  @Test func aLongLineOfAnotherShardIsNotReportedTwice() throws {
    let long = [UInt8](repeating: 0x41, count: 50)
    let url = try write(long + Array("\nb\nc\n".utf8), "shard.txt")
    let shard0 = try CorpusShard(index: 0, count: 2)
    let shard1 = try CorpusShard(index: 1, count: 2)

    let (_, first) = try read(CorpusReader(path: url.path, shard: shard0, lineLimit: 10))
    let (second, _) = try read(CorpusReader(path: url.path, shard: shard1, lineLimit: 10))

    #expect(first.issueCounts == [.lineTooLong: 1])
    #expect(second.map(\.text) == ["b"])
  }

  @Test func refusesAFileTruncatedWhileItIsRead() throws {
    let line = Array("{\"text\": \"a line of the corpus\"}\n".utf8)
    let copies = 3 * CorpusByteStream.chunkSize / line.count
    let url = try write(Array((0..<copies).map { _ in line }.joined()), "shrinking.jsonl")
    var isTruncated = false

    let error = #expect(throws: TollgateError.self) {
      _ = try CorpusReader(path: url.path).forEachDocument { _ in
        guard !isTruncated else { return }
        isTruncated = true
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: UInt64(CorpusByteStream.chunkSize + 100))
        try handle.close()
      }
    }

    #expect(error?.code == .unreadable)
    #expect(error?.location?.file == url.path)
    #expect(error?.message.contains("changed while being read") == true)
    #expect(error?.hint?.contains("again") == true)
  }

  @Test func refusesAFileRewrittenToTheSameSizeWhileItIsRead() throws {
    let url = try write(Array("one\ntwo\n".utf8), "rewritten.txt")
    var isRewritten = false

    let error = #expect(throws: TollgateError.self) {
      _ = try CorpusReader(path: url.path).forEachDocument { _ in
        guard !isRewritten else { return }
        isRewritten = true
        // A later modification time: file systems with coarse clocks would not see a rewrite
        // within the same tick, so the test sets it rather than sleeping.
        let handle = try FileHandle(forWritingTo: url)
        try handle.write(contentsOf: Data("ONE\n".utf8))
        try handle.close()
        try FileManager.default.setAttributes(
          [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: url.path)
      }
    }

    #expect(error?.message.contains("changed while being read") == true)
  }

  @Test(arguments: [("plain.jsonl.gz", "gzip"), ("plain.jsonl.zst", "zstd")])
  func plainTextNamedCompressedSaysItIsNotThatFormat(name: String, format: String) throws {
    let url = try write(Array("{\"text\": \"not compressed at all\"}\n".utf8), name)

    let error = #expect(throws: TollgateError.self) {
      _ = try CorpusReader(path: url.path).forEachDocument { _ in }
    }

    #expect(error?.code == .malformed)
    #expect(error?.message.hasPrefix("not \(format) data") == true, "\(String(describing: error))")
    #expect(error?.message.contains("corrupt") == false)
  }

  @Test(arguments: ["truncated.jsonl.gz", "truncated.jsonl.zst"])
  func theTruncationHintFitsAScanAsWellAsACount(fileName: String) throws {
    let path = Fixtures.beside(fileName).path

    let error = #expect(throws: TollgateError.self) {
      _ = try CorpusReader(path: path, field: "meta.text").forEachDocument { _ in }
    }

    #expect(error?.hint?.contains("a count") == false)
    #expect(error?.hint?.contains("results from a partial file cannot be trusted") == true)
  }
}

extension CorpusDocument {
  /// What a test keeps of a document after the reader has moved on.
  struct Copy {
    var text: String
    var line: Int
    var byteOffset: Int64
  }
}
