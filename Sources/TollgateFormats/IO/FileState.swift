import Foundation

/// What tells that an open file changed while it was read: its size and modification time,
/// from fstat(2). The corpus reader and the snapshot's hasher both take it at open and again at
/// the end, so neither reports on a state the file never had.
package struct FileState: Equatable {
  package var size: Int64
  package var seconds: Int
  package var nanoseconds: Int
  /// Whether it is a regular file; a pipe or device has no size to compare.
  package var isRegular: Bool

  package init?(_ descriptor: Int32) {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return nil }
    size = Int64(info.st_size)
    #if canImport(Darwin)
      seconds = Int(info.st_mtimespec.tv_sec)
      nanoseconds = Int(info.st_mtimespec.tv_nsec)
    #else
      seconds = Int(info.st_mtim.tv_sec)
      nanoseconds = Int(info.st_mtim.tv_nsec)
    #endif
    isRegular = (info.st_mode & S_IFMT) == S_IFREG
  }
}

/// The entries of a folder, as readdir(3) lists them, without `.` and `..`, sorted so a walk
/// is the same on every run; nil when the folder cannot be opened (errno says why).
package func folderEntryNames(_ path: String) -> [String]? {
  guard let folder = opendir(path) else { return nil }
  defer { closedir(folder) }
  var names: [String] = []
  while let entry = readdir(folder) {
    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
    if name != "." && name != ".." { names.append(name) }
  }
  return names.sorted()
}
