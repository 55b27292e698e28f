import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateFormats

/// The real contracts the JSON Lines fixtures were built from (see Fixtures/make_fixtures.py).
private func contractTexts() throws -> [String] {
  let contracts = Fixtures.realData("contracts")
  let english = Fixtures.files(
    under: contracts.appendingPathComponent("cuad_subset/full_contract_txt"), withExtension: "txt")
  let chinese = Fixtures.files(
    under: contracts.appendingPathComponent("chinese"), withExtension: "md")
  return try (english + chinese).map { try String(contentsOf: $0, encoding: .utf8) }
}

private func readAll(_ reader: CorpusReader) throws -> ([String], CorpusReadSummary) {
  var texts: [String] = []
  let summary = try reader.forEachDocument { texts.append($0.text) }
  return (texts, summary)
}

@Suite struct CorpusReaderTests {
  @Test(arguments: ["contracts.jsonl", "contracts.jsonl.gz", "contracts.jsonl.zst"])
  func readsNestedFieldOfEveryRecordExactly(fileName: String) throws {
    let expected = try contractTexts()
    let reader = CorpusReader(path: Fixtures.beside(fileName).path, field: "meta.text")

    let (texts, summary) = try readAll(reader)

    #expect(texts == expected)
    #expect(summary.documents == Int64(expected.count))
    #expect(summary.textBytes == Int64(expected.reduce(0) { $0 + $1.utf8.count }))
    #expect(summary.skippedLines == 0)
  }

  @Test func readsEachNonBlankLineOfTextAsADocument() throws {
    let url = Fixtures.realData("contracts/chinese/minfadian_hetongbian_ch8_weiyue_zeren.md")
    let expected = try String(contentsOf: url, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: true).map(String.init)

    let (texts, summary) = try readAll(CorpusReader(path: url.path))

    #expect(texts == expected)
    #expect(summary.documents == Int64(expected.count))
  }

  @Test func reportsLineNumberAndByteOffsetOfEachDocument() throws {
    let url = Fixtures.beside("contracts.jsonl")
    let raw = try Data(contentsOf: url)
    var lineStarts: [Int] = [0]
    for (offset, byte) in raw.enumerated() where byte == 0x0A { lineStarts.append(offset + 1) }
    var places: [(line: Int, offset: Int64)] = []

    _ = try CorpusReader(path: url.path, field: "meta.text").forEachDocument {
      places.append(($0.line, $0.byteOffset))
    }

    #expect(places.map(\.line) == Array(1...places.count))
    #expect(places.map(\.offset) == lineStarts.prefix(places.count).map(Int64.init))
  }

  /// Files saved by Windows tools start with a byte-order mark; the first record must still
  /// read, in JSON Lines and in text, and its offset is that of the text after the mark.
  @Test(arguments: [("bom.jsonl", "text"), ("bom.txt", "text")])
  func readsTheFirstLineAfterAByteOrderMark(fileName: String, field: String) throws {
    let folder = try Fixtures.temporaryDirectory("bom")
    let url = folder.appendingPathComponent(fileName)
    let lines =
      fileName.hasSuffix(".jsonl")
      ? "{\"text\":\"联系人：张伟\"}\n{\"text\":\"two\"}\n" : "联系人：张伟\ntwo\n"
    try (Data([0xEF, 0xBB, 0xBF]) + Data(lines.utf8)).write(to: url)
    var places: [(text: String, offset: Int64)] = []

    let summary = try CorpusReader(path: url.path, field: field).forEachDocument {
      places.append(($0.text, $0.byteOffset))
    }

    #expect(places.map(\.text) == ["联系人：张伟", "two"])
    #expect(places.first?.offset == 3)
    #expect(summary.skippedLines == 0)
  }

  @Test func joinsLinesThatCrossReadChunks() throws {
    let single = try Data(contentsOf: Fixtures.beside("contracts.jsonl"))
    let copies = CorpusByteStream.chunkSize / single.count + 3
    let folder = try Fixtures.temporaryDirectory()
    let url = folder.appendingPathComponent("repeated.jsonl")
    try Data((0..<copies).flatMap { _ in single }).write(to: url)
    let expected = try contractTexts()

    let (texts, summary) = try readAll(CorpusReader(path: url.path, field: "meta.text"))

    #expect(texts.count == expected.count * copies)
    #expect(texts == Array((0..<copies).map { _ in expected }.joined()))
    #expect(summary.skippedLines == 0)
  }

  @Test func shardsPartitionTheDocumentsExactly() throws {
    let path = Fixtures.beside("contracts.jsonl.zst").path
    let (all, _) = try readAll(CorpusReader(path: path, field: "meta.text"))
    var ordinals: [Int] = []
    var documents: Int64 = 0

    for index in 0..<3 {
      let shard = try CorpusShard(index: index, count: 3)
      let summary = try CorpusReader(path: path, field: "meta.text", shard: shard)
        .forEachDocument {
          #expect($0.ordinal % 3 == index)
          ordinals.append($0.ordinal)
        }
      documents += summary.documents
    }

    #expect(ordinals.sorted() == Array(0..<all.count))
    #expect(documents == Int64(all.count))
  }
}

@Suite struct CorpusReaderBadInputTests {
  @Test(arguments: [
    ("invalid-utf8.txt", CorpusIssue.Kind.invalidUTF8),
    ("invalid-json.jsonl", .invalidJSON),
    ("not-an-object.jsonl", .notAnObject),
    ("missing-field.jsonl", .missingField),
  ])
  func skipsTheBadLineWithItsNumberAndGoesOn(fileName: String, kind: CorpusIssue.Kind) throws {
    let path = Fixtures.beside(fileName).path
    let lineCount = try String(contentsOfFile: path, encoding: .isoLatin1)
      .split(separator: "\n").count

    let (texts, summary) = try readAll(CorpusReader(path: path))

    #expect(summary.issueCounts == [kind: 1])
    #expect(summary.firstIssues.map(\.line) == [2])
    #expect(summary.firstIssues.first?.file == path)
    #expect(texts.count == lineCount - 1)
  }

  @Test func reportsFieldThatIsNotAString() throws {
    let folder = try Fixtures.temporaryDirectory()
    let url = folder.appendingPathComponent("numbers.jsonl")
    try Data(#"{"text": 42}"#.utf8).write(to: url)

    let (_, summary) = try readAll(CorpusReader(path: url.path))

    #expect(summary.issueCounts == [.fieldNotString: 1])
    #expect(summary.firstIssues.first?.detail.contains("a number") == true)
  }

  @Test(arguments: ["truncated.jsonl.gz", "truncated.jsonl.zst"])
  func rejectsTruncatedCompressedFileNamingIt(fileName: String) throws {
    let path = Fixtures.beside(fileName).path

    let error = #expect(throws: TollgateError.self) {
      _ = try CorpusReader(path: path, field: "meta.text").forEachDocument { _ in }
    }

    #expect(error?.code == .malformed)
    #expect(error?.location?.file == path)
    #expect(error?.message.contains("truncated") == true)
  }

  @Test func rejectsMissingFileAsUnreadable() throws {
    let path = Fixtures.beside("no-such-corpus.jsonl").path

    let error = #expect(throws: TollgateError.self) {
      _ = try CorpusReader(path: path).forEachDocument { _ in }
    }

    #expect(error?.code == .unreadable)
    #expect(error?.location?.file == path)
  }
}
