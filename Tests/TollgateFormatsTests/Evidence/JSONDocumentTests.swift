import Foundation
import Testing
import TollgateCore

@testable import TollgateFormats

@Suite struct JSONDocumentTests {
  @Test func readsPythonNonFiniteNumbersOutsideStrings() throws {
    let text = #"{"a": NaN, "b": -Infinity, "c": "NaN", "d": [Infinity]}"#

    let value = try JSONDocument.parse(Data(text.utf8), path: "x.json")

    #expect(value["a"]?.number?.isNaN == true)
    #expect(value["b"]?.number == -Double.infinity)
    #expect(value["c"]?.string == "NaN")
    #expect(value["d"]?.array?.first?.number == Double.infinity)
  }

  @Test func locatesASyntaxErrorAfterANaNInTheOriginalText() throws {
    let text = "{\"a\": NaN,\n \"b\": x}"

    let error = #expect(throws: TollgateError.self) {
      try JSONDocument.parse(Data(text.utf8), path: "x.json")
    }

    #expect(error?.location == SourceLocation(file: "x.json", line: 2, column: 7))
  }

  @Test func keepsBooleansApartFromNumbers() throws {
    let value = try JSONDocument.parse(Data(#"{"t": true, "one": 1}"#.utf8), path: "x.json")

    #expect(value["t"] == .bool(true))
    #expect(value["one"] == .number(1))
  }

  @Test func rejectsWhitespaceOnlyAsEmpty() {
    let error = #expect(throws: TollgateError.self) {
      try JSONDocument.parse(Data(" \n\t".utf8), path: "x.json")
    }

    #expect(error?.message.contains("empty") == true)
  }
}
