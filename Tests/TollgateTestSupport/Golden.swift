import Foundation

/// Compares text against a golden file; `TOLLGATE_RECORD_GOLDEN=1` rewrites the file instead.
///
/// Reports and help texts are long; pinning them in files keeps the tests readable and the diff
/// of an intended change reviewable.
public enum Golden {
  /// Whether this run records golden files instead of checking them.
  public static var isRecording: Bool {
    ProcessInfo.processInfo.environment["TOLLGATE_RECORD_GOLDEN"] == "1"
  }

  /// Returns nil when `actual` matches the golden file at `url` (or was recorded), otherwise a
  /// message with the first differing line, for `#expect(Golden.mismatch(...) == nil)`.
  public static func mismatch(_ actual: String, goldenFile url: URL) -> String? {
    if isRecording {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      do {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return nil
      } catch {
        return "could not record \(url.path): \(error)"
      }
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      return "no golden file at \(url.path); run with TOLLGATE_RECORD_GOLDEN=1 to record it"
    }
    if expected == actual { return nil }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = actual.components(separatedBy: "\n")
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? expectedLines[index] : "<end of file>"
      let got = index < actualLines.count ? actualLines[index] : "<end of output>"
      if want != got {
        return "\(url.lastPathComponent):\(index + 1): expected\n  \(want)\ngot\n  \(got)"
      }
    }
    return "\(url.lastPathComponent): differs only in line endings"
  }
}
