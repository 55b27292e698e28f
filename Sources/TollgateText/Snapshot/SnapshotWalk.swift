import Foundation
import TollgateCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the files under the snapshot's roots with lstat/stat, recording what cannot be listed.
///
/// Symbolic links to files are followed (the snapshot is of the data the link points at);
/// links to folders are not, which rules out cycles.
struct SnapshotWalk {
  var jobs: [SnapshotBuilder.Job] = []
  var problems: [SnapshotProblem] = []

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
        problems.append(
          SnapshotProblem(
            kind: .brokenSymlink, path: relative,
            detail: "the link's target \(Self.linkTarget(path)) does not exist"))
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
    guard let folder = opendir(path) else {
      let failure = FileDigester.failure(errno)
      problems.append(SnapshotProblem(kind: failure.kind, path: relative, detail: failure.detail))
      return
    }
    var names: [String] = []
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    closedir(folder)
    for name in names.sorted() {
      visit(path: "\(path)/\(name)", relative: "\(relative)/\(name)")
    }
  }

  private static func linkTarget(_ path: String) -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count >= 0 else { return "?" }
    return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
