/// One reason why a baseline and a candidate score cannot be compared as they stand.
public struct ComparabilityIssue: Sendable, Hashable, Codable, CustomStringConvertible {
  /// What differs.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The task is in one set only.
    case missingTask
    /// The subtasks of a group differ.
    case differentSubtasks
    /// The task versions differ (the prompt or scoring changed between harness releases).
    case differentVersion
    /// The number of few-shot examples differs.
    case differentShots
    /// The task's dataset has a different number of samples.
    case differentDataset
    /// A run evaluated only part of the task (`--limit`).
    case limitedRun
    /// The task's `task_hashes` entries differ: the data or the rendered prompt changed.
    case taskHash
    /// The task's prompt settings (`doc_to_text`, `fewshot_config`) differ.
    case prompt
  }

  /// What differs.
  public var kind: Kind
  /// The task or group the issue is about (`mmlu_anatomy`).
  public var task: String
  /// The baseline's value as text (`1.0`, `5-shot`, `512 of 2305`); nil where it has none.
  public var baseline: String?
  /// The candidate's value as text; nil where it has none.
  public var candidate: String?
  /// A sentence naming the task and both values, for reports and errors.
  public var reason: String

  public init(kind: Kind, task: String, baseline: String?, candidate: String?, reason: String) {
    self.kind = kind
    self.task = task
    self.baseline = baseline
    self.candidate = candidate
    self.reason = reason
  }

  public var description: String { reason }
}

/// Checks that two lm-eval evidence sets measured the same thing before their scores are
/// compared: same tasks, task versions, shots, full sample counts, task hashes and prompts.
///
/// A score from a `--limit` run, another task version or another shot count is a different
/// measurement; a gate that compared it with the baseline would judge the harness, not the model.
public enum Comparability {
  /// The issues between `baseline` and `candidate` for the tasks behind `metrics`.
  ///
  /// A metric's task is the part of its name before the first `.` (`mmlu.acc` -> `mmlu`); a
  /// group's subtasks are checked too. Metrics whose task neither set describes (derived or
  /// custom metrics) are not lm-eval scores and are skipped.
  ///
  /// - Parameter language: the language of each issue's `reason`.
  /// - Returns: the issues, sorted by task then kind; empty when the sets are comparable.
  public static func check(
    _ baseline: EvidenceSet, _ candidate: EvidenceSet, metrics: [String],
    language: Language = .english
  ) -> [ComparabilityIssue] {
    let text = language.evidenceCheckText
    var tasks = Set(metrics.compactMap(taskName(of:)))
    tasks = tasks.filter { baseline.tasks[$0] != nil || candidate.tasks[$0] != nil }
    var checked: Set<String> = []
    var issues: [ComparabilityIssue] = []
    var pending = tasks.sorted()
    while let task = pending.popLast() {
      guard checked.insert(task).inserted else { continue }
      let (taskIssues, subtasks) = compare(
        task, baseline.tasks[task], candidate.tasks[task], text: text)
      issues += taskIssues
      pending += subtasks
    }
    return issues.sorted { ($0.task, $0.kind.rawValue) < ($1.task, $1.kind.rawValue) }
  }

  /// `mmlu` for `mmlu.acc` and `gsm8k.exact_match@strict-match`; nil for a name without a dot.
  public static func taskName(of metric: String) -> String? {
    guard let dot = metric.firstIndex(of: "."), dot != metric.startIndex else { return nil }
    return String(metric[..<dot])
  }

  /// The issues of one task and the subtasks still to check.
  private static func compare(
    _ task: String, _ baseline: TaskConfiguration?, _ candidate: TaskConfiguration?,
    text: any EvidenceCheckText
  ) -> ([ComparabilityIssue], [String]) {
    guard let baseline, let candidate else {
      let issue = ComparabilityIssue(
        kind: .missingTask, task: task, baseline: baseline == nil ? nil : "present",
        candidate: candidate == nil ? nil : "present",
        reason: text.missingTask(task, inBaseline: baseline != nil))
      return ([issue], [])
    }
    var issues: [ComparabilityIssue] = []
    if baseline.version != candidate.version {
      issues.append(
        ComparabilityIssue(
          kind: .differentVersion, task: task, baseline: baseline.version,
          candidate: candidate.version,
          reason: text.differentVersion(
            task, baseline: baseline.version, candidate: candidate.version)))
    }
    if baseline.nShot != candidate.nShot {
      let shots = { (value: Int?) in value.map { "\($0)-shot" } }
      issues.append(
        ComparabilityIssue(
          kind: .differentShots, task: task, baseline: shots(baseline.nShot),
          candidate: shots(candidate.nShot),
          reason: text.differentShots(task, baseline: baseline.nShot, candidate: candidate.nShot)))
    }
    issues += sampleIssues(task, baseline, candidate, text: text)
    issues += promptIssues(task, baseline, candidate, text: text)
    let subtasks = Set(baseline.subtasks).union(candidate.subtasks)
    if Set(baseline.subtasks) != Set(candidate.subtasks) {
      issues.append(subtaskIssue(task, baseline, candidate, text: text))
    }
    return (issues, subtasks.sorted())
  }

