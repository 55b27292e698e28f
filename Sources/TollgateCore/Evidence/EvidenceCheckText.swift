/// The sentences of the evidence checks (comparability issues, derived-metric problems), one
/// table per language.
///
/// They end up in a verdict and its report, so they follow the report's language. Task and
/// metric names, versions and numbers are passed in and appear unchanged in every language.
protocol EvidenceCheckText: Sendable {
  /// The task is in the results of one side only; `inBaseline` says which.
  func missingTask(_ task: String, inBaseline: Bool) -> String
  /// The task versions differ; nil where a side recorded none.
  func differentVersion(_ task: String, baseline: String?, candidate: String?) -> String
  /// The few-shot counts differ; nil where a side recorded none.
  func differentShots(_ task: String, baseline: Int?, candidate: Int?) -> String
  /// One side evaluated `effective` of `original` samples.
  func limitedRun(_ task: String, inBaseline: Bool, effective: Int, original: Int) -> String
  /// The task's datasets have different sample counts.
  func differentDataset(_ task: String, baseline: Int, candidate: Int) -> String
  /// A group's subtasks differ; either list may be empty.
  func differentSubtasks(_ task: String, onlyBaseline: [String], onlyCandidate: [String])
    -> String
  /// The task's `task_hashes` entries differ: its data or its rendered prompt changed.
  func differentTaskHash(_ task: String, baseline: String, candidate: String) -> String
  /// The task's prompt settings (`doc_to_text`, `fewshot_config`) differ; the digests are short
  /// hexadecimal fingerprints of each side's settings.
  func differentPrompt(_ task: String, baseline: String, candidate: String) -> String
  /// A derived metric of the set labelled `label` lacks the components `missing`.
  func derivedMetricMissing(_ name: String, label: String, missing: [String]) -> String
  /// A derived metric's definition loops; `cycle` names the metrics in order.
  func derivedMetricCycle(_ name: String, cycle: [String]) -> String
}

extension Language {
  /// The evidence checks' sentence table of this language.
  var evidenceCheckText: any EvidenceCheckText {
    switch self {
    case .english: EnglishEvidenceCheckText()
    case .chinese: ChineseEvidenceCheckText()
    }
  }
}
