/// The evidence readers' sentences in English, the default language.
struct EnglishEvidenceMessages: EvidenceMessages {
  func nonFiniteLoss(count: Int, firstStep: Int) -> String {
    "the loss is NaN or infinite at \(count) logged step(s), first at step \(firstStep): "
      + "the run diverged there"
  }
  func stepGoesBackwards(step: Int, previous: Int) -> String {
    "step \(step) is logged after step \(previous): the log goes backwards "
      + "(a resumed run or two runs in one file?)"
  }
  func moreBackwardSteps(_ count: Int) -> String {
    "the log goes backwards \(count) more time(s)"
  }
  func singleEntry(step: Int) -> String {
    "the log has a single step entry (step \(step)): a trend or a warm-up cut needs at least two"
  }

  func lastLineCutOff(line: Int) -> String {
    "line \(line) is cut off (not complete JSON); the last entry was skipped"
  }
  func lineNotAnObject(line: Int) -> String { "line \(line) is not a JSON object; skipped" }
  func lineWithoutCurrentSteps(line: Int) -> String {
    "line \(line) has no `current_steps`; skipped"
  }
  func incompleteIterationLine(line: Int, text: String) -> String {
    "line \(line) is an incomplete `iter` line; skipped: \(text)"
  }
  func noTokensPerIterationHeader(_ header: String) -> String {
    "no `\(header)` header: give the tokens per step in the card or on the command line"
  }
  func megatronLineCutOff(line: Int) -> String {
    "line \(line) is cut off; its loss was skipped"
  }
  func noFinalSummary(step: String, planned: String) -> String {
    "no final summary entry (train_runtime): a checkpoint's state or an unfinished run, "
      + "at global step \(step) of \(planned)"
  }
  func onlyFinalSummary(loggingSteps: String) -> String {
    "log_history holds only the final summary (logging_steps \(loggingSteps) exceeds the run): "
      + "throughput comes from the totals alone"
  }
  func summaryFromOtherEpoch(file: String, epoch: Double, stateEpoch: Double) -> String {
    "\(file) beside the state is from epoch \(epoch), not \(stateEpoch); ignored"
  }

  func taskWithoutResult(file: String, task: String) -> String {
    "\(file): task \(task) has no result object; skipped"
  }
  func notAScore(file: String, task: String, key: String, value: String?) -> String {
    "\(file): \(task) \(key) is \(value ?? "not a number"), not a score; skipped"
  }
  func scoreOutOfRange(
    file: String, task: String, key: String, value: Double, low: String, high: String
  ) -> String {
    "\(file): \(task) \(key) is \(value), outside the \(low) to \(high) such a score can take; "
      + "read as written, but check the file"
  }
  func negativeStandardError(file: String, task: String, key: String, value: Double) -> String {
    "\(file): \(task) \(key) is \(value); a standard error cannot be negative, so the score "
      + "is read without one"
  }
  func limitedTask(file: String, task: String, effective: Int, original: Int) -> String {
    "\(file): \(task) evaluated \(effective) of \(original) samples (a --limit run)"
  }
  func limitWithoutSampleCounts(file: String, limit: Int) -> String {
    "\(file): the run used --limit \(limit); the file does not say how many "
      + "samples each task had, so a limited run cannot be told from a full one"
  }
  func replacedMetrics(newer: String, older: String, count: Int) -> String {
    "\(newer) is newer than \(older); its \(count) metric(s) replace the older values"
  }

  func notAResultSkipped(path: String, reason: String) -> String {
    "\(path) is not an lm-eval result (\(reason)); skipped"
  }
  func pilotLogChosen(_ path: String, notRead: [String]) -> String {
    "read \(path); also in the folder and not read: \(notRead.joined(separator: ", ")) "
      + "(pass one with --pilot to read it instead)"
  }
  func notATrainingLogSkipped(path: String, reason: String) -> String {
    "\(path) is not a training log (\(reason)); skipped"
  }
}
