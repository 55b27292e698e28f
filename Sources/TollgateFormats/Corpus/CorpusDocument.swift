/// One document of a corpus, handed to the caller while its bytes are still in the read buffer.
///
/// The reader does not build a `String` per document: counting tokens over terabytes is dominated
/// by such allocations. `bytes` points into the reader's buffer and is valid only inside the
/// `forEachDocument` closure; copy it (or use `text`) to keep it.
public struct CorpusDocument {
  /// The document's UTF-8 text (already unescaped for JSON Lines), valid during the callback.
  public let bytes: UnsafeBufferPointer<UInt8>
  /// The file as the user named it.
  public let file: String
  /// The 1-based line the document starts on (in the decompressed text).
  public let line: Int
  /// Byte offset of that line's first byte in the decompressed text.
  public let byteOffset: Int64
  /// 0-based position among the file's non-blank lines; sharding and sampling key on it.
  public let ordinal: Int

  /// Creates a document; the reader and tests build these.
  public init(
    bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int, byteOffset: Int64, ordinal: Int
  ) {
    self.bytes = bytes
    self.file = file
    self.line = line
    self.byteOffset = byteOffset
    self.ordinal = ordinal
  }

  /// The text as a `String`, built on demand (the bytes were validated as UTF-8).
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// A copy of the bytes that outlives the callback.
  public var byteArray: [UInt8] { Array(bytes) }
}
