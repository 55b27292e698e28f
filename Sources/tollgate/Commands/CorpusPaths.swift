import Foundation
import TollgateCore

/// Expands the corpus paths a user names into corpus files, one way for every command:
/// `data scan` and `tokens count` on the command line, `decide` in the card's `data.corpus`.
///
/// A file stays as it is, a folder gives every corpus file under it, and a glob pattern
/// (`corpus/*.jsonl.zst`, quoted so the shell leaves it alone) gives its matches; each list is
/// sorted, so the same folder always reads in the same order and shard results line up.
enum CorpusPaths {
  /// The file-name endings of the corpus files the readers understand; a folder contributes
  /// the files that end so, and nothing else.
  static let extensions = [".txt", ".jsonl", ".jsonl.gz", ".jsonl.zst", ".json.gz", ".gz", ".zst"]

  /// Where the paths were written, which decides what they are relative to and what an error
  /// says.
  enum Origin: Sendable {
    /// Typed on the command line, relative to the working directory.
    case commandLine
    /// Written in the card's `data.corpus` (at `location`), relative to the card's folder;
    /// errors point at that key, where the user fixes them.
    case card(at: SourceLocation?)
  }

  /// One corpus file.
  struct File: Sendable, Hashable {
    /// The absolute path, to open.
    var path: String
    /// The path as the user wrote it, or the written folder followed by the file's place under
    /// it (`corpus/a.jsonl`), for messages and reports.
    var shown: String
  }

  /// Every corpus file `paths` name, each relative to `folder` unless absolute.
  ///
  /// - Throws: `.unreadable` when a path does not exist or a pattern matches nothing,
  ///   `.invalidContent` when a folder holds no corpus file (the message lists the endings).
  static func expand(
    _ paths: [String], relativeTo folder: URL, origin: Origin
  ) throws -> [File] {
    var files: [File] = []
    for written in paths {
      let path = resolve(written, folder)
      if written.contains(where: { "*?[".contains($0) }) {
        let matches = globMatches(path)
        guard !matches.isEmpty else {
          throw error(.unreadable, written, "no file matches the pattern", origin)
        }
        let base = folder.standardizedFileURL.path + "/"
        files += matches.map { match in
          let isBelow = !written.hasPrefix("/") && match.hasPrefix(base)
          return File(path: match, shown: isBelow ? String(match.dropFirst(base.count)) : match)
        }
        continue
      }
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
        throw error(.unreadable, written, "no such file or folder", origin)
      }
      guard isFolder.boolValue else {
        files.append(File(path: path, shown: written))
        continue
      }
      let found = corpusFiles(under: path)
      guard !found.isEmpty else {
        throw error(
          .invalidContent, written,
          "the folder holds no corpus file (accepted: \(extensions.joined(separator: ", ")))",
          origin)
      }
      let prefix = written.hasSuffix("/") ? written : written + "/"
      files += found.map {
        File(path: (path as NSString).appendingPathComponent($0), shown: prefix + $0)
      }
    }
    return files
  }

  private static func error(
    _ code: TollgateError.Code, _ written: String, _ message: String, _ origin: Origin
  ) -> TollgateError {
    switch origin {
    case .commandLine:
      return TollgateError.file(
        code, written, message,
        hint: "name corpus files, folders or quoted patterns, relative to the working directory")
    case .card(let location):
      return TollgateError(
        code, "data.corpus: \(written): \(message)", at: location,
        hint: "paths in data.corpus are relative to the card's folder")
    }
  }

  /// `path` as an absolute path: as it is when absolute, else under `folder`.
  static func resolve(_ path: String, _ folder: URL) -> String {
    path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
  }

  /// Corpus files under `folder`, relative to it, sorted; folders named like a corpus file are
  /// not files and are left out.
  private static func corpusFiles(under folder: String) -> [String] {
    let walker = FileManager.default.enumerator(atPath: folder)
    var found: [String] = []
    while let entry = walker?.nextObject() as? String {
      guard extensions.contains(where: { entry.hasSuffix($0) }) else { continue }
      var isFolder: ObjCBool = false
      let path = (folder as NSString).appendingPathComponent(entry)
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      found.append(entry)
    }
    return found.sorted()
  }

  private static func globMatches(_ pattern: String) -> [String] {
    var result = glob_t()
    defer { globfree(&result) }
    guard glob(pattern, 0, nil, &result) == 0 else { return [] }
    return (0..<Int(result.gl_pathc)).compactMap { index in
      result.gl_pathv[index].map { String(cString: $0) }
    }.sorted()
  }
}
