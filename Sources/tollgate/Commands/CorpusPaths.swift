import Foundation
import TollgateCore
import TollgateText

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

    var isCommandLine: Bool {
      if case .commandLine = self { return true }
      return false
    }
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
  /// A file named twice, or named and also found under a named folder (the same folder
  /// entry, its folders resolved), is read once, where it comes first. A folder's special
  /// files (FIFOs, sockets, devices), broken links and link loops named like corpus files are
  /// left out. Each is told in one line through `warn`, for standard error, so `--json` output
  /// stays one document. A special file named on its own is read (`/dev/stdin`).
  ///
  /// - Throws: `.unreadable` when a path does not exist, may not be read, a folder under it
  ///   cannot be listed or a pattern matches nothing, `.invalidContent` when a folder holds no
  ///   corpus file (the message lists the endings).
  static func expand(
    _ paths: [String], relativeTo folder: URL, origin: Origin,
    warn: (String) -> Void = { _ in }
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
      var info = stat()
      guard stat(path, &info) == 0 else {
        throw missing(written, errno, origin)
      }
      guard info.st_mode & S_IFMT == S_IFDIR else {
        files.append(File(path: path, shown: written))
        continue
      }
      let prefix = written.hasSuffix("/") ? written : written + "/"
      var walk = FolderWalk(root: path, shownRoot: prefix, origin: origin)
      try walk.list("")
      for skipped in walk.skipped { warn("\(skipped)\n") }
      guard !walk.found.isEmpty else {
        throw error(
          .invalidContent, written,
          "the folder holds no corpus file (accepted: \(extensions.joined(separator: ", ")))",
          origin)
      }
      files += walk.found.sorted().map {
        File(path: (path as NSString).appendingPathComponent($0), shown: prefix + $0)
      }
    }
    return unique(files, warn: warn)
  }

  /// `files` without a second reading of the same file, keeping the first: the same folder
  /// entry however written (`c/a.jsonl`, `./c/a.jsonl`, and `c/a.jsonl` under a named `c`).
  private static func unique(_ files: [File], warn: (String) -> Void) -> [File] {
    var firstShown: [String: String] = [:]
    var kept: [File] = []
    for file in files {
      let entry = EntryPath.identity(of: file.path)
      if let first = firstShown[entry] {
        let same = first == file.shown ? "named more than once" : "the same file as \(first)"
        warn("\(file.shown): note: \(same); read once\n")
        continue
      }
      firstShown[entry] = file.shown
      kept.append(file)
    }
    return kept
  }

  /// The error for a path that `stat` refused with `code`, in words.
  private static func missing(_ written: String, _ code: Int32, _ origin: Origin) -> TollgateError {
    switch code {
    case EACCES, EPERM:
      return error(
        .unreadable, written, "permission denied", origin,
        hint: "make it (and the folders above it) readable, or leave it out")
    case ELOOP:
      return error(
        .unreadable, written, "a symlink loop: the link leads back to itself", origin,
        hint: "point the link at the corpus file or folder, or name that instead")
    case ENOENT where written == "-" && origin.isCommandLine:
      return error(
        .unreadable, written, "no such file or folder; `-` is not standard input here",
        origin,
        hint: "name /dev/stdin to read standard input, e.g. `... | tollgate data scan "
          + "/dev/stdin`")
    case ENOENT, ENOTDIR:
      return error(.unreadable, written, "no such file or folder", origin)
    default:
      return error(.unreadable, written, String(cString: strerror(code)), origin)
    }
  }

  static func error(
    _ code: TollgateError.Code, _ written: String, _ message: String, _ origin: Origin,
    hint: String? = nil
  ) -> TollgateError {
    switch origin {
    case .commandLine:
      return TollgateError.file(
        code, written, message,
        hint: hint
          ?? "name corpus files, folders or quoted patterns, relative to the working directory"
      )
    case .card(let location):
      return TollgateError(
        code, "data.corpus: \(written): \(message)", at: location,
        hint: hint ?? "paths in data.corpus are relative to the card's folder")
    }
  }

  /// `path` as an absolute path: as it is when absolute, else under `folder`.
  static func resolve(_ path: String, _ folder: URL) -> String {
    path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
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
