import Foundation
import TollgateCore
import TollgateFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension CorpusPaths {
  /// Lists the corpus files under one folder with opendir/lstat, so that nothing is left out
  /// without a word: a folder that cannot be listed stops the walk, and a file named like a
  /// corpus file that cannot be read as one (a FIFO, socket or device, which would block or
  /// never end, a broken link, a link loop) is skipped with a warning.
  ///
  /// Links to files are followed; links to folders are not, which rules out cycles.
  struct FolderWalk {
    /// The folder, absolute.
    let root: String
    /// The folder as the user wrote it, ending in `/`, for messages.
    let shownRoot: String
    let origin: Origin
    /// Corpus files, relative to `root`.
    var found: [String] = []
    /// One warning per skipped entry, without a newline.
    var skipped: [String] = []

    init(root: String, shownRoot: String, origin: Origin) {
      self.root = root
      self.shownRoot = shownRoot
      self.origin = origin
    }

    /// Lists the folder `relative` (empty for the root) and the folders under it.
    ///
    /// - Throws: `.unreadable` naming the folder that cannot be listed.
    mutating func list(_ relative: String) throws {
      let path = relative.isEmpty ? root : "\(root)/\(relative)"
      guard let names = folderEntryNames(path) else {
        let code = errno
        let shown = relative.isEmpty ? String(shownRoot.dropLast()) : shownRoot + relative
        let reason =
          code == EACCES || code == EPERM
          ? "permission denied: cannot list the folder" : String(cString: strerror(code))
        throw CorpusPaths.error(
          .unreadable, shown, reason, origin,
          hint: "make the folder readable (chmod u+rx), or leave it out of the corpus paths")
      }
      for name in names {
        try visit(relative.isEmpty ? name : "\(relative)/\(name)")
      }
    }

    private mutating func visit(_ relative: String) throws {
      let path = "\(root)/\(relative)"
      var info = stat()
      guard lstat(path, &info) == 0 else { return }  // gone since the folder was read
      var isLink = false
      if info.st_mode & S_IFMT == S_IFLNK {
        isLink = true
        guard stat(path, &info) == 0 else {
          let code = errno
          guard isCorpusName(relative) else { return }
          switch code {
          case ELOOP: skip(relative, "a symlink loop: the link leads back to itself")
          case ENOENT, ENOTDIR:
            skip(relative, "a broken symlink: its target \(Self.target(path)) does not exist")
          default: skip(relative, "a symlink whose target cannot be read (\(code.words))")
          }
          return
        }
      }
      switch info.st_mode & S_IFMT {
      case S_IFDIR:
        if !isLink { try list(relative) }
      case S_IFREG:
        if isCorpusName(relative) { found.append(relative) }
      default:
        if isCorpusName(relative) { skip(relative, "not a regular file (\(kind(info)))") }
      }
    }

    private mutating func skip(_ relative: String, _ why: String) {
      let shown = shownRoot + relative
      let place: String
      if case .card = origin { place = "data.corpus: \(shown)" } else { place = shown }
      skipped.append("\(place): warning: \(why); skipped")
    }

    private func isCorpusName(_ relative: String) -> Bool {
      CorpusPaths.extensions.contains { relative.hasSuffix($0) }
    }

    private static func target(_ path: String) -> String {
      var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
      let count = readlink(path, &buffer, buffer.count - 1)
      guard count >= 0 else { return "?" }
      return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private func kind(_ info: stat) -> String {
      switch info.st_mode & S_IFMT {
      case S_IFIFO: return "a FIFO"
      case S_IFSOCK: return "a socket"
      case S_IFCHR: return "a character device"
      case S_IFBLK: return "a block device"
      default: return "a special file"
      }
    }
  }
}

extension Int32 {
  /// The system's words for this `errno` value, lower-case first (`no such file or directory`).
  fileprivate var words: String {
    let text = String(cString: strerror(self))
    return text.prefix(1).lowercased() + text.dropFirst()
  }
}
