import Foundation
import TollgateCore
import TollgateFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the files under the snapshot's roots with lstat/stat, recording what cannot be listed.
///
/// Symbolic links to files are followed (the snapshot is of the data the link points at);
/// links to folders are not, which rules out cycles.
///
/// A file reached twice (roots that overlap: `snap` and `snap/a.jsonl`) is recorded once, with
/// a note. Left out of folders, so that a snapshot does not change with its own output: the
/// files in `leftOut` (the manifest being written), manifests Tollgate wrote
/// (`*.manifest.json`, checked by their first bytes), DVC's `*.dvc` files and `.dvc` folders.
struct SnapshotWalk {
  var jobs: [SnapshotBuilder.Job] = []
  var problems: [SnapshotProblem] = []
  /// One line per file reached twice, for standard error.
  var notes: [String] = []
  /// Entries (`EntryPath.identity`) never recorded, even when named as a root.
  var leftOut: Set<String> = []
  /// The first relative path of each entry recorded.
  private var seen: [String: String] = [:]
  /// Folders resolved so far (`EntryPath`), each once.
  private var resolvedFolders: [String: String?] = [:]

  init(leftOut: Set<String> = []) {
    self.leftOut = leftOut
  }

  mutating func add(root: String) throws {
    let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
    var info = stat()
    guard lstat(trimmed, &info) == 0 else {
      throw TollgateError.file(
        .unreadable, root, "cannot snapshot: \(String(cString: strerror(errno)))",
        hint: "check the path; pass existing files or folders")
    }
    let name = URL(fileURLWithPath: trimmed).lastPathComponent
    visit(path: trimmed, relative: name)
  }

  private mutating func visit(path: String, relative: String) {
    var info = stat()
    guard lstat(path, &info) == 0 else {
      let failure = FileDigester.failure(errno)
      problems.append(SnapshotProblem(kind: failure.kind, path: relative, detail: failure.detail))
      return
    }
    if info.st_mode & S_IFMT == S_IFLNK {
      guard stat(path, &info) == 0 else {
        let code = errno
        let detail =
          switch code {
          case ELOOP: "a symlink loop: the link leads back to itself"
          case ENOENT, ENOTDIR: "the link's target \(Self.linkTarget(path)) does not exist"
          default:
            "the link's target \(Self.linkTarget(path)) cannot be read: "
              + String(cString: strerror(code))
          }
        problems.append(SnapshotProblem(kind: .brokenSymlink, path: relative, detail: detail))
        return
      }
      if info.st_mode & S_IFMT == S_IFDIR {
        problems.append(
          SnapshotProblem(
            kind: .unreadable, path: relative,
            detail: "a link to a folder; not followed (snapshot the folder itself)"))
        return
      }
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      let entry = EntryPath.identity(of: path, resolvedFolders: &resolvedFolders)
      guard !leftOut.contains(entry) else { return }
      if let first = seen[entry] {
        let same = first == relative ? "named more than once" : "the same file as \(first)"
        notes.append("\(relative): note: \(same); recorded once")
        return
      }
      seen[entry] = relative
      jobs.append(
        SnapshotBuilder.Job(
          absolutePath: path, relativePath: relative, sizeHint: Int64(info.st_size)))
    case S_IFDIR:
      listFolder(path: path, relative: relative)
    default:
      problems.append(
        SnapshotProblem(kind: .unreadable, path: relative, detail: "not a regular file"))
    }
  }

  private mutating func listFolder(path: String, relative: String) {
    guard let names = folderEntryNames(path) else {
      let failure = FileDigester.failure(errno)
      problems.append(SnapshotProblem(kind: failure.kind, path: relative, detail: failure.detail))
      return
    }
    for name in names where !Self.isLeftOut(name, in: path) {
      visit(path: "\(path)/\(name)", relative: "\(relative)/\(name)")
    }
  }

  /// Whether the entry `name` of `folder` is Tollgate's or DVC's own record of the data rather
  /// than data: a `*.dvc` file, a `.dvc` folder, a manifest Tollgate wrote.
  static func isLeftOut(_ name: String, in folder: String) -> Bool {
    if name == ".dvc" || name.hasSuffix(".dvc") { return true }
    guard name.hasSuffix(".manifest.json") else { return false }
    return isTollgateManifest("\(folder)/\(name)")
  }

  /// Whether the file starts as `SnapshotManifest.encoded()` writes: an object whose first
  /// keys are `createdAt` and `fileCount` (keys are sorted). Reads at most 512 bytes.
  static func isTollgateManifest(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 512) else { return false }
    let text = String(decoding: data, as: UTF8.self)
    let keys = ["\"createdAt\"", "\"fileCount\""].compactMap { text.range(of: $0)?.lowerBound }
    return text.drop { $0.isWhitespace }.first == "{" && keys.count == 2 && keys[0] < keys[1]
  }

  private static func linkTarget(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return "?" }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
