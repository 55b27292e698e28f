import Foundation
import TollgateCore

/// Writes the three report files into a folder, each whole or not at all.
///
/// Each file goes to a temporary name in the target folder and is then renamed over the old
/// report, so a crash, a full disk or a reader that opens the file mid-write never sees half a
/// report; the rename stays on one file system because the temporary file sits beside the target.
public enum ReportWriter {
  /// The files written, in order.
  public static let fileNames = ["report.md", "report.html", "report.json"]

  /// Writes `report.md`, `report.html` and `report.json` into `directory`, creating it if needed.
  ///
  /// - Returns: the URLs of the three files, in the order of `fileNames`.
  /// - Throws: `TollgateError` with code `.writeFailed`, naming the path that failed and a hint.
  @discardableResult
  public static func write(_ input: ReportInput, to directory: URL) throws -> [URL] {
    let json: String
    do {
      json = try VerdictDocument(input).jsonText()
    } catch {
      throw TollgateError(
        .writeFailed, "could not encode the verdict document for \(directory.path)",
        hint: "this is a bug in Tollgate; please report it with the card",
        underlying: String(describing: error))
    }
    let contents = [MarkdownReport.render(input), HTMLReport.render(input), json]
    try createDirectory(directory)
    var written: [URL] = []
    for (name, text) in zip(fileNames, contents) {
      let target = directory.appendingPathComponent(name)
      try replace(target, with: Data(text.utf8))
      written.append(target)
    }
    return written
  }

  private static func createDirectory(_ directory: URL) throws {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw TollgateError(
        .writeFailed, "could not create the report folder \(directory.path)",
        at: SourceLocation(file: directory.path, line: 0, column: 0),
        hint: "check that the path is not a file and that you may write to its parent, "
          + "or pass another folder with --out",
        underlying: String(describing: error))
    }
  }

  /// Writes `data` to a hidden temporary file beside `target`, then renames it onto `target`.
  private static func replace(_ target: URL, with data: Data) throws {
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).tmp")
    do {
      try data.write(to: temporary)
      // rename(2) replaces an existing file atomically on POSIX file systems.
      guard rename(temporary.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        throw TollgateError(.writeFailed, reason)
      }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      let folder = target.deletingLastPathComponent().path
      throw TollgateError(
        .writeFailed, "could not write the report file \(target.path)",
        at: SourceLocation(file: target.path, line: 0, column: 0),
        hint: "check free disk space and write permission on \(folder)",
        underlying: String(describing: error))
    }
  }
}
