import Foundation
import TollgateCore

extension LMEvalReader {
  /// Merges several results files of one model into one evidence set.
  ///
  /// When two files hold the same metric (or task), the newer file wins: files are applied in
  /// order of `recordedAt` (the `results_<timestamp>` name, else the `date` field), then path,
  /// so a re-run of a task replaces the earlier run. Files with no time come first.
  ///
  /// - Parameter language: the language of the notes.
  /// - Returns: the merged set and a note for every file whose values another file replaced.
  public static func merge(
    _ files: [LMEvalFile], label: String, language: Language = .english
  ) -> (EvidenceSet, [String]) {
    let messages = language.evidenceMessages
    let ordered = files.sorted {
      ($0.recordedAt ?? .distantPast, $0.path) < ($1.recordedAt ?? .distantPast, $1.path)
    }
    var merged = EvidenceSet(label: label)
    var origin: [String: String] = [:]
    var replaced: [String: [String: Int]] = [:]  // newer file -> older file -> metrics replaced
    for file in ordered {
      for (name, value) in file.evidence.metrics {
        if let older = origin[name], older != file.path {
          replaced[file.path, default: [:]][older, default: 0] += 1
        }
        merged.metrics[name] = value
        origin[name] = file.path
      }
      merged.tasks.merge(file.evidence.tasks) { _, newer in newer }
      merged.sources.append(file.path)
    }
    let notes = replaced.sorted { $0.key < $1.key }.flatMap { newer, olders in
      olders.sorted { $0.key < $1.key }.map { older, count in
        messages.replacedMetrics(newer: newer, older: older, count: count)
      }
    }
    return (merged, notes)
  }
}
