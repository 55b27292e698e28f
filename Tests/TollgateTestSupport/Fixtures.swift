import Foundation

/// Paths to test fixtures, resolved from this source file so tests run from any directory.
///
/// Fixtures live in the checkout (`Tests/Fixtures/`, and `Fixtures/` beside each suite) rather
/// than in resource bundles: the end-to-end tests hand the same paths to the built binary.
public enum Fixtures {
  /// The repository root (the folder that holds Package.swift).
  public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()  // TollgateTestSupport
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()

  /// `Tests/Fixtures/<relative>`: shared fixtures, including the copied public data.
  public static func shared(_ relative: String) -> URL {
    repositoryRoot.appendingPathComponent("Tests/Fixtures").appendingPathComponent(relative)
  }

  /// A file under `Tests/Fixtures/realdata/` (see its SOURCES.md and the repository's NOTICE).
  public static func realData(_ relative: String) -> URL {
    shared("realdata").appendingPathComponent(relative)
  }

  /// `Fixtures/<relative>` beside the calling test file.
  public static func beside(_ relative: String, file: StaticString = #filePath) -> URL {
    URL(fileURLWithPath: "\(file)").deletingLastPathComponent()
      .appendingPathComponent("Fixtures").appendingPathComponent(relative)
  }

  /// Every regular file under `directory`, sorted, for tests that run a reader on all of them.
  public static func files(under directory: URL, withExtension ext: String? = nil) -> [URL] {
    let enumerator = FileManager.default.enumerator(
      at: directory, includingPropertiesForKeys: [.isRegularFileKey])
    var found: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile ?? false
      if isFile && (ext == nil || url.pathExtension == ext) { found.append(url) }
    }
    return found.sorted { $0.path < $1.path }
  }

  /// A fresh empty folder under the system's temporary directory.
  public static func temporaryDirectory(_ label: String = "tollgate") throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