  private static func sampleIssues(
    _ task: String, _ baseline: TaskConfiguration, _ candidate: TaskConfiguration,
    text: any EvidenceCheckText
  ) -> [ComparabilityIssue] {
    // A group's counts are sums over its subtasks, which are checked one by one.
    guard baseline.subtasks.isEmpty, candidate.subtasks.isEmpty else { return [] }
    var issues: [ComparabilityIssue] = []
    let described = { (task: TaskConfiguration) -> String? in
      guard let effective = task.effectiveSamples, let original = task.originalSamples else {
        return nil
      }
      return "\(effective) of \(original)"
    }
    for (inBaseline, run) in [(true, baseline), (false, candidate)] {
      guard let effective = run.effectiveSamples, let original = run.originalSamples,
        effective != original
      else { continue }
      issues.append(
        ComparabilityIssue(
          kind: .limitedRun, task: task, baseline: described(baseline),
          candidate: described(candidate),
          reason: text.limitedRun(
            task, inBaseline: inBaseline, effective: effective, original: original)))
    }
    if let left = baseline.originalSamples, let right = candidate.originalSamples, left != right {
      issues.append(
        ComparabilityIssue(
          kind: .differentDataset, task: task, baseline: "\(left)", candidate: "\(right)",
          reason: text.differentDataset(task, baseline: left, candidate: right)))
    }
    return issues
  }

  /// Differences in what the model was shown; only where both sides recorded the field, since
  /// older harness releases write neither.
  private static func promptIssues(
    _ task: String, _ baseline: TaskConfiguration, _ candidate: TaskConfiguration,
    text: any EvidenceCheckText
  ) -> [ComparabilityIssue] {
    var issues: [ComparabilityIssue] = []
    if let left = baseline.taskHash, let right = candidate.taskHash, left != right {
      let (shortLeft, shortRight) = (short(left), short(right))
      issues.append(
        ComparabilityIssue(
          kind: .taskHash, task: task, baseline: shortLeft, candidate: shortRight,
          reason: text.differentTaskHash(task, baseline: shortLeft, candidate: shortRight)))
    }
    if let left = baseline.promptDigest, let right = candidate.promptDigest, left != right {
      let (shortLeft, shortRight) = (short(left), short(right))
      issues.append(
        ComparabilityIssue(
          kind: .prompt, task: task, baseline: shortLeft, candidate: shortRight,
          reason: text.differentPrompt(task, baseline: shortLeft, candidate: shortRight)))
    }
    return issues
  }

  /// The first 8 characters and an ellipsis (`f6cb58cd...`): enough to tell two hashes apart in
  /// a sentence; the full hashes stay in the files.
  private static func short(_ hash: String) -> String {
    hash.count > 8 ? "\(hash.prefix(8))..." : hash
  }

  private static func subtaskIssue(
    _ task: String, _ baseline: TaskConfiguration, _ candidate: TaskConfiguration,
    text: any EvidenceCheckText
  ) -> ComparabilityIssue {
    let onlyBaseline = Set(baseline.subtasks).subtracting(candidate.subtasks).sorted()
    let onlyCandidate = Set(candidate.subtasks).subtracting(baseline.subtasks).sorted()
    return ComparabilityIssue(
      kind: .differentSubtasks, task: task,
      baseline: "\(baseline.subtasks.count) subtasks",
      candidate: "\(candidate.subtasks.count) subtasks",
      reason: text.differentSubtasks(
        task, onlyBaseline: onlyBaseline, onlyCandidate: onlyCandidate))
  }
}
