import Foundation
import TollgateCore

/// Reads a pilot run's training log, recognising its format from the file's name and content.
///
/// Formats: Hugging Face `trainer_state.json`, LLaMA-Factory `trainer_log.jsonl`, nanoGPT
/// stdout and Megatron-LM stdout. Odd content (NaN losses, a cut-off last line, steps going
/// backwards, a single entry) is recorded in `PilotLog.issues`; a file that is no training log
/// at all is an error.
public enum PilotLogReader {
  /// The formats this reader recognises, by the name `PilotLog.format` carries.
  public static let formats = [
    TrainerStateReader.format, LlamaFactoryLogReader.format, NanoGPTLogReader.format,
    MegatronLogReader.format,
  ]

  /// Reads the log at `path` (absolute or relative to the current folder), with its issues in
  /// `language`.
  ///
  /// - Throws: `TollgateError` when the file is missing, empty, not UTF-8, or not a training log
  ///   of a known format (naming what was expected).
  public static func read(file path: String, language: Language = .english) throws -> PilotLog {
    let messages = language.evidenceMessages
    let data = try TextInput.contents(of: path)
    // Windows line ends: Swift reads "\r\n" as one Character, so splitting on "\n" would see
    // one endless line. Logs copied from Windows machines are common enough to accept.
    let text = try TextInput.text(of: data, path: path)
      .replacingOccurrences(of: "\r\n", with: "\n")
    guard !text.allSatisfy(\.isWhitespace) else {
      throw TollgateError.file(
        .malformed, path, "the file is empty; expected a training log",
        hint: "point at the log after the pilot has logged a few steps")
    }
    let trimmed = text.drop { $0.isWhitespace }
    let name = URL(fileURLWithPath: path).lastPathComponent
    if trimmed.first == "{" {
      if let log = try readJSON(data, text: text, name: name, path: path, messages: messages) {
        return log
      }
    } else if text.contains(NanoGPTLogReader.header) || containsLine(text, prefix: "iter ") {
      return try NanoGPTLogReader.read(text, path: path, messages: messages)
    } else if text.contains(MegatronLogReader.marker) {
      return try MegatronLogReader.read(text, path: path, messages: messages)
    }
    throw notALog(path, text: text)
  }

  /// A whole JSON document (trainer state) or JSON lines (LLaMA-Factory); nil when neither.
  private static func readJSON(
    _ data: Data, text: String, name: String, path: String, messages: any EvidenceMessages
  ) throws -> PilotLog? {
    let firstLine = text.split(separator: "\n").first.map(String.init) ?? text
    let isJSONLines =
      name.hasSuffix(".jsonl")
      || (try? JSONDocument.parse(Data(firstLine.utf8), path: path))?["current_steps"] != nil
    if isJSONLines {
      return try LlamaFactoryLogReader.read(text, path: path, messages: messages)
    }
    let document = try JSONDocument.parse(data, path: path)
    if document["log_history"] != nil || name.hasSuffix("trainer_state.json") {
      return try TrainerStateReader.read(document, path: path, messages: messages)
    }
    return nil
  }

  private static func containsLine(_ text: String, prefix: String) -> Bool {
    text.split(separator: "\n").contains { $0.hasPrefix(prefix) }
  }

  private static func notALog(_ path: String, text: String) -> TollgateError {
    let expected = """
      expected a Hugging Face trainer_state.json (with `log_history`), a LLaMA-Factory \
      trainer_log.jsonl, nanoGPT output (`iter N: loss X, time Yms`) or Megatron-LM output
      """
    var hint = "point --pilot at the run's output folder or at one of those files"
    if text.contains("***** Running training *****") {
      hint = "this is console output of the Trainer; pass trainer_state.json from its output folder"
    } else if text.contains("train_runtime") {
      hint = "this looks like a run summary (all_results.json); pass trainer_state.json beside it"
    }
    return TollgateError.file(.malformed, path, "not a training log: \(expected)", hint: hint)
  }
}
