import Foundation
import Testing

@testable import TollgateFormats

private func extractText(
  _ json: String, field: String = "text", joinsStringArrays: Bool = false
) -> String? {
  var extractor = JSONFieldExtractor(field: field, joinsStringArrays: joinsStringArrays)
  let bytes = Array(json.utf8)
  return bytes.withUnsafeBufferPointer { line -> String? in
    switch extractor.extract(from: line) {
    case .inLine(let range): return String(decoding: line[range], as: UTF8.self)
    case .decoded: return String(decoding: extractor.decoded, as: UTF8.self)
    default: return nil
    }
  }
}

private func outcome(
  _ json: String, field: String = "text", joinsStringArrays: Bool = false
) -> JSONFieldExtractor.Outcome {
  var extractor = JSONFieldExtractor(field: field, joinsStringArrays: joinsStringArrays)
  return Array(json.utf8).withUnsafeBufferPointer { extractor.extract(from: $0) }
}

@Suite struct JSONFieldExtractorTests {
  @Test(arguments: [
    #"{"text": "plain"}"#, #"{"text":"tab\tnew\nline \"q\" \\ \/ \u00e9 \ud83d\ude00 \u4e2d"}"#,
    #"{"a": [1, -2.5e3, {"b": null}], "text": "合同", "c": true}"#,
  ])
  func decodesTheStringAsFoundationDoes(json: String) throws {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]

    #expect(extractText(json) == object?["text"] as? String)
  }

  @Test func followsDottedPathIntoNestedObjects() {
    #expect(extractText(#"{"meta": {"x": 1, "text": "deep"}}"#, field: "meta.text") == "deep")
  }

  /// lm-evaluation-harness's samples files: `resps` nests each answer in a list of its own,
  /// `filtered_resps` is flat, and loglikelihood tasks hold numbers and booleans instead.
  @Test(arguments: [
    (#"{"resps": [["联系人：张伟"], ["手机 138\n1234"]]}"#, "联系人：张伟\n手机 138\n1234"),
    (#"{"resps": ["", "b", [1, {"c": "not taken"}, "d\u00e9"]]}"#, "\nb\ndé"),
    (#"{"resps": ["only"], "resps": ["last", "wins"]}"#, "last\nwins"),
  ])
  func joinsTheStringsOfAnArrayFieldOnePerLine(json: String, text: String) {
    #expect(extractText(json, field: "resps", joinsStringArrays: true) == text)
  }

  @Test func namesAnArrayWithNoStringAndAnArrayWhenNotJoining() {
    let loglikelihood = #"{"resps": [[[-1.25, false]], []]}"#
    #expect(
      outcome(loglikelihood, field: "resps", joinsStringArrays: true)
        == .notString("an array with no string in it"))
    #expect(outcome(#"{"resps": ["a"]}"#, field: "resps") == .notString("an array"))
    #expect(
      outcome(#"{"resps": ["a", "unclosed]}"#, field: "resps", joinsStringArrays: true)
        != .decoded)
  }

  /// `*` reads every string value of a structured record, keys left out, one per line, so
  /// personal data outside the main text field is scanned too.
  @Test func everyStringFieldReadsAllStringValuesInOrder() {
    let record =
      #"{"id": 7, "text": "主诉：头痛", "contact": {"name": "患者王伟", "phones": ["138\u0031", 5]}, "#
      + #""ok": true, "note": ""}"#

    #expect(extractText(record, field: "*") == "主诉：头痛\n患者王伟\n1381\n")
    #expect(
      outcome(#"{"id": 7, "n": [1, null]}"#, field: "*") == .notString("no string value"))
    #expect(outcome(#"{"text": "a",}"#, field: "*") != .decoded)
  }

  /// An array field's strings are its items: objects inside it are passed over, unlike `*`.
  @Test func arrayFieldPassesOverObjectsInsideIt() {
    let record = #"{"resps": [{"meta": "x"}, ["y"], "z"]}"#

    #expect(extractText(record, field: "resps", joinsStringArrays: true) == "y\nz")
    #expect(extractText(record, field: "*") == "x\ny\nz")
  }

  @Test func takesTheLastOfDuplicateKeys() {
    #expect(extractText(#"{"text": "first", "text": "last"}"#) == "last")
  }

  @Test func matchesEscapedKeys() {
    #expect(extractText(#"{"t\u0065xt": "escaped key"}"#) == "escaped key")
  }

  @Test(arguments: [
    #"{"text": "unterminated}"#, #"{"text": "x",}"#, #"{"text": "x"} trailing"#,
    #"{"text": 01}"#, #"{"text": "bad \q escape"}"#, "{\"text\": \"raw \u{01} control\"}",
    #"{text: "x"}"#,
  ])
  func rejectsInvalidJSON(json: String) {
    guard case .invalidJSON = outcome(json) else {
      Issue.record("accepted \(json)")
      return
    }
  }

  @Test(arguments: [("not json", 1), ("  nope", 3), ("[1, 2", 1), ("12abc", 1)])
  func namesALineThatIsNoJSONValueAsNotAnObject(json: String, column: Int) {
    #expect(outcome(json) == .invalidJSON("not a JSON object at column \(column)"))
  }

  @Test func keepsTheColumnOfAnErrorInsideAnObject() {
    #expect(outcome(#"{"text": nul}"#) == .invalidJSON("expected null at column 10"))
  }

  @Test func reportsLoneSurrogateEscape() {
    #expect(outcome(#"{"text": "\ud800 alone"}"#) == .loneSurrogate)
  }

  @Test(arguments: [#"["text"]"#, #""text""#, "42", "null"])
  func reportsValidJSONThatIsNotAnObject(json: String) {
    #expect(outcome(json) == .notAnObject)
  }

  @Test func reportsMissingNestedField() {
    #expect(outcome(#"{"meta": "flat"}"#, field: "meta.text") == .missing)
  }
}
