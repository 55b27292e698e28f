import Foundation
import Synchronization
import TollgateCore

/// The files of a snapshot found again on disk, so that what is read under a snapshot's id is
/// the data the snapshot recorded and not what a path holds today.
///
/// A manifest's paths start with the last component of the root they were found under and are
/// relative to the folder `tollgate data snapshot` ran in, which is also where it writes the
/// manifest by default. So a file is looked for from each of the `bases` in turn: callers pass
/// the current folder, then the manifest's own.
public enum SnapshotFiles {
  /// The folders to look for the files of the manifest at `manifestURL` from, in order: the
  /// folder the snapshot was taken in (recorded in the manifest), then `folder` (where the
  /// command runs), then the manifest's own folder (for manifests that do not record it).
  public static func bases(
    for manifest: SnapshotManifest, at manifestURL: URL, from folder: URL
  ) -> [URL] {
    [takenFolder(of: manifest, at: manifestURL), folder, manifestURL.deletingLastPathComponent()]
      .compactMap { $0 }
  }

  /// The folder the snapshot was taken in, which its relative roots start from: the manifest's
  /// `takenIn` resolved against the manifest's folder; nil in manifests that do not record it.
  public static func takenFolder(of manifest: SnapshotManifest, at manifestURL: URL) -> URL? {
    manifest.takenIn.map {
      manifestURL.deletingLastPathComponent().appendingPathComponent($0, isDirectory: true)
        .standardizedFileURL
    }
  }

  /// The path on disk of every file of the snapshot, in manifest order, after checking each one
  /// byte for byte: its size and SHA-256 must be the ones recorded.
  ///
  /// This costs one SHA-256 pass over the data (several GB/s over all cores), and is what ties
  /// a PII scan to a snapshot: a corpus de-identified in place keeps its paths and often its
  /// sizes, so only the hash tells the scanned data from the snapshot's.
  ///
  /// - Parameter progress: called from worker threads with the bytes hashed so far.
  /// - Throws: `TollgateError` naming the first file (in manifest order) that is gone, cannot be
  ///   read, or changed since the snapshot was taken.
  public static func verified(
    _ manifest: SnapshotManifest, bases: [URL],
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (Int64) -> Void)? = nil
  ) throws -> [String] {
    let paths = try manifest.files.map { try locate($0, manifest: manifest, bases: bases) }
    let order = manifest.files.indices.sorted { manifest.files[$0].size > manifest.files[$1].size }
    let next = Atomic<Int>(0)
    let hashed = Atomic<Int64>(0)
    let failures = Mutex<[Int: TollgateError]>([:])
    DispatchQueue.concurrentPerform(iterations: min(max(1, concurrency), max(1, paths.count))) {
      _ in
      let digester = FileDigester()
      while true {
        let slot = next.add(1, ordering: .relaxed).oldValue
        guard slot < order.count else { break }
        let index = order[slot]
        let file = manifest.files[index]
        if let error = check(file, at: paths[index], in: manifest, with: digester) {
          failures.withLock { $0[index] = error }
        }
        progress?(hashed.add(file.size, ordering: .relaxed).newValue)
      }
    }
    if let first = failures.withLock({ $0.min { $0.key < $1.key } }) { throw first.value }
    return paths
  }

  /// The file on disk for a manifest entry: the root it starts with, resolved against the first
  /// of `bases` where the file exists, and checked against the size the snapshot recorded (a
  /// cheap check; `verified` also compares the content).
  ///
  /// - Throws: `TollgateError` when the file is in none of the places, or its size changed.
  public static func locate(_ file: SnapshotFile, manifest: SnapshotManifest, bases: [URL])
    throws -> String
  {
    // A root is resolved against each base in turn: its last component, the folder's real
    // name (`.` is the folder it names), starts the manifest's paths under it.
    var candidates: [String] = []
    for base in bases.isEmpty ? [URL(fileURLWithPath: "/")] : bases {
      for root in manifest.roots {
        let trimmed = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        let rootURL = URL(fileURLWithPath: trimmed, relativeTo: base).standardizedFileURL
        let name = rootURL.lastPathComponent
        guard file.path == name || file.path.hasPrefix(name + "/") else { continue }
        let candidate = rootURL.deletingLastPathComponent().appendingPathComponent(file.path).path
        if !candidates.contains(candidate) { candidates.append(candidate) }
      }
    }
    guard !candidates.isEmpty else {
      throw TollgateError.file(
        .invalidContent, file.path,
        "belongs to none of the snapshot's roots \(manifest.roots) as seen from "
          + bases.map(\.path).joined(separator: " or "),
        hint: "run this from the folder `tollgate data snapshot` ran in, or take the snapshot "
          + "again")
    }
    guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) })
    else {
      throw TollgateError.file(
        .unreadable, file.path,
        "no such file; looked for it at \(candidates.joined(separator: " and "))",
        hint: "run this from the folder `tollgate data snapshot` ran in (its paths are "
          + "relative to it), or restore the file")
    }
    // The size of what the snapshot hashed: the file a link points to, not the link.
    var info = stat()
    if stat(path, &info) == 0, Int64(info.st_size) != file.size {
      throw changed(
        path, in: manifest, detail: "\(info.st_size) bytes now, \(file.size) in the snapshot")
    }
    return path
  }

  /// The error for a file whose content is not the one the snapshot recorded, or nil.
  private static func check(
    _ file: SnapshotFile, at path: String, in manifest: SnapshotManifest,
    with digester: borrowing FileDigester
  ) -> TollgateError? {
    do {
      let digest = try digester.digest(path: path, md5: false, countLines: false)
      guard digest.size == file.size, digest.sha256 == file.sha256 else {
        return changed(
          path, in: manifest,
          detail: digest.size == file.size
            ? "same size, other bytes (SHA-256 \(digest.sha256.prefix(12))..., "
              + "\(file.sha256.prefix(12))... in the snapshot)"
            : "\(digest.size) bytes now, \(file.size) in the snapshot")
      }
      return nil
    } catch {
      let hint =
        error.kind == .changedWhileRead
        ? "wait until nothing writes to the file, then run again"
        : "make the file readable, or take a new snapshot of the data as it is"
      return TollgateError.file(
        .unreadable, EntryPath.shownFromHere(path),
        "cannot read it to check it against the snapshot: " + error.detail, hint: hint)
    }
  }

  private static func changed(
    _ path: String, in manifest: SnapshotManifest, detail: String
  ) -> TollgateError {
    TollgateError.file(
      .invalidContent, EntryPath.shownFromHere(path),
      "changed since snapshot '\(manifest.name)' was taken: \(detail)",
      hint: "take a new snapshot of the data as it is (under another --out, to keep this one "
        + "and see what changed with `tollgate data diff` of the two manifests)")
  }

}
