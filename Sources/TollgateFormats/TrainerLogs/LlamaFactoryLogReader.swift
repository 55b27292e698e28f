import Foundation
import TollgateCore

/// Reads LLaMA-Factory's `trainer_log.jsonl`: one JSON object per logging step with
/// `current_steps`, `total_steps`, `loss`, `elapsed_time` ("H:MM:SS" or "N days, H:MM:SS") and,
/// in newer versions, `total_tokens` and `throughput`.
///
/// A line that is not JSON (a log cut off mid-line while the run was still writing) is recorded
/// in the issues and skipped. The closing line (no loss, `current_steps == total_steps`) gives
/// the total run time.
enum LlamaFactoryLogReader {
  static let format = "llama-factory-jsonl"

  static func read(
    _ text: String, path: String, messages: any EvidenceMessages
  ) throws -> PilotLog {
    var log = PilotLog(format: format, source: path, steps: [])
    var nonFinite: [Int] = []
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let lastContentLine = lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    for (index, rawLine) in lines.enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      guard !line.isEmpty else { continue }
      guard let entry = try? JSONDocument.parse(Data(line.utf8), path: path), entry.object != nil
      else {
        log.issues.append(
          index == lastContentLine
            ? messages.lastLineCutOff(line: index + 1) : messages.lineNotAnObject(line: index + 1))
        continue
      }
      guard let step = entry["current_steps"]?.integer else {
        log.issues.append(messages.lineWithoutCurrentSteps(line: index + 1))
        continue
      }
      record(entry, step: step, into: &log, nonFinite: &nonFinite)
    }
    guard !log.steps.isEmpty || log.totalRuntime != nil else {
      throw TollgateError.file(
        .invalidContent, path, "no line of the log has a `current_steps` entry",
        hint: "pass the trainer_log.jsonl that LLaMA-Factory writes into its output folder")
    }
    log.totalTokens = log.steps.last(where: { $0.tokensSeen != nil })?.tokensSeen
    log.nonFiniteLossSteps = nonFinite
    log.issues += PilotLogChecks.issues(
      steps: log.steps, nonFiniteLossSteps: nonFinite, messages: messages)
    return log
  }

  private static func record(
    _ entry: JSONValue, step: Int, into log: inout PilotLog, nonFinite: inout [Int]
  ) {
    let loss = entry["loss"]?.number
    if let loss, !loss.isFinite { nonFinite.append(step) }
    let elapsed = entry["elapsed_time"]?.string.flatMap(ElapsedTime.parse)
    let isClosing = loss == nil && step == entry["total_steps"]?.integer
    if isClosing {
      log.totalRuntime = elapsed
      log.totalSteps = step
    }
    // The closing line repeats the last step in some versions; it then adds only the totals.
    if isClosing, let last = log.steps.last, last.step == step { return }
    log.steps.append(
      PilotStep(
        step: step, loss: loss.flatMap { $0.isFinite ? $0 : nil }, elapsed: elapsed,
        tokensSeen: TrainerStateReader.positiveTokens(entry["total_tokens"])))
  }
}
