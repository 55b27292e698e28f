/// Paths as the decision path's messages print them: written the shortest way, and seen from
/// where `tollgate decide` ran.
public enum CardPaths {
  /// `path` with `.` and `folder/..` taken out, as `URL.standardized` does it, but kept
  /// relative when it is relative (`my-decision/../corpus/` is `corpus/`). Leading `..` stay,
  /// a trailing slash stays, and an empty result is `.`. Lexical only: no link is followed.
  public static func normalized(_ path: String) -> String {
    guard !path.isEmpty else { return path }
    let isAbsolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == "..", isAbsolute {
        continue  // `/..` is `/`
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    if isAbsolute { return "/" + joined + (path.hasSuffix("/") && !joined.isEmpty ? "/" : "") }
    guard !joined.isEmpty else { return "." }
    return joined + (path.hasSuffix("/") ? "/" : "")
  }
}

extension DecisionCard {
  /// A path the card writes relative to its own folder, as seen from where `decide` was run
  /// (the card's path as given), normalized: a command the messages print then runs from the
  /// same folder. Absolute paths stay absolute.
  public func pathFromWorkingDirectory(_ written: String) -> String {
    guard !written.hasPrefix("/"), let slash = path.lastIndex(of: "/") else {
      return CardPaths.normalized(written)
    }
    return CardPaths.normalized(String(path[...slash]) + written)
  }
}
