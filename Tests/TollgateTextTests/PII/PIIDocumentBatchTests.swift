import Foundation
import Testing
import TollgateCore
import TollgateTestSupport

@testable import TollgateText

/// A corpus scan joins documents with line feeds and scans them in batches; these tests hold it
/// to what scanning each document alone finds.
@Suite struct PIIDocumentBatchTests {
  /// Pairs whose join would make personal data if a pattern or validator read across the line
  /// feed: a number split in two, a context word and its name, an address cut at the `@`.
  static let splitPairs: [(String, String)] = [
    ("订单号 13812", "345678 已发货"), ("身份证号 110105194912", "31002X"),
    ("联系人：", "张伟，请回电"), ("请王小明", "先生回复"), ("邮箱 zhangwei@", "example.cn"),
    ("卡号 6222 0212", "3456 7890 128"), ("电话 010-", "62288559"),
  ]

  /// The labelled corpora in a seeded order, repeated until they span several batches, with a
  /// split pair as neighbouring documents after every tenth text.
  private func corpusTexts() throws -> [String] {
    let texts = try PIIScannerTests.corpusTexts()
    var generator = SplitMix64(seed: 2026_12_04)
    var corpus: [String] = []
    var bytes = 0
    while bytes < 3 * PIIDocumentBatch.targetBytes {
      var next = [texts[Int(generator.next() % UInt64(texts.count))]]
      if corpus.count % 10 == 0 {
        let (first, second) = Self.splitPairs[corpus.count / 10 % Self.splitPairs.count]
        next += [first, second]
      }
      corpus += next
      bytes += next.reduce(0) { $0 + $1.utf8.count + 1 }
    }
    return corpus
  }

  /// What `CorpusPIIScan` should report: each document scanned on its own.
  private func scanEachAlone(
    _ texts: [String], scanner: PIIScanner, file: String
  ) throws -> PIIScanReport.FileResult {
    var expected = PIIScanReport.FileResult(file: file)
    for (index, text) in texts.enumerated() {
      let hits = try scanner.scan(text)
      if !hits.isEmpty { expected.documentsWithHits += 1 }
      for hit in hits { expected.record(hit, line: index + 1) }
    }
    return expected
  }

  private func writeJSONLines(_ texts: [String]) throws -> URL {
    let folder = try Fixtures.temporaryDirectory("pii-batch")
    let url = folder.appendingPathComponent("corpus.jsonl")
    let lines = try texts.map { text in
      String(decoding: try JSONSerialization.data(withJSONObject: ["text": text]), as: UTF8.self)
    }
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    return url
  }

  @Test(arguments: [1, 2])
  func findsWhatScanningEachDocumentAloneFinds(workers: Int) throws {
    let texts = try corpusTexts()
    let url = try writeJSONLines(texts)
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let scanner = try PIIScanner()
    let expected = try scanEachAlone(texts, scanner: scanner, file: url.path)

    let report = try CorpusPIIScan(scanner: scanner, paths: [url.path], concurrency: workers)
      .run()

    let file = try #require(report.files.first)
    #expect(file.documents == Int64(texts.count))
    #expect(file.documentsWithHits == expected.documentsWithHits)
    #expect(file.hits == expected.hits)
    #expect(expected.documentsWithHits > 100)
    if workers == 1 { #expect(file.examples == expected.examples) }
  }

  /// A card pattern may match a line feed, so with one each document is scanned alone: `1\s+2`
  /// would otherwise match across the join of `编号 1` and `2 号`.
  @Test func scansDocumentsAloneWhenACardPatternCouldCrossTheJoin() throws {
    let url = try writeJSONLines(["编号 1", "2 号", "编号 1 2 号"])
    defer { try? FileManager.default.removeItem(at: url.deletingLastPathComponent()) }
    let scanner = try PIIScanner(extraPatterns: [PIIPattern(name: "pair", regex: #"1\s+2"#)])

    let report = try CorpusPIIScan(scanner: scanner, paths: [url.path], concurrency: 1).run()

    #expect(report.hits == [.custom("pair"): 1])
    #expect(report.examples.map(\.line) == [3])
  }
}
