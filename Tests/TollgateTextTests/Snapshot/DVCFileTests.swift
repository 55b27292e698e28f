import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

@Suite struct DVCFileTests {
  /// `dvc add` of one file records the plain MD5 of its bytes.
  @Test func recordsASingleFileByItsMD5() throws {
    let root = try SnapshotBuilderTests.makeData()
    let file = root.appendingPathComponent("demo.txt").path

    let manifest = try SnapshotBuilder(name: "a", roots: [file], includeDVCHashes: true).build()
    let text = DVCFile.text(for: "demo.txt", in: manifest)

    let md5 = manifest.files.first?.md5 ?? ""
    #expect(md5.count == 32)
    #expect(text == "outs:\n- md5: \(md5)\n  size: 1365\n  hash: md5\n  path: demo.txt\n")
  }

  /// The folder hash is the MD5 of the listing as Python's json.dumps writes it, so names are
  /// escaped the same way (`bench/hash` compares the whole .dvc file with DVC's own).
  @Test func writesTheListingAsPythonsJSONDumps() {
    let listing = DVCFile.pythonString("目录/a\"b.txt")

    #expect(listing == "\"\\u76ee\\u5f55/a\\\"b.txt\"")
  }

  @Test func writesNothingWithoutMD5s() throws {
    let root = try SnapshotBuilderTests.makeData()

    let manifest = try SnapshotBuilder(name: "a", roots: [root.path]).build()

    #expect(DVCFile.text(for: "data", in: manifest) == nil)
  }
}
