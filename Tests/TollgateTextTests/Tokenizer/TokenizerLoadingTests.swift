import Foundation
import Testing
import TollgateCore

@testable import TollgateText

/// A small valid byte-level BPE tokenizer.json; each bad-input case changes one thing in it.
private let validTokenizer = #"""
  {"version": "1.0", "added_tokens": [], "normalizer": null,
   "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": false, "use_regex": true},
   "post_processor": null, "decoder": {"type": "ByteLevel"},
   "model": {"type": "BPE", "vocab": {"a": 0, "b": 1, "ab": 2}, "merges": ["a b"]}}
  """#

private func load(_ json: String) throws -> Tokenizer {
  try Tokenizer(data: Data(json.utf8), path: "bad/tokenizer.json")
}

@Suite struct TokenizerLoadingTests {
  @Test func loadsTheValidBaseAndMergesItsPair() throws {
    #expect(try load(validTokenizer).encode("ab") == [2])
  }

  @Test(arguments: [
    ("not JSON", "{\"model\": ", TollgateError.Code.malformed, "not valid JSON"),
    ("no model", #"{"version": "1.0"}"#, .malformed, "no \"model\" object (at model)"),
    (
      "Unigram model", validTokenizer.replacingOccurrences(of: "\"BPE\"", with: "\"Unigram\""),
      .invalidContent, "model type \"Unigram\" at model.type"
    ),
    (
      "WordPiece model", validTokenizer.replacingOccurrences(of: "\"BPE\"", with: "\"WordPiece\""),
      .invalidContent, "model type \"WordPiece\" at model.type"
    ),
    (
      "broken merge", validTokenizer.replacingOccurrences(of: "\"a b\"", with: "\"a c\""),
      .malformed, "merge 0 \"a c\" uses a token that is not in the vocabulary"
    ),
    (
      "vocabulary gap", validTokenizer.replacingOccurrences(of: "\"ab\": 2", with: "\"ab\": 7"),
      .malformed, "the vocabulary's ids are not 0..<3"
    ),
    (
      "unknown pre-tokenizer",
      validTokenizer.replacingOccurrences(
        of: "\"ByteLevel\", \"add", with: "\"Whitespace\", \"add"),
      .invalidContent, "pre-tokenizer \"Whitespace\" at pre_tokenizer.type"
    ),
    (
      "unknown split regex",
      validTokenizer.replacingOccurrences(
        of: #"{"type": "ByteLevel", "add_prefix_space": false, "use_regex": true}"#,
        with: #"{"type": "Split", "pattern": {"Regex": "\\w+"}, "behavior": "Isolated"}"#),
      .invalidContent, "at pre_tokenizer.pattern"
    ),
    (
      "unknown normalizer",
      validTokenizer.replacingOccurrences(
        of: #""normalizer": null"#, with: #""normalizer": {"type": "BertNormalizer"}"#),
      .invalidContent, "normalizer \"BertNormalizer\" at normalizer.type"
    ),
  ])
  func refusesBadTokenizerNamingTheProblem(
    defect: String, json: String, code: TollgateError.Code, phrase: String
  ) {
    let error = #expect(throws: TollgateError.self, "\(defect)") { try load(json) }

    #expect(error?.code == code)
    #expect(error?.location?.file == "bad/tokenizer.json")
    #expect(error?.message.contains(phrase) == true, "\(error?.message ?? "")")
  }

  @Test func acceptsMergesWrittenAsPairs() throws {
    let pairs = validTokenizer.replacingOccurrences(of: "[\"a b\"]", with: "[[\"a\", \"b\"]]")

    #expect(try load(pairs).encode("ab") == [2])
  }
}
