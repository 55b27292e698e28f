import Foundation
import TollgateCore
import TollgateText

/// The corpus files of a snapshot, checked byte for byte against it, for the commands that read
/// "the data of snapshot X" rather than whatever some paths hold today: `data scan --snapshot`
/// and `decide` when the card names `data.snapshot`.
enum SnapshotCorpus {
  /// The snapshot and its corpus files (the endings `CorpusPaths` reads; a README or licence
  /// file in the snapshot is hashed with the rest but not scanned).
  ///
  /// - Parameters:
  ///   - manifestPath: the manifest, absolute or relative to `folder`.
  ///   - folder: where relative paths start: the current folder for the command line, the
  ///     card's folder for `decide`. The snapshot's files are looked for from the folder it
  ///     was taken in, then from there, then from the manifest's folder.
  /// - Throws: `TollgateError` when the manifest is unreadable or edited, lists files it could
  ///   not read, a file is gone or changed since the snapshot, or the snapshot holds no corpus
  ///   file.
  static func files(
    manifestPath: String, relativeTo folder: URL, progress: DataProgress
  ) throws -> (snapshot: SnapshotManifest, files: [CorpusPaths.File]) {
    let manifestURL = URL(fileURLWithPath: CorpusPaths.resolve(manifestPath, folder))
    let manifest = try SnapshotManifest.load(from: manifestURL.path)
    return (
      manifest,
      try files(of: manifest, named: manifestPath, relativeTo: folder, progress: progress)
    )
  }

  /// The corpus files of `manifest`, already read, from `manifestPath` (as written, relative
  /// to `folder` unless absolute); see `files(manifestPath:relativeTo:progress:)`.
  static func files(
    of manifest: SnapshotManifest, named manifestPath: String, relativeTo folder: URL,
    progress: DataProgress
  ) throws -> [CorpusPaths.File] {
    let manifestURL = URL(fileURLWithPath: CorpusPaths.resolve(manifestPath, folder))
    // A file the snapshot could not read is data no scan of it reads either: its figures would
    // pass for the whole snapshot.
    if !manifest.problems.isEmpty {
      let listed = manifest.problems.prefix(3).map(\.description).joined(separator: "; ")
      let more = manifest.problems.count > 3 ? "; and \(manifest.problems.count - 3) more" : ""
      throw TollgateError.file(
        .invalidContent, manifestPath,
        "snapshot '\(manifest.name)' could not read \(manifest.problems.count) of its files "
          + "(\(listed)\(more)), so no scan of it covers all its data",
        hint: "make those files readable (or move them out of the data), then take the "
          + "snapshot again")
    }
    let paths = try SnapshotFiles.verified(
      manifest, bases: SnapshotFiles.bases(for: manifest, at: manifestURL, from: folder),
      progress: { progress.update($0, of: manifest.totalBytes) })
    progress.finish()
    let files = zip(manifest.files, paths).compactMap { file, path -> CorpusPaths.File? in
      guard CorpusPaths.extensions.contains(where: { file.path.hasSuffix($0) }) else { return nil }
      return CorpusPaths.File(path: path, shown: file.path)
    }
    guard !files.isEmpty else {
      throw TollgateError.file(
        .invalidContent, manifestPath,
        "snapshot '\(manifest.name)' holds no corpus file (accepted: "
          + "\(CorpusPaths.extensions.joined(separator: ", ")))",
        hint: "snapshot the corpus itself: `tollgate data snapshot CORPUS --name NAME`")
    }
    return files
  }
}
