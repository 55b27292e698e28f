import Foundation
import TollgateCore
import TollgateReport
import TollgateText

/// The data snapshot a card names (`data.snapshot`), read so that the report records which data
/// the verdict was reached on, by id, and not only a path that may later hold other data.
enum CardSnapshot {
  /// The data snapshot the report records, and a warning when the card names a manifest
  /// that is not there yet.
  ///
  /// - Parameter manifest: the card's manifest as `manifest(of:cardFolder:)` read it; nil
  ///   while it is not taken.
  static func describe(
    _ card: DecisionCard, manifest: SnapshotManifest?, language: Language
  ) -> (reference: DataSnapshotReference?, warning: String?) {
    guard let path = card.data?.snapshot else { return (nil, nil) }
    guard let manifest else {
      // Written as seen from where `decide` ran (the card's path as given), so it runs there;
      // the card's corpus paths, when it names them, stand in for the placeholder.
      let corpus = (card.data?.corpus?.paths ?? []).map(card.pathFromWorkingDirectory)
      let placeholder = language == .chinese ? "语料" : "CORPUS"
      let paths = corpus.isEmpty ? placeholder : corpus.joined(separator: " ")
      let name = language == .chinese ? "名称" : "NAME"
      let take =
        "tollgate data snapshot \(paths) --name \(name) --out "
        + card.pathFromWorkingDirectory(path)
      let warning =
        language == .chinese
        ? "决策卡的 data.snapshot 指向 \(path)，该文件尚不存在；用 `\(take)` 生成快照，"
          + "报告才能记下判定所依据的数据"
        : "data.snapshot names \(path), which does not exist yet; take the snapshot with "
          + "`\(take)` so the report records the data this verdict was reached on"
      return (DataSnapshotReference(path: path), warning)
    }
    return (DataSnapshotReference(path: path, name: manifest.name, id: manifest.id), nil)
  }

  /// The manifest the card's `data.snapshot` names, when it is there; nil when the card names
  /// none or it is not taken yet (`describe` warns about that). Read once per decision.
  ///
  /// - Throws: `TollgateError` when the manifest is there but unreadable or edited (its id no
  ///   longer matches its files): a verdict must not cite a snapshot that cannot be trusted.
  static func manifest(of card: DecisionCard, cardFolder: URL) throws -> SnapshotManifest? {
    guard let path = card.data?.snapshot else { return nil }
    let resolved = CorpusPaths.resolve(path, cardFolder)
    guard FileManager.default.fileExists(atPath: resolved) else { return nil }
    return try SnapshotManifest.load(from: resolved)
  }

  /// The paths `manifest` was taken of, as seen from the current folder, and its name, for a
  /// command that takes it again.
  ///
  /// - Parameter manifestURL: where the manifest is; its relative roots start from the folder
  ///   it records it was taken in (`takenIn`), else from the manifest's own folder.
  static func taken(_ manifest: SnapshotManifest, at manifestURL: URL) -> TakenSnapshot {
    let base =
      SnapshotFiles.takenFolder(of: manifest, at: manifestURL)
      ?? manifestURL.deletingLastPathComponent()
    let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
    let roots = manifest.roots.map { root in
      guard !root.hasPrefix("/") else { return root }
      let absolute = URL(fileURLWithPath: root, relativeTo: base).standardizedFileURL
      return DataSnapshotCommand.relativePath(from: here, to: absolute)
    }
    return TakenSnapshot(roots: roots, name: manifest.name, records: manifest.totalRecords)
  }
}
