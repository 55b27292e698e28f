import CCrypto
import TollgateCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Hashes one file in a single streaming pass: SHA-256, optionally MD5, and optionally the
/// count of non-blank lines, with one reused buffer so memory stays flat for any file size.
struct FileDigester: ~Copyable {
  /// 1 MiB: large enough that read(2) overhead vanishes, small enough to stay in L2/L3.
  static let bufferSize = 1 << 20

  private let buffer: UnsafeMutableRawBufferPointer

  init() {
    buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.bufferSize, alignment: 64)
  }

  deinit { buffer.deallocate() }

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

  func digest(path: String, md5: Bool, countLines: Bool) throws(Failure) -> Digest {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw Self.failure(errno) }
    defer { close(descriptor) }
    guard let sha = EVP_MD_CTX_new() else {
      throw Failure(kind: .unreadable, detail: "OpenSSL could not allocate a digest context")
    }
    defer { EVP_MD_CTX_free(sha) }
    EVP_DigestInit_ex(sha, EVP_sha256(), nil)
    let md = md5 ? EVP_MD_CTX_new() : nil
    defer { if let md { EVP_MD_CTX_free(md) } }
    if let md { EVP_DigestInit_ex(md, EVP_md5(), nil) }

    var size: Int64 = 0
    var lines = LineCounter()
    while true {
      let count = read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        throw Self.failure(errno)
      }
      if count == 0 { break }
      EVP_DigestUpdate(sha, buffer.baseAddress, count)
      if let md { EVP_DigestUpdate(md, buffer.baseAddress, count) }
      if countLines { lines.consume(UnsafeRawBufferPointer(rebasing: buffer[0..<count])) }
      size += Int64(count)
    }
    return Digest(
      size: size, sha256: Self.finish(sha), md5: md.map(Self.finish),
      nonBlankLines: countLines ? lines.finish() : nil)
  }

  private static func finish(_ context: OpaquePointer) -> String {
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
