import Foundation
import TollgateCore

/// Reading evidence files: existence, emptiness and UTF-8 checked once, with messages that name
/// the file and say how to fix it.
package enum TextInput {
  /// The bytes of the regular file at `path`.
  ///
  /// - Throws: `TollgateError.unreadable` when the path does not exist, is a folder, or cannot be
  ///   read.
  package static func contents(of path: String) throws -> Data {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw TollgateError.file(
        .unreadable, path, "no such file or folder",
        hint: "check the path; a relative path is read from the current folder")
    }
    guard !isFolder.boolValue else {
      throw TollgateError.file(
        .unreadable, path, "is a folder, not a file",
        hint: "name a file inside it, or pass the folder where a folder is accepted")
    }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw TollgateError(
        .unreadable, "cannot read the file", at: SourceLocation(file: path, line: 0, column: 0),
        hint: "check the file's permissions", underlying: "\(error)")
    }
  }

  /// The text of `data`, which must be UTF-8.
  ///
  /// - Throws: `TollgateError.malformed` at the first byte that is not UTF-8.
  package static func text(of data: Data, path: String) throws -> String {
    try requireUTF8(data, path: path)
    return String(decoding: data, as: UTF8.self)
  }

  /// Checks that `data` is UTF-8, pointing at the first offending byte when it is not.
  package static func requireUTF8(_ data: Data, path: String) throws {
    guard String(validating: data, as: UTF8.self) == nil else { return }
    let offset = firstInvalidUTF8Offset(in: data) ?? 0
    let byte = data[data.startIndex + offset]
    throw TollgateError(
      .malformed,
      "not UTF-8 text: byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset)",
      at: location(ofByte: offset, in: data, path: path),
      hint: "save the file as UTF-8; lm-eval and trainer logs are written as UTF-8")
  }

  /// The 1-based line and column of byte `offset` (columns count bytes, as Foundation's offsets).
  package static func location(ofByte offset: Int, in data: Data, path: String) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for (index, byte) in data.prefix(offset).enumerated() where byte == 0x0A {
      line += 1
      lineStart = index + 1
    }
    return SourceLocation(file: path, line: line, column: offset - lineStart + 1)
  }

  /// The offset of the first byte that starts an invalid UTF-8 sequence (RFC 3629, section 4:
  /// lead byte, continuation bytes 10xxxxxx, no overlong forms or surrogates).
  private static func firstInvalidUTF8Offset(in data: Data) -> Int? {
    let bytes = [UInt8](data)
    var index = 0
    while index < bytes.count {
      let length = sequenceLength(bytes, at: index)
      guard length > 0 else { return index }
      index += length
    }
    return nil
  }

  /// The length of the valid UTF-8 sequence at `index`, or 0 when it is invalid.
  private static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    let length: Int
    switch lead {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return 0
    }
    guard index + length <= bytes.count,
      String(validating: bytes[index..<index + length], as: UTF8.self) != nil
    else { return 0 }
    return length
  }
}
