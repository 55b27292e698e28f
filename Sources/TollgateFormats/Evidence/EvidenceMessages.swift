import TollgateCore

/// The sentences the evidence readers put into notes and pilot-log issues, one table per
/// language.
///
/// Notes and issues end up in a verdict and its report, so they follow the report's language.
/// Every sentence lives in one table per language (`EnglishEvidenceMessages`,
/// `ChineseEvidenceMessages`) rather than in branches beside the readers, so a translation can
/// be checked whole. File names, task and metric names, numbers and line numbers are passed in
/// and appear unchanged in every language. Errors (`TollgateError`) are not in the table: they
/// stay English.
protocol EvidenceMessages: Sendable {
  // MARK: Pilot logs, every format

  /// The loss was NaN or infinite at `count` logged steps, the first being `firstStep`.
  func nonFiniteLoss(count: Int, firstStep: Int) -> String
  /// `step` is logged after the larger `previous`.
  func stepGoesBackwards(step: Int, previous: Int) -> String
  /// The log goes backwards `count` more times than the ones already named.
  func moreBackwardSteps(_ count: Int) -> String
  /// The log has one step entry only.
  func singleEntry(step: Int) -> String

  // MARK: Pilot logs, one format each

  /// A JSON-lines log's last line is cut off (1-based `line`).
  func lastLineCutOff(line: Int) -> String
  /// A JSON-lines log's line is not a JSON object.
  func lineNotAnObject(line: Int) -> String
  /// A LLaMA-Factory line lacks `current_steps`.
  func lineWithoutCurrentSteps(line: Int) -> String
  /// A nanoGPT `iter` line is incomplete; `text` is the line as logged.
  func incompleteIterationLine(line: Int, text: String) -> String
  /// nanoGPT output without the `header` that gives the tokens per iteration.
  func noTokensPerIterationHeader(_ header: String) -> String
  /// A Megatron-LM line is cut off before its loss.
  func megatronLineCutOff(line: Int) -> String
  /// A trainer state without the final `train_runtime` entry, at `step` of `planned` ("?" when
  /// unknown).
  func noFinalSummary(step: String, planned: String) -> String
  /// A trainer state whose `log_history` holds only the final summary.
  func onlyFinalSummary(loggingSteps: String) -> String
  /// A summary file beside the trainer state comes from another epoch.
  func summaryFromOtherEpoch(file: String, epoch: Double, stateEpoch: Double) -> String

  // MARK: lm-eval results

  /// A task's entry in `results` is not an object.
  func taskWithoutResult(file: String, task: String) -> String
  /// A metric's value is not a finite number; `value` is the value as written (`"N/A"`,
  /// `null`, `inf`), nil for a value of another kind (an array, an object, a boolean).
  func notAScore(file: String, task: String, key: String, value: String?) -> String
  /// A score outside the range its metric can take (`acc` 1.7); the value is still read.
  /// `low` and `high` are the range's ends as text (`0`, `1`).
  func scoreOutOfRange(
    file: String, task: String, key: String, value: Double, low: String, high: String
  ) -> String
  /// A standard error below zero, which no estimate can have; the score is read without it.
  func negativeStandardError(file: String, task: String, key: String, value: Double) -> String
  /// A task evaluated on part of its samples (`--limit`).
  func limitedTask(file: String, task: String, effective: Int, original: Int) -> String
  /// A run with `--limit` whose file has no per-task sample counts.
  func limitWithoutSampleCounts(file: String, limit: Int) -> String
  /// `newer` replaced `count` metrics of `older` when merging.
  func replacedMetrics(newer: String, older: String, count: Int) -> String

  // MARK: Evidence folders

  /// A JSON file in a results folder that is not an lm-eval result; `reason` is the English
  /// message of the error that rejected it.
  func notAResultSkipped(path: String, reason: String) -> String
  /// The pilot log chosen in a folder, and the other logs there that were not read.
  func pilotLogChosen(_ path: String, notRead: [String]) -> String
  /// A `.log` / `.txt` file that is not a training log; `reason` as in `notAResultSkipped`.
  func notATrainingLogSkipped(path: String, reason: String) -> String
}

extension Language {
  /// The evidence readers' sentence table of this language.
  var evidenceMessages: any EvidenceMessages {
    switch self {
    case .english: EnglishEvidenceMessages()
    case .chinese: ChineseEvidenceMessages()
    }
  }
}
