import Foundation
import TollgateCore

/// Finds evidence at a path the user gave: a file, or a folder to search.
///
/// Paths are taken as given (absolute or relative to the current folder); resolving a path
/// relative to the card's folder is the caller's job.
public enum EvidenceLocator {
  /// The lm-eval results at `path`, merged into one evidence set.
  ///
  /// A folder is searched recursively for `.json` files that are lm-eval results; other JSON
  /// (an eval run's `summary_openllm.json`, a config) is skipped with a note. A file whose name
  /// starts with `results` that is not a readable result is an error, not a note. When files
  /// overlap, the newer one wins (see `LMEvalReader.merge`).
  ///
  /// - Parameters:
  ///   - label: the set's label; by default the model's name from the files.
  ///   - language: the language of the notes (the files' own, skips and merges).
  /// - Throws: `TollgateError` for a missing path, a folder without results, results of several
  ///   models in one folder, or a broken results file.
  public static func lmEvalResults(
    at path: String, label: String? = nil, language: Language = .english
  ) throws -> LocatedEvidence {
    let messages = language.evidenceMessages
    guard try isFolder(path) else {
      let file = try LMEvalReader.read(file: path, label: label, language: language)
      return LocatedEvidence(evidence: file.evidence, files: [path], notes: file.notes)
    }
    var files: [LMEvalFile] = []
    var notes: [String] = []
    for candidate in jsonFiles(under: path) {
      do {
        files.append(try LMEvalReader.read(file: candidate, language: language))
      } catch let error as TollgateError {
        let name = URL(fileURLWithPath: candidate).lastPathComponent
        if name.hasPrefix("results") { throw error }
        notes.append(messages.notAResultSkipped(path: candidate, reason: error.message))
      }
    }
    guard !files.isEmpty else {
      throw TollgateError.file(
        .invalidContent, path, "no lm-evaluation-harness results in this folder",
        hint: "put the results_<timestamp>.json of `lm_eval --output_path` there")
    }
    let models = Set(files.compactMap(\.model))
    guard models.count <= 1 else {
      throw TollgateError.file(
        .invalidContent, path,
        "the folder holds results of \(models.count) models: "
          + models.sorted().joined(separator: ", "),
        hint: "point at the folder of one model (lm_eval writes one per model)")
    }
    let (evidence, mergeNotes) = LMEvalReader.merge(
      files, label: label ?? models.first ?? URL(fileURLWithPath: path).lastPathComponent,
      language: language)
    return LocatedEvidence(
      evidence: evidence, files: evidence.sources,
      notes: notes + files.flatMap(\.notes) + mergeNotes)
  }

  /// The pilot log at `path`: the file itself, or the best log in a folder.
  ///
  /// In a folder the preference is `trainer_state.json` (the shallowest, outside `checkpoint-*`
  /// folders when possible), then `trainer_log.jsonl`, then a `.log` / `.txt` file that reads as
  /// nanoGPT or Megatron-LM output.
  ///
  /// - Parameter language: the language of the log's issues and of the notes.
  /// - Throws: `TollgateError` for a missing path, a folder without a log, or an unreadable log.
  public static func pilotLog(
    at path: String, language: Language = .english
  ) throws -> LocatedPilotLog {
    let messages = language.evidenceMessages
    guard try isFolder(path) else {
      return LocatedPilotLog(
        log: try PilotLogReader.read(file: path, language: language), notes: [])
    }
    let files = allFiles(under: path)
    let ranked =
      preferred(files, named: "trainer_state.json") + preferred(files, named: "trainer_log.jsonl")
    if let best = ranked.first {
      let others = ranked.dropFirst().map { URL(fileURLWithPath: $0).lastPathComponent }
      let note = others.isEmpty ? [] : [messages.pilotLogChosen(best, notRead: Array(others))]
      return LocatedPilotLog(
        log: try PilotLogReader.read(file: best, language: language), notes: note)
    }
    var notes: [String] = []
    for candidate in files
    where ["log", "txt"].contains(URL(fileURLWithPath: candidate).pathExtension) {
      do {
        return LocatedPilotLog(
          log: try PilotLogReader.read(file: candidate, language: language), notes: notes)
      } catch let error as TollgateError {
        notes.append(messages.notATrainingLogSkipped(path: candidate, reason: error.message))
      }
    }
    throw TollgateError.file(
      .invalidContent, path,
      "no training log in this folder (looked for trainer_state.json, trainer_log.jsonl, "
        + "and nanoGPT or Megatron-LM output in .log / .txt files)",
      hint: "point --pilot at the pilot's output folder or at its log file")
  }

  private static func isFolder(_ path: String) throws -> Bool {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw TollgateError.file(
        .unreadable, path, "no such file or folder",
        hint: "check the path; a relative path is read from the current folder")
    }
    return isFolder.boolValue
  }

  /// Every regular file under `folder`, sorted by depth then path, hidden files skipped.
  private static func allFiles(under folder: String) -> [String] {
    let root = URL(fileURLWithPath: folder)
    let enumerator = FileManager.default.enumerator(
      at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    var found: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      let isFile = (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile ?? false
      if isFile { found.append(url.path) }
    }
    return found.sorted { (depth($0), $0) < (depth($1), $1) }
  }

  private static func jsonFiles(under folder: String) -> [String] {
    allFiles(under: folder).filter { $0.hasSuffix(".json") }
  }

  /// Files named `name`, those outside `checkpoint-*` folders first, shallowest first.
  private static func preferred(_ files: [String], named name: String) -> [String] {
    let matching = files.filter { URL(fileURLWithPath: $0).lastPathComponent == name }
    let isCheckpoint = { (file: String) in file.contains("/checkpoint-") }
    return matching.filter { !isCheckpoint($0) } + matching.filter(isCheckpoint)
  }

  private static func depth(_ path: String) -> Int { path.split(separator: "/").count }
}
