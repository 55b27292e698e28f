import CZlib
import CZstd
import TollgateCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a corpus file is compressed, read from its name (`.gz`, `.zst`, or neither).
public enum CorpusCompression: String, Sendable, Hashable, Codable {
  case none
  case gzip
  case zstd

  /// The compression a file name ends with.
  public init(fileName: String) {
    if fileName.hasSuffix(".gz") {
      self = .gzip
    } else if fileName.hasSuffix(".zst") || fileName.hasSuffix(".zstd") {
      self = .zstd
    } else {
      self = .none
    }
  }
}

/// Streams a file's decompressed bytes in chunks of about a megabyte, so memory stays flat.
///
/// A compressed stream that ends before its last frame is an error, not a short count: a
/// truncated download would otherwise pass as a smaller corpus.
struct CorpusByteStream {
  static let chunkSize = 1 << 20

  let path: String
  let compression: CorpusCompression

  /// Calls `body` with each decompressed chunk in order.
  func forEachChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    switch compression {
    case .none: try forEachRawChunk(body)
    case .gzip: try inflateChunks(body)
    case .zstd: try decompressZstdChunks(body)
    }
  }

  private func forEachRawChunk(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else {
      let reason = String(cString: strerror(errno))
      throw TollgateError.file(
        .unreadable, path, "cannot open corpus file: \(reason)",
        hint: "check the path and that the file is readable")
    }
    defer { close(descriptor) }
    // A regular file is held to its size and modification time at the start: one truncated
    // or rewritten while it is read would give counts of a state that never existed.
    let before = FileState(descriptor)
    let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
    defer { buffer.deallocate() }
    var total: Int64 = 0
    while true {
      let count = read(descriptor, buffer.baseAddress, buffer.count)
      if count < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        throw TollgateError.file(
          .unreadable, path, "reading the corpus failed: \(reason)",
          hint: "check the disk and that the path is a regular file, not a folder")
      }
      if count == 0 { break }
      total += Int64(count)
      try body(UnsafeBufferPointer(rebasing: buffer[0..<count]))
    }
    guard let before, before.isRegular else { return }
    let after = FileState(descriptor)
    guard total == before.size, after == before else {
      let now = after.map { "\($0.size) bytes now" } ?? "its size now unknown"
      throw TollgateError.file(
        .unreadable, path,
        "the file changed while being read (\(before.size) bytes at the start, \(total) read, "
          + "\(now)); the results would be of a state that never existed",
        hint: "wait until whatever writes the file has finished, then scan or count it again")
    }
  }

  /// Refuses a file whose name says compressed but whose first bytes are not that format's
  /// magic number (gzip 1F 8B, zstd 28 B5 2F FD): plain text named `.gz` is not damaged
  /// compressed data, and "corrupt near byte N" would send the user looking for damage.
  private func checkMagic(_ chunk: UnsafeBufferPointer<UInt8>, isFirst: Bool) throws {
    guard isFirst else { return }
    let (magic, name, suffix): ([UInt8], String, String) =
      compression == .gzip
      ? ([0x1F, 0x8B], "gzip", ".gz") : ([0x28, 0xB5, 0x2F, 0xFD], "zstd", ".zst")
    guard !chunk.starts(with: magic) else { return }
    // A first read shorter than the magic number is left to the decompressor.
    guard chunk.count >= magic.count else { return }
    throw TollgateError.file(
      .malformed, path,
      "not \(name) data: the file is named \(suffix) but does not start with \(name)'s "
        + "magic number",
      hint: "rename the file to what it holds (without \(suffix) if it is plain text), or "
        + "compress it with `\(name == "gzip" ? "gzip" : "zstd") FILE`")
  }

  private func inflateChunks(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    var stream = z_stream()
    // inflateInit2() is a C macro; 15 + 32 = a 32 KiB window with automatic gzip/zlib detection.
    let initResult = inflateInit2_(
      &stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
    guard initResult == Z_OK else {
      throw TollgateError.file(.unreadable, path, "zlib could not start (code \(initResult))")
    }
    defer { inflateEnd(&stream) }
    let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
    defer { output.deallocate() }
    var isAtMemberEnd = false
    var compressedBytes: Int64 = 0

    try forEachRawChunk { input in
      try checkMagic(input, isFirst: compressedBytes == 0)
      compressedBytes += Int64(input.count)
      stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
      stream.avail_in = uInt(input.count)
      repeat {
        if isAtMemberEnd {
          // Concatenated gzip members (as `cat a.gz b.gz` makes) are one stream.
          inflateReset(&stream)
          isAtMemberEnd = false
        }
        stream.next_out = output.baseAddress
        stream.avail_out = uInt(output.count)
        let result = inflate(&stream, Z_NO_FLUSH)
        guard result == Z_OK || result == Z_STREAM_END || result == Z_BUF_ERROR else {
          let reason = stream.msg.map { String(cString: $0) } ?? "code \(result)"
          throw corrupt("gzip", reason, at: compressedBytes)
        }
        let produced = output.count - Int(stream.avail_out)
        if produced > 0 { try body(UnsafeBufferPointer(rebasing: output[0..<produced])) }
        if result == Z_STREAM_END { isAtMemberEnd = true }
        if result == Z_BUF_ERROR && produced == 0 { break }
      } while stream.avail_in > 0 || stream.avail_out == 0
    }
    guard isAtMemberEnd || compressedBytes == 0 else {
      throw truncated("gzip", at: compressedBytes)
    }
  }

  private func decompressZstdChunks(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
    guard let context = ZSTD_createDStream() else {
      throw TollgateError.file(.unreadable, path, "zstd could not start")
    }
    defer { ZSTD_freeDStream(context) }
    let output = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: Self.chunkSize)
    defer { output.deallocate() }
    // ZSTD_decompressStream returns 0 exactly when a frame is complete and flushed.
    var lastHint = 0
    var compressedBytes: Int64 = 0

    try forEachRawChunk { chunk in
      try checkMagic(chunk, isFirst: compressedBytes == 0)
      compressedBytes += Int64(chunk.count)
      var input = ZSTD_inBuffer(src: chunk.baseAddress, size: chunk.count, pos: 0)
      repeat {
        var out = ZSTD_outBuffer(dst: output.baseAddress, size: output.count, pos: 0)
        let result = ZSTD_decompressStream(context, &out, &input)
        if ZSTD_isError(result) != 0 {
          throw corrupt("zstd", String(cString: ZSTD_getErrorName(result)), at: compressedBytes)
        }
        lastHint = result
        if out.pos > 0 { try body(UnsafeBufferPointer(rebasing: output[0..<out.pos])) }
        if out.pos < out.size && input.pos == input.size { break }
      } while true
    }
    guard lastHint == 0 else { throw truncated("zstd", at: compressedBytes) }
  }

  private func truncated(_ format: String, at offset: Int64) -> TollgateError {
    TollgateError.file(
      .malformed, path,
      "the \(format) stream ends early after \(offset) compressed bytes; the file is truncated",
      hint: "download or copy the file again; results from a partial file cannot be trusted")
  }

  private func corrupt(_ format: String, _ reason: String, at offset: Int64) -> TollgateError {
    TollgateError.file(
      .malformed, path,
      "the \(format) data is corrupt near compressed byte \(offset): \(reason)",
      hint: "check the file with `\(format == "gzip" ? "gzip -t" : "zstd -t") \(path)`")
  }
}
