import CCrypto
import TollgateCore
import TollgateFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hashes one file in a single streaming pass: SHA-256, optionally MD5, and optionally the
/// count of non-blank lines, with reused buffers so memory stays flat for any file size.
///
/// MD5 runs either on the same thread after the SHA-256 of each chunk (best when other files
/// keep the other cores busy) or on a second thread over the same chunks (`MD5Lane`, best for a
/// big file, where it turns SHA-256 + MD5 time into max(SHA-256, MD5) time).
struct FileDigester: ~Copyable {
  /// 1 MiB: large enough that read(2) and hand-over overhead vanish, small enough to stay in
  /// L2/L3 while both hashers read it.
  static let defaultChunkSize = 1 << 20
  /// Chunks in flight between the reader and the MD5 lane: one being read and SHA-hashed, one
  /// being MD5-hashed, one spare so neither waits on a short stall of the other.
  static let slotCount = 3

  let chunkSize: Int
  private let ring: UnsafeMutableRawPointer
  /// Called after each chunk is read; tests change the file there.
  private let afterChunk: (() -> Void)?

  /// - Parameters:
  ///   - chunkSize: bytes per read(2); tests use small ones to cross chunk borders.
  ///   - afterChunk: called after each chunk is read (tests change the file being read).
  init(chunkSize: Int = Self.defaultChunkSize, afterChunk: (() -> Void)? = nil) {
    self.chunkSize = max(1, chunkSize)
    self.afterChunk = afterChunk
    ring = UnsafeMutableRawPointer.allocate(
      byteCount: self.chunkSize * Self.slotCount, alignment: 64)
  }

  deinit { ring.deallocate() }

  struct Digest {
    var size: Int64
    var sha256: String
    var md5: String?
    var nonBlankLines: Int64?
  }

  /// Why a file could not be digested.
  struct Failure: Error {
    var kind: SnapshotProblem.Kind
    var detail: String
  }

  /// Hashes the file at `path`.
  ///
  /// - Parameters:
  ///   - md5: also compute MD5 (DVC's file hash).
  ///   - countLines: also count non-blank lines (JSON Lines records).
  ///   - isMD5OnSecondThread: with `md5`, hash MD5 on a second thread over the same chunks.
  func digest(path: String, md5: Bool, countLines: Bool, isMD5OnSecondThread: Bool = false)
    throws(Failure) -> Digest
  {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Self.failure(errno) }
    defer { close(descriptor) }
    // The size and modification time at open: a file written to while it is hashed would
    // get a hash of a state that never existed, so it is a problem instead (see `unchanged`).
    let before = FileState(descriptor)
    guard let sha = EVP_MD_CTX_new() else { throw Self.noContext }
    defer { EVP_MD_CTX_free(sha) }
    EVP_DigestInit_ex(sha, EVP_sha256(), nil)
    var pass = Pass(sha: sha, countLines: countLines)

