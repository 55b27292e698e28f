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
    let url = URL(fileURLWithPath: trimmed)
    let name = url.lastPathComponent
    guard name != "." && name != "..", name != "/" else { return real(trimmed) ?? trimmed }
    let parent = url.deletingLastPathComponent().path
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
}
