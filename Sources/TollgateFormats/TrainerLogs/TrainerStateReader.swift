import Foundation
import TollgateCore

/// Reads a Hugging Face Trainer `trainer_state.json` (`log_history`) into a `PilotLog`.
///
/// Training entries (with `loss`) become steps; evaluation and prediction entries are skipped;
/// the final summary entry (`train_runtime`) gives the totals. When the state file is named
/// `trainer_state.json`, an `all_results.json` or `train_results.json` beside it from the same
/// point of the run (same `epoch`) fills totals the state lacks.
enum TrainerStateReader {
  static let format = "hf-trainer-state"

  static func read(
    _ document: JSONValue, path: String, messages: any EvidenceMessages
  ) throws -> PilotLog {
    guard let history = document["log_history"]?.array else {
      throw TollgateError.file(
        .malformed, path, "not a Hugging Face trainer state: it has no `log_history` array",
        hint: "pass the trainer_state.json that the Trainer writes into its output folder")
    }
    guard !history.isEmpty else {
      throw TollgateError.file(
        .invalidContent, path, "the trainer state's `log_history` is empty: nothing was logged",
        hint: "run the pilot past its first `logging_steps`, or lower `logging_steps`")
    }
    var log = PilotLog(format: format, source: path, steps: [])
    var nonFinite: [Int] = []
    var summary: [String: JSONValue]?
    for entry in history.compactMap(\.object) {
      if entry["train_runtime"] != nil {
        summary = entry
        continue
      }
      guard let lossValue = entry["loss"], let step = entry["step"]?.integer else { continue }
      let loss = lossValue.number
      if let loss, !loss.isFinite { nonFinite.append(step) }
      log.steps.append(
        PilotStep(
          step: step, loss: loss.flatMap { $0.isFinite ? $0 : nil },
          tokensSeen: positiveTokens(entry["num_input_tokens_seen"])))
    }

    applySummary(summary, of: document, to: &log, messages: messages)
    fillFromSummaryFiles(beside: path, document: document, log: &log, messages: messages)
    log.nonFiniteLossSteps = nonFinite
    log.issues += PilotLogChecks.issues(
      steps: log.steps, nonFiniteLossSteps: nonFinite, messages: messages)
    try checkUsable(log, path: path)
    return log
  }

  private static func applySummary(
    _ summary: [String: JSONValue]?, of document: JSONValue, to log: inout PilotLog,
    messages: any EvidenceMessages
  ) {
    if let summary {
      log.totalRuntime = summary["train_runtime"]?.number.map { WallTime(seconds: $0) }
      log.totalSteps = summary["step"]?.integer ?? document["global_step"]?.integer
      log.totalTokens = positiveTokens(summary["num_input_tokens_seen"])
    }
    log.totalTokens = log.totalTokens ?? positiveTokens(document["num_input_tokens_seen"])
    if summary == nil {
      let step = document["global_step"]?.integer.map(String.init) ?? "?"
      let planned = document["max_steps"]?.integer.map(String.init) ?? "?"
      log.issues.append(messages.noFinalSummary(step: step, planned: planned))
    } else if log.steps.isEmpty {
      let loggingSteps = document["logging_steps"]?.integer.map(String.init) ?? "?"
      log.issues.append(messages.onlyFinalSummary(loggingSteps: loggingSteps))
    }
  }

  /// Totals from `all_results.json` / `train_results.json` beside a final `trainer_state.json`.
  private static func fillFromSummaryFiles(
    beside path: String, document: JSONValue, log: inout PilotLog,
    messages: any EvidenceMessages
  ) {
    let url = URL(fileURLWithPath: path)
    guard url.lastPathComponent == "trainer_state.json",
      log.totalRuntime == nil || log.totalTokens == nil
    else { return }
    let folder = url.deletingLastPathComponent()
    for name in ["train_results.json", "all_results.json"] {
      let summaryPath = folder.appendingPathComponent(name).path
      guard FileManager.default.fileExists(atPath: summaryPath),
        let data = try? TextInput.contents(of: summaryPath),
        let summary = try? JSONDocument.parse(data, path: summaryPath)
      else { continue }
      if let epoch = summary["epoch"]?.number, let own = document["epoch"]?.number,
        abs(epoch - own) > 0.01  // all_results.json rounds the epoch (3.0 for 2.9997)
      {
        log.issues.append(messages.summaryFromOtherEpoch(file: name, epoch: epoch, stateEpoch: own))
        continue
      }
      if log.totalRuntime == nil {
        log.totalRuntime = summary["train_runtime"]?.number.map { WallTime(seconds: $0) }
      }
      log.totalTokens = log.totalTokens ?? positiveTokens(summary["num_input_tokens_seen"])
      if log.totalSteps == nil, log.totalRuntime != nil {
        log.totalSteps = document["global_step"]?.integer
      }
    }
  }

  private static func checkUsable(_ log: PilotLog, path: String) throws {
    guard log.steps.isEmpty, log.totalRuntime == nil else { return }
    throw TollgateError.file(
      .invalidContent, path,
      "the trainer state has neither training steps with a loss nor a run time",
      hint: "point at the trainer_state.json of a run that logged training steps")
  }

  /// A token count; 0 means the Trainer did not count tokens (`include_num_input_tokens_seen`
  /// off), so it is treated as absent.
  static func positiveTokens(_ value: JSONValue?) -> TokenCount? {
    guard let count = value?.integer, count > 0 else { return nil }
    return TokenCount(Int64(count))
  }
}
