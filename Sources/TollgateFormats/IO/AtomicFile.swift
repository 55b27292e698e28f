import Foundation
import TollgateCore

/// Writes files so that a reader never sees half of one: to a temporary name in the same folder,
/// then a rename, which POSIX makes atomic within one file system.
public enum AtomicFile {
  /// Writes `data` to `url`, creating the folder if needed and replacing any existing file.
  ///
  /// - Throws: `TollgateError` (`.writeFailed`) naming the path and the reason.
  public static func write(_ data: Data, to url: URL) throws {
    try write(to: url) { try $0.write(contentsOf: data) }
  }

  /// Writes to `url` through `body`, which gets a handle on a temporary file in the same folder
  /// and may write any amount in pieces; the file appears whole, by a rename, only when `body`
  /// returns, and is removed when it throws.
  public static func write(to url: URL, _ body: (FileHandle) throws -> Void) throws {
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(
      ".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
        throw TollgateError(
          .writeFailed, "could not create a file in \(folder.path)",
          hint: "check that the folder is writable and the disk has space")
      }
      let handle = try FileHandle(forWritingTo: temporary)
      do {
        try body(handle)
        try handle.close()
      } catch {
        try? handle.close()
        throw error
      }
      if rename(temporary.path, url.path) != 0 {
        let reason = String(cString: strerror(errno))
        throw TollgateError(.writeFailed, "could not rename into \(url.path): \(reason)")
      }
    } catch let error as TollgateError {
      try? FileManager.default.removeItem(at: temporary)
      throw error
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      throw TollgateError(
        .writeFailed, "could not write \(url.path)",
        hint: "check that the folder exists and is writable, and that the disk has space",
        underlying: "\(error)")
    }
  }

  /// Writes UTF-8 text; see `write(_:to:)`.
  public static func write(_ text: String, to url: URL) throws {
    try write(Data(text.utf8), to: url)
  }
}
