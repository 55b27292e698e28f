import Foundation
import TollgateCore

/// Writes the three report files into a folder, as a set: all new or all old.
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
    let targets = fileNames.map { directory.appendingPathComponent($0) }
    try replaceAll(targets, with: contents.map { Data($0.utf8) })
    return targets
  }

  /// Replaces the files as a set: all three new reports, or the old ones untouched.
  ///
  /// Every new file is written to a temporary name first; the old reports are hard-linked to
  /// backup names (which also proves they can be replaced); only then are the new files renamed
  /// into place. If a rename still fails, the files already replaced are restored from their
  /// backups, so a reader never sees a Markdown report that disagrees with the JSON beside it.
  private static func replaceAll(_ targets: [URL], with contents: [Data]) throws {
    var staged: [URL] = []
    var backups: [(target: URL, backup: URL)] = []
    func discard() {
      for file in staged { unlink(file.path) }
      for (_, backup) in backups { unlink(backup.path) }
    }

    for (target, data) in zip(targets, contents) {
      let temporary = hiddenSibling(of: target, suffix: "tmp")
      do {
        try data.write(to: temporary)
        staged.append(temporary)
      } catch {
        unlink(temporary.path)
        discard()
        throw writeFailed(target, underlying: String(describing: error))
      }
    }
    for target in targets where FileManager.default.fileExists(atPath: target.path) {
      let backup = hiddenSibling(of: target, suffix: "old")
      guard link(target.path, backup.path) == 0 else {
        let reason = String(cString: strerror(errno))
        discard()
        throw writeFailed(target, underlying: "cannot replace it: \(reason)")
      }
      backups.append((target, backup))
    }

    for (index, (temporary, target)) in zip(staged, targets).enumerated() {
      // rename(2) replaces an existing file atomically on POSIX file systems.
      guard rename(temporary.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        for replaced in targets[..<index] {
          if let backup = backups.first(where: { $0.target == replaced })?.backup {
            rename(backup.path, replaced.path)
          } else {
            unlink(replaced.path)
          }
        }
        staged = Array(staged[index...])
        discard()
        throw writeFailed(target, underlying: reason)
      }
    }
    for (_, backup) in backups { unlink(backup.path) }
  }

  private static func hiddenSibling(of target: URL, suffix: String) -> URL {
    target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).\(suffix)")
  }

  private static func writeFailed(_ target: URL, underlying: String) -> TollgateError {
    let folder = target.deletingLastPathComponent().path
    return TollgateError(
      .writeFailed, "could not write the report file \(target.path); no report file was changed",
      at: SourceLocation(file: target.path, line: 0, column: 0),
      hint: "check free disk space and write permission on \(folder)",
      underlying: underlying)
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
}
