import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Which folder entry a path names, however it is written.
public enum EntryPath {
  /// `path` with its folder resolved (links, `.` and `..`) and its last component kept as it is,
  /// so `snap/a.jsonl`, `./snap/a.jsonl` and `/abs/snap/a.jsonl` are the same entry, while a
  /// link in a dataset stays an entry of its own (the data as a trainer reading the folder
  /// sees it). `path` as written when its folder cannot be resolved.
  public static func identity(of path: String) -> String {
    var folders: [String: String?] = [:]
    return identity(of: path, resolvedFolders: &folders)
  }

  /// `identity(of:)`, with each folder resolved once: a walk over a folder of 20,000 files
  /// resolves it once instead of once per file.
  static func identity(of path: String, resolvedFolders: inout [String: String?]) -> String {
    let trimmed = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    // Split by hand: `URL(fileURLWithPath:)` stats the path to see whether it is a folder,
    // one more system call per file of a walk.
    let slash = trimmed.lastIndex(of: "/")
    let name = slash.map { String(trimmed[trimmed.index(after: $0)...]) } ?? trimmed
    guard name != "." && name != "..", !name.isEmpty else { return real(trimmed) ?? trimmed }
    let parent = slash.map { $0 == trimmed.startIndex ? "/" : String(trimmed[..<$0]) } ?? "."
    let resolved =
      resolvedFolders[parent]
      ?? {
        let folder = real(parent)
        resolvedFolders[parent] = folder
        return folder
      }()
    guard let folder = resolved else { return trimmed }
    return folder == "/" ? "/" + name : folder + "/" + name
  }

  private static func real(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// An absolute path as the user would type it from the current folder: relative below it,
  /// absolute elsewhere.
  public static func shownFromHere(_ path: String) -> String {
    let here = FileManager.default.currentDirectoryPath
    let prefix = here.hasSuffix("/") ? here : here + "/"
    return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
  }
}
