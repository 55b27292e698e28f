import Foundation
import TollgateCore
import TollgateText

/// The sentences for a PII scan that does not cover the data a card trains on, in the card's
/// language, with commands written as seen from where `decide` runs.
struct CoverageWords {
  let card: DecisionCard
  let language: Language

  private var isChinese: Bool { language == .chinese }

  /// `tollgate data scan --snapshot data/v1.manifest.json --json > pii-scan.json`.
  func scanSnapshot(_ snapshotPath: String) -> String {
    "tollgate data scan --snapshot \(card.pathFromWorkingDirectory(snapshotPath)) --json > "
      + "pii-scan.json"
  }

  /// A scan of paths given beside a taken snapshot: nothing shows it read the snapshot's data.
  func scanOfPaths(
    _ typed: String, _ snapshot: SnapshotManifest, at snapshotPath: String
  ) -> PIIScanSummary.CoverageGap {
    let this = SnapshotReference(snapshot)
    let decide = "tollgate decide \(card.path) --pii-scan pii-scan.json"
    return isChinese
      ? .init(
        reason: "个人信息扫描 \(typed) 读取的是路径，而非决策卡的数据快照 \(this)，无法证明它扫描了"
          + "快照里的全部数据",
        fix: "用 `\(scanSnapshot(snapshotPath))` 扫描该快照，再运行 `\(decide)`")
      : .init(
        reason: "the PII scan \(typed) read paths, not the card's snapshot \(this), so nothing "
          + "shows it read all of that data",
        fix: "scan the snapshot with `\(scanSnapshot(snapshotPath))`, then run `\(decide)`")
  }

  /// Corpus files the snapshot does not hold: the data to train on is not the scanned data.
  func corpusOutside(
    _ paths: [String], _ snapshot: SnapshotManifest, at snapshotPath: String
  ) -> PIIScanSummary.CoverageGap {
    // Shown from where `decide` runs, as the user would type them.
    let shown = paths.prefix(3).map(EntryPath.shownFromHere)
    let list = shown.joined(separator: ", ") + (paths.count > 3 ? ", ..." : "")
    let this = SnapshotReference(snapshot)
    let out = card.pathFromWorkingDirectory(snapshotPath)
    let corpus = (card.data?.corpus?.paths ?? []).map(card.pathFromWorkingDirectory)
      .joined(separator: " ")
    let take = "tollgate data snapshot \(corpus) --name \(snapshot.name) --out \(out)"
    let decide = "tollgate decide \(card.path)"
    return isChinese
      ? .init(
        reason: "data.corpus 中有 \(paths.count) 个文件不在数据快照 \(this) 中（\(list)）："
          + "要训练的数据已不是快照里的数据，第 3 步没有扫描它们",
        fix: "用 `\(take)` 重新生成快照，再运行 `\(decide)`，它会扫描新快照")
      : .init(
        reason: "data.corpus holds \(paths.count) file(s) that snapshot \(this) does not "
          + "(\(list)): the data to train on is no longer the snapshot's, and step 3 did not "
          + "scan them",
        fix: "take the snapshot again with `\(take)`, then run `\(decide)`: it scans the new "
          + "snapshot itself")
  }
}
