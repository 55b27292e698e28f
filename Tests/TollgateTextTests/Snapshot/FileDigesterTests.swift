import CCrypto
import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

@Suite struct FileDigesterTests {
  /// A small chunk, so files of a few chunks cross every border of the three-slot ring fast.
  static let chunk = 4096

  /// Bytes from a fixed-seed generator, with a line break now and then so that line counting
  /// also crosses chunk borders. The generator's output repeats every 65,521 bytes (a prime,
  /// so no chunk of a power-of-two size repeats another and a swapped chunk changes the
  /// digest), which keeps multi-megabyte files fast to build in a debug test run.
  static func bytes(_ count: Int) -> [UInt8] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    let period = (0..<min(count, 65_521)).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let byte = UInt8(truncatingIfNeeded: state >> 56)
      return byte < 8 ? 0x0A : byte
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(count)
    while bytes.count < count { bytes += period.prefix(count - bytes.count) }
    return bytes
  }

  /// The digest of `bytes` in one EVP_Digest call, as lowercase hex.
  static func oneShot(_ bytes: [UInt8], _ kind: OpaquePointer?) -> String {
    var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    _ = bytes.withUnsafeBufferPointer {
      EVP_Digest($0.baseAddress, $0.count, &output, &length, kind, nil)
    }
    return FileDigester.hex(output.prefix(Int(length)))
  }

  static func write(_ bytes: [UInt8]) throws -> String {
    let url = try Fixtures.temporaryDirectory("digest").appendingPathComponent("data.bin")
    try Data(bytes).write(to: url)
    return url.path
  }

  @Test(arguments: [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 7, 10 * chunk + 3])
  func givesOneShotDigestsWithMD5OnASecondThread(size: Int) throws {
    let bytes = Self.bytes(size)
    let path = try Self.write(bytes)
    let digester = FileDigester(chunkSize: Self.chunk)

    let digest = try digester.digest(
      path: path, md5: true, countLines: false, isMD5OnSecondThread: true)

    #expect(digest.size == Int64(size))
    #expect(digest.sha256 == Self.oneShot(bytes, EVP_sha256()))
    #expect(digest.md5 == Self.oneShot(bytes, EVP_md5()))
  }

  @Test(arguments: [0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk + 7])
  func givesOneShotDigestsWithMD5OnTheReadingThread(size: Int) throws {
    let bytes = Self.bytes(size)
    let path = try Self.write(bytes)
    let digester = FileDigester(chunkSize: Self.chunk)

    let digest = try digester.digest(path: path, md5: true, countLines: false)

    #expect(digest.sha256 == Self.oneShot(bytes, EVP_sha256()))
    #expect(digest.md5 == Self.oneShot(bytes, EVP_md5()))
  }

  @Test func countsTheSameLinesWhicheverThreadHashesMD5() throws {
    let bytes = Self.bytes(5 * Self.chunk + 11)
    let path = try Self.write(bytes)
    let digester = FileDigester(chunkSize: Self.chunk)

    let split = try digester.digest(
      path: path, md5: true, countLines: true, isMD5OnSecondThread: true)
    let single = try digester.digest(path: path, md5: true, countLines: true)

    #expect(split.nonBlankLines == single.nonBlankLines)
    #expect((split.nonBlankLines ?? 0) > 100)
  }

  @Test func reusesOneDigesterForFileAfterFileOnTheSplitPath() throws {
    let digester = FileDigester(chunkSize: Self.chunk)
    let sizes = [7 * Self.chunk + 1, 2, 4 * Self.chunk]

    let digests = try sizes.map { size in
      try digester.digest(
        path: try Self.write(Self.bytes(size)), md5: true, countLines: false,
        isMD5OnSecondThread: true)
    }

    #expect(digests.map(\.md5) == sizes.map { Self.oneShot(Self.bytes($0), EVP_md5()) })
  }

  @Test func snapshotsABigFileWithOneShotDigests() throws {
    let size = Int(SnapshotBuilder.splitMD5MinimumSize) + 3 * FileDigester.defaultChunkSize + 7
    let bytes = Self.bytes(size)
    let path = try Self.write(bytes)

    let manifest = try SnapshotBuilder(name: "a", roots: [path], includeDVCHashes: true).build()

    #expect(manifest.files.first?.sha256 == Self.oneShot(bytes, EVP_sha256()))
    #expect(manifest.files.first?.md5 == Self.oneShot(bytes, EVP_md5()))
  }

  /// read(2) of a folder fails with EISDIR after open(2) succeeded: the error reaches the
  /// caller through the split path's hand-over to the MD5 lane instead of hanging it.
  @Test func reportsAReadErrorOnTheSplitPath() throws {
    let folder = try Fixtures.temporaryDirectory("digest").path
    let digester = FileDigester(chunkSize: Self.chunk)

    let error = #expect(throws: FileDigester.Failure.self) {
      try digester.digest(path: folder, md5: true, countLines: false, isMD5OnSecondThread: true)
    }

    #expect(error?.kind == .unreadable)
  }
}
