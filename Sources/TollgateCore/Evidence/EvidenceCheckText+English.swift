/// The evidence checks' sentences in English, the default language.
struct EnglishEvidenceCheckText: EvidenceCheckText {
  func missingTask(_ task: String, inBaseline: Bool) -> String {
    let (side, other) = inBaseline ? ("baseline", "candidate") : ("candidate", "baseline")
    return "task \(task) is in the \(side) results but not in the \(other) results"
  }
  func differentVersion(_ task: String, baseline: String?, candidate: String?) -> String {
    "task \(task): version \(baseline ?? "unrecorded") in the baseline, "
      + "\(candidate ?? "unrecorded") in the candidate"
  }
  func differentShots(_ task: String, baseline: Int?, candidate: Int?) -> String {
    let shots = { (value: Int?) in value.map { "\($0)-shot" } ?? "shots unrecorded" }
    return "task \(task): \(shots(baseline)) in the baseline, \(shots(candidate)) in the candidate"
  }
  func limitedRun(_ task: String, inBaseline: Bool, effective: Int, original: Int) -> String {
    "task \(task): the \(inBaseline ? "baseline" : "candidate") evaluated \(effective) of "
      + "\(original) samples (a --limit run); a score on part of a task is not comparable"
  }
  func differentDataset(_ task: String, baseline: Int, candidate: Int) -> String {
    "task \(task): \(baseline) samples in the baseline's dataset, \(candidate) in the candidate's"
  }
  func differentSubtasks(_ task: String, onlyBaseline: [String], onlyCandidate: [String])
    -> String
  {
    var parts: [String] = []
    if !onlyBaseline.isEmpty {
      parts.append("only the baseline has \(onlyBaseline.joined(separator: ", "))")
    }
    if !onlyCandidate.isEmpty {
      parts.append("only the candidate has \(onlyCandidate.joined(separator: ", "))")
    }
    return "group \(task) has different subtasks: \(parts.joined(separator: "; "))"
  }
  func differentTaskHash(_ task: String, baseline: String, candidate: String) -> String {
    "task \(task): the task's data or prompt differ: hash \(baseline) in the baseline, "
      + "\(candidate) in the candidate"
  }
  func differentPrompt(_ task: String, baseline: String, candidate: String) -> String {
    "task \(task): the prompt settings (doc_to_text, fewshot_config) differ: digest "
      + "\(baseline) in the baseline, \(candidate) in the candidate"
  }
  func derivedMetricMissing(_ name: String, label: String, missing: [String]) -> String {
    "\(label): derived metric \(name) cannot be computed: missing "
      + missing.joined(separator: ", ")
  }
  func derivedMetricCycle(_ name: String, cycle: [String]) -> String {
    "derived metric \(name) refers to itself: " + cycle.joined(separator: " -> ")
  }
}
