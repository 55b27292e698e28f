import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateFormats

/// One byte search per file for several JSON keys: what lets `decide` skip parsing a corpus
/// once per excluded field when the fields are gone.
@Suite struct CorpusKeyPresenceTests {
  private func file(_ bytes: Data, _ name: String = "c.jsonl") throws -> String {
    let url = try Fixtures.temporaryDirectory("key-presence").appendingPathComponent(name)
    try bytes.write(to: url)
    return url.path
  }

  @Test func findsTheKeysThatAppearQuotedAndOnlyThose() throws {
    let path = try file(Data(#"{"text": "a", "id_number": "1"}"#.utf8 + [0x0A]))

    let found = try CorpusKeyPresence.keys(["id_number", "bank_account"], appearingIn: path)

    #expect(found == ["id_number"])
  }

  /// The stream hands the file over in 1 MiB chunks; a key cut in two by that is still found.
  @Test func findsAKeySplitAcrossTwoChunks() throws {
    let filler = Data(repeating: 0x61, count: CorpusByteStream.chunkSize - 4)
    let path = try file(filler + Data(#""id_number""#.utf8))

    #expect(try CorpusKeyPresence.keys(["id_number"], appearingIn: path) == ["id_number"])
    #expect(try CorpusKeyPresence.keys(["number"], appearingIn: path).isEmpty)
  }

  @Test func readsCompressedFilesDecompressed() throws {
    let url = try Fixtures.temporaryDirectory("key-presence").appendingPathComponent("c.jsonl")
    try Data(#"{"bank_account": "6222"}"#.utf8).write(to: url)
    let gzip = Process()
    gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
    gzip.arguments = [url.path]
    try gzip.run()
    gzip.waitUntilExit()

    let found = try CorpusKeyPresence.keys(["bank_account"], appearingIn: url.path + ".gz")

    #expect(found == ["bank_account"])
  }

  @Test func comparesThePatternAtEveryPlaceItsFirstByteIs() {
    let text = Array(#""id_numbe "id_number""#.utf8)

    let found = text.withUnsafeBytes {
      CorpusKeyPresence.contains(Array(#""id_number""#.utf8), in: $0)
    }

    #expect(found)
  }
}
