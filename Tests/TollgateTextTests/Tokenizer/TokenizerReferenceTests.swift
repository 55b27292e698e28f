import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

/// One tokenizer's expected ids for every sample, as HF `tokenizers` 0.23.3 produced them.
struct ReferenceCase: Sendable, CustomTestStringConvertible {
  var name: String
  var file: String
  /// sample id -> (ids without special tokens, ids with them)
  var expected: [Int: (plain: [Int], withSpecial: [Int])]
  var testDescription: String { name }

  /// Each real tokenizer loaded once for all the suites (loading is slow in debug builds).
  static let loaded: [String: Tokenizer] = {
    var loaded: [String: Tokenizer] = [:]
    for name in ["gpt2", "llama2", "mistral-7b-instruct-v0.2", "minimind-zh"] {
      let path = Fixtures.realData("tokenizers/\(name)/tokenizer.json").path
      loaded[name] = try? Tokenizer(contentsOf: path)
    }
    return loaded
  }()

  static let samples: [Int: String] = {
    let url = Fixtures.realData("tokenizers/samples.jsonl")
    let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    var samples: [Int: String] = [:]
    // The byte-preserving parser: Foundation would drop a U+FEFF that starts a string.
    for line in text.split(separator: "\n") {
      let object = try? TokenizerJSON.parse(Array(line.utf8))
      if let id = object?["id"]?.int32, let sample = object?["text"]?.string {
        samples[Int(id)] = sample
      }
    }
    return samples
  }()

  static let all: [ReferenceCase] = {
    let url = Fixtures.realData("tokenizers/reference_ids.json")
    guard let data = try? Data(contentsOf: url),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let tokenizers = root["tokenizers"] as? [[String: Any]]
    else { return [] }
    return tokenizers.map { entry in
      var expected: [Int: (plain: [Int], withSpecial: [Int])] = [:]
      for result in entry["results"] as? [[String: Any]] ?? [] {
        if let id = result["id"] as? Int, let ids = result["ids"] as? [Int],
          let withSpecial = result["ids_with_special"] as? [Int]
        {
          expected[id] = (ids, withSpecial)
        }
      }
      return ReferenceCase(
        name: entry["name"] as? String ?? "?", file: entry["file"] as? String ?? "",
        expected: expected)
    }
  }()
}

@Suite struct TokenizerReferenceTests {
  @Test func referenceCoversFourTokenizersAndEverySample() {
    #expect(ReferenceCase.all.map(\.name).sorted().count == 4)
    #expect(ReferenceCase.samples.count == 58)
    for reference in ReferenceCase.all {
      #expect(reference.expected.count == ReferenceCase.samples.count)
    }
  }

  @Test(arguments: ReferenceCase.all)
  func encodesEverySampleToTheReferenceIDs(reference: ReferenceCase) throws {
    let tokenizer = try #require(ReferenceCase.loaded[reference.name])
    var encoder = tokenizer.makeEncoder()

    for (id, text) in ReferenceCase.samples.sorted(by: { $0.key < $1.key }) {
      let ids = Array(text.utf8).withUnsafeBufferPointer { encoder.encode($0) }.map { Int($0) }

      #expect(ids == reference.expected[id]?.plain, "sample \(id): \(text.debugDescription)")
    }
  }

  @Test(arguments: ReferenceCase.all)
  func addsThePostProcessorTokensWithSpecial(reference: ReferenceCase) throws {
    let tokenizer = try #require(ReferenceCase.loaded[reference.name])

    for (id, expected) in reference.expected {
      let special = tokenizer.specialIDsBefore + expected.plain + tokenizer.specialIDsAfter

      #expect(special == expected.withSpecial, "sample \(id)")
    }
  }
}
