import Foundation
import TollgateCore

/// Reads lm-evaluation-harness results files (current and v0.3 layout) into an `EvidenceSet`.
///
/// Metrics are addressed as the card writes them: `TASK.METRIC` (`mmlu.acc`), and
/// `TASK.METRIC@FILTER` for a filter other than `none` (`gsm8k.exact_match@strict-match`).
/// Groups (`mmlu`) and their subtasks (`mmlu_stem`, `mmlu_anatomy`) are all addressable.
public enum LMEvalReader {
  /// Reads one results file.
  ///
  /// - Parameters:
  ///   - path: the file, absolute or relative to the current folder.
  ///   - label: the evidence set's label; by default the model's name from the file.
  ///   - language: the language of the file's notes (`LMEvalFile.notes`).
  /// - Throws: `TollgateError` when the file is missing, empty, not UTF-8, not JSON, JSON that
  ///   is not an lm-eval result, or a result that names a task or a metric twice.
  public static func read(
    file path: String, label: String? = nil, language: Language = .english
  ) throws -> LMEvalFile {
    let data = try TextInput.contents(of: path)
    let document = try JSONDocument.parse(data, path: path)
    try rejectDuplicateScores(in: data, path: path)
    return try read(document, path: path, label: label, messages: language.evidenceMessages)
  }

  /// Throws for a task named twice in `results` or `groups`, or a metric named twice in one
  /// task's row.
  ///
  /// JSON parsers keep one of the two values without a word, so the score the gate would judge
  /// is whichever the parser happened to keep. An error, not a note: lm-eval never writes a key
  /// twice, so the file was edited or joined by hand and only its author knows which value holds.
  private static func rejectDuplicateScores(in data: Data, path: String) throws {
    let duplicates = JSONDocument.duplicateKeys(in: data).filter { duplicate in
      guard let section = duplicate.path.first, ["results", "groups"].contains(section) else {
        return false
      }
      return duplicate.path.count <= 2
    }
    guard let duplicate = duplicates.first, let section = duplicate.path.first else { return }
    let first = TextInput.location(ofByte: duplicate.firstOffset, in: data, path: path)
    let second = TextInput.location(ofByte: duplicate.secondOffset, in: data, path: path)
    let what =
      duplicate.path.count == 1
      ? "`\(section)` names task \(duplicate.key) twice"
      : "task \(duplicate.path[1]) in `\(section)` names \(duplicate.key) twice"
    throw TollgateError(
      .malformed,
      "\(what) (lines \(first.line) and \(second.line)); which score holds cannot be told",
      at: second,
      hint: "keep one of the two entries; lm_eval writes each key once, so the file was edited "
        + "or joined")
  }

  /// Reads an already parsed document; `path` is used for messages and sources only.
  static func read(
    _ document: JSONValue, path: String, label: String?,
    messages: any EvidenceMessages = EnglishEvidenceMessages()
  ) throws -> LMEvalFile {
    guard let root = document.object else {
      throw notAResult(path, "the top level is a JSON \(kind(of: document)), not an object")
    }
    guard let resultsValue = root["results"] else {
      let keys = root.keys.sorted().prefix(6).joined(separator: ", ")
      throw notAResult(path, "it has no `results` object (top-level keys: \(keys))")
    }
    guard let results = resultsValue.object else {
      throw notAResult(path, "`results` is a JSON \(kind(of: resultsValue)), not an object")
    }
    guard !results.isEmpty else {
      throw TollgateError.file(
        .invalidContent, path, "the `results` object is empty: the run evaluated no task",
        hint: "check that the lm_eval run finished and named at least one task")
    }
    let parser = LMEvalParser(path: path, root: root, results: results, messages: messages)
    let tasks = parser.taskConfigurations()
    let (metrics, notes) = parser.metrics(tasks: tasks)
    let model = parser.modelName()
    let evidence = EvidenceSet(
      label: label ?? model ?? folderName(of: path), metrics: metrics, tasks: tasks,
      sources: [path])
    return LMEvalFile(
      path: path, layout: parser.layout, recordedAt: parser.recordedAt(), model: model,
      evidence: evidence, notes: notes + parser.limitNotes(tasks: tasks))
  }

  static func notAResult(_ path: String, _ reason: String) -> TollgateError {
    TollgateError.file(
      .malformed, path, "not an lm-evaluation-harness result: \(reason)",
      hint: """
        pass the results_<timestamp>.json that `lm_eval --output_path` writes \
        (it has a `results` object keyed by task)
        """)
  }

  private static func kind(of value: JSONValue) -> String {
    switch value {
    case .object: return "object"
    case .array: return "array"
    case .string: return "string"
    case .number: return "number"
    case .bool: return "boolean"
    case .null: return "null"
    }
  }

  private static func folderName(of path: String) -> String {
    URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
  }
}
