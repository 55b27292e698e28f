import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

/// One text and the pieces HF `tokenizers` (Oniguruma) split it into with a pattern.
struct SplitCase: Sendable, CustomTestStringConvertible {
  var pattern: String
  var regex: String
  var texts: [String]
  var pieces: [[String]]
  var testDescription: String { pattern }

  /// Read with the byte-preserving parser: Foundation drops a U+FEFF that starts a string.
  static let all: [SplitCase] = {
    guard let data = try? Data(contentsOf: Fixtures.beside("split_reference.json")),
      let root = try? TokenizerJSON.parse([UInt8](data)),
      let patterns = root["patterns"]?.members
    else { return [] }
    return patterns.map { name, entry in
      let cases = entry["cases"]?.elements ?? []
      return SplitCase(
        pattern: String(decoding: name, as: UTF8.self), regex: entry["regex"]?.string ?? "",
        texts: cases.map { $0["text"]?.string ?? "" },
        pieces: cases.map { ($0["pieces"]?.elements ?? []).map { $0.string ?? "" } })
    }.sorted { $0.pattern < $1.pattern }
  }()
}

@Suite struct SplitPatternTests {
  @Test func referenceHasThreePatternsWithManyCases() {
    #expect(SplitCase.all.map(\.pattern) == ["gpt2", "llama3", "qwen2"])
    #expect(SplitCase.all.allSatisfy { $0.texts.count > 400 })
  }

  @Test(arguments: SplitCase.all)
  func scannerSplitsExactlyAsTheRegex(reference: SplitCase) throws {
    let pattern = try #require(SplitPattern(regex: reference.regex))

    for (text, expected) in zip(reference.texts, reference.pieces) {
      var pieces: [String] = []
      Array(text.utf8).withUnsafeBufferPointer { bytes in
        pattern.forEachPiece(in: bytes) { range in
          pieces.append(String(decoding: bytes[range], as: UTF8.self))
        }
      }

      #expect(pieces == expected, "text \(text.debugDescription)")
    }
  }

  @Test func unknownRegexIsNotAPattern() {
    #expect(SplitPattern(regex: #"\w+|\s+"#) == nil)
  }
}