    if md5 && isMD5OnSecondThread {
      let md5Hex = try readSplit(descriptor, into: &pass)
      try Self.unchanged(descriptor, since: before, read: pass.size)
      return pass.digest(md5: md5Hex)
    }
    let md = md5 ? EVP_MD_CTX_new() : nil
    defer { if let md { EVP_MD_CTX_free(md) } }
    if md5 {
      guard let md else { throw Self.noContext }
      EVP_DigestInit_ex(md, EVP_md5(), nil)
    }
    while true {
      let count = try Self.readChunk(descriptor, into: ring, count: chunkSize)
      if count == 0 { break }
      pass.consume(UnsafeRawBufferPointer(start: ring, count: count))
      if let md { EVP_DigestUpdate(md, ring, count) }
      afterChunk?()
    }
    try Self.unchanged(descriptor, since: before, read: pass.size)
    return pass.digest(md5: md.map(Self.finish))
  }

  /// Throws `changedWhileRead` when the bytes read differ from the size at open, or the size
  /// or modification time differs from what it was at open (a regular file only).
  private static func unchanged(_ descriptor: Int32, since before: FileState?, read: Int64)
    throws(Failure)
  {
    guard let before, before.isRegular else { return }
    let after = FileState(descriptor)
    if read == before.size, after == before { return }
    let now = after.map { "\($0.size) bytes now" } ?? "its size now unknown"
    throw Failure(
      kind: .changedWhileRead,
      detail: "changed while being read (\(before.size) bytes at the start, \(read) read, "
        + "\(now)); snapshot it again once nothing writes to it")
  }

  /// Reads the file through the ring: this thread reads each chunk and hashes its SHA-256 (and
  /// lines) while an `MD5Lane` hashes the MD5 of the chunks read before it.
  private func readSplit(_ descriptor: Int32, into pass: inout Pass) throws(Failure) -> String {
    guard let lane = MD5Lane(ring: ring, slotCount: Self.slotCount, chunkSize: chunkSize) else {
      throw Self.noContext
    }
    lane.start()
    var index = 0
    while true {
      lane.free.wait()
      let slot = lane.slot(index)
      let count: Int
      do {
        count = try Self.readChunk(descriptor, into: slot, count: chunkSize)
      } catch {
        lane.publish(index, length: -1)
        _ = lane.finish()  // the lane must stop using the ring before it can be reused
        throw error
      }
      lane.publish(index, length: count)
      if count == 0 { break }
      pass.consume(UnsafeRawBufferPointer(start: slot, count: count))
      afterChunk?()
      index = (index + 1) % Self.slotCount
    }
    return Self.hex(lane.finish())
  }

  /// One read(2), retried on EINTR; 0 at end of file.
  private static func readChunk(
    _ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int
  ) throws(Failure) -> Int {
    while true {
      let result = read(descriptor, buffer, count)
      if result >= 0 { return result }
      if errno != EINTR { throw failure(errno) }
    }
  }

  private static let noContext = Failure(
    kind: .unreadable, detail: "OpenSSL could not allocate a digest context")

  static func finish(_ context: OpaquePointer) -> String {
    var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    EVP_DigestFinal_ex(context, &output, &length)
    return hex(output.prefix(Int(length)))
  }

  static func hex<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var text: [UInt8] = []
    text.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      text.append(digits[Int(byte >> 4)])
      text.append(digits[Int(byte & 15)])
    }
    return String(decoding: text, as: UTF8.self)
  }

  static func failure(_ code: Int32) -> Failure {
    let detail = String(cString: strerror(code))
    switch code {
    case EACCES, EPERM: return Failure(kind: .permissionDenied, detail: detail)
    case ENOENT: return Failure(kind: .vanished, detail: detail)
    default: return Failure(kind: .unreadable, detail: detail)
    }
  }
}

/// What the reading thread computes per chunk: size, SHA-256 and, for JSON Lines, the lines.
private struct Pass {
  let sha: OpaquePointer
  let countLines: Bool
  var size: Int64 = 0
  var lines = LineCounter()

  init(sha: OpaquePointer, countLines: Bool) {
    self.sha = sha
    self.countLines = countLines
  }

  mutating func consume(_ chunk: UnsafeRawBufferPointer) {
    EVP_DigestUpdate(sha, chunk.baseAddress, chunk.count)
    if countLines { lines.consume(chunk) }
    size += Int64(chunk.count)
  }

  mutating func digest(md5: String?) -> FileDigester.Digest {
    FileDigester.Digest(
      size: size, sha256: FileDigester.finish(sha), md5: md5,
      nonBlankLines: countLines ? lines.finish() : nil)
  }
}

/// Counts lines that hold something other than JSON whitespace, across chunk borders.
struct LineCounter {
  private var count: Int64 = 0
  private var isLineBlank = true

  /// Jumps from line break to line break with memchr; a line is usually known to be non-blank
  /// from its first byte, so the cost is close to memchr's.
  mutating func consume(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress else { return }
    var start = 0
    while start < bytes.count {
      let found = memchr(base + start, 0x0A, bytes.count - start)
      let end = found.map { UnsafeRawPointer($0) - base } ?? bytes.count
      if isLineBlank {
        var index = start
        while index < end {
          let byte = bytes[index]
          if byte != 0x20 && byte != 0x09 && byte != 0x0D {
            isLineBlank = false
            break
          }
          index += 1
        }
      }
      guard found != nil else { return }
      if !isLineBlank { count += 1 }
      isLineBlank = true
      start = end + 1
    }
  }

  mutating func finish() -> Int64 {
    if !isLineBlank { count += 1 }
    isLineBlank = true
    return count
  }
}
