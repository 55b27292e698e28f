import Testing
import TollgateCore

@Suite struct ComparabilityTests {
  static let full = TaskConfiguration(
    task: "hellaswag", version: "1", nShot: 10, effectiveSamples: 10042, originalSamples: 10042)

  static func set(_ tasks: TaskConfiguration...) -> EvidenceSet {
    EvidenceSet(label: "run", tasks: Dictionary(uniqueKeysWithValues: tasks.map { ($0.task, $0) }))
  }

  @Test func findsNoIssueBetweenIdenticalSettings() {
    let issues = Comparability.check(
      Self.set(Self.full), Self.set(Self.full), metrics: ["hellaswag.acc_norm"])

    #expect(issues.isEmpty)
  }

  @Test func reportsATaskMissingFromTheCandidate() {
    let issues = Comparability.check(Self.set(Self.full), Self.set(), metrics: ["hellaswag.acc"])

    #expect(issues.map(\.kind) == [.missingTask])
    #expect(
      issues.first?.reason
        == "task hellaswag is in the baseline results but not in the candidate results")
  }

  @Test func reportsDifferentVersionsWithBothValues() {
    var candidate = Self.full
    candidate.version = "2"

    let issues = Comparability.check(
      Self.set(Self.full), Self.set(candidate), metrics: ["hellaswag.acc"])

    #expect(issues.map(\.kind) == [.differentVersion])
    #expect(issues.first?.reason == "task hellaswag: version 1 in the baseline, 2 in the candidate")
  }

  @Test func reportsDifferentShotCounts() {
    var candidate = Self.full
    candidate.nShot = 0

    let issues = Comparability.check(
      Self.set(Self.full), Self.set(candidate), metrics: ["hellaswag.acc"])

    #expect(
      issues.first?.reason == "task hellaswag: 10-shot in the baseline, 0-shot in the candidate")
  }

  @Test func reportsALimitedRunNamingTheSide() {
    var candidate = Self.full
    candidate.effectiveSamples = 512

    let issues = Comparability.check(
      Self.set(Self.full), Self.set(candidate), metrics: ["hellaswag.acc"])

    #expect(issues.map(\.kind) == [.limitedRun])
    #expect(issues.first?.candidate == "512 of 10042")
    #expect(issues.first?.reason.contains("the candidate evaluated 512 of 10042 samples") == true)
  }

  @Test func checksTheSubtasksOfAGroup() {
    let group = TaskConfiguration(task: "mmlu", version: "2", subtasks: ["mmlu_anatomy"])
    let anatomy = TaskConfiguration(task: "mmlu_anatomy", version: "1", nShot: 5)
    var newer = anatomy
    newer.version = "0"

    let issues = Comparability.check(
      Self.set(group, anatomy), Self.set(group, newer), metrics: ["mmlu.acc"])

    #expect(issues.map(\.task) == ["mmlu_anatomy"])
    #expect(issues.map(\.kind) == [.differentVersion])
  }

  @Test func reportsGroupsWithDifferentSubtasks() {
    let baseline = TaskConfiguration(
      task: "truthfulqa", subtasks: ["truthfulqa_mc1", "truthfulqa_mc2"])
    let candidate = TaskConfiguration(task: "truthfulqa", subtasks: ["truthfulqa_mc1"])
    let mc = TaskConfiguration(task: "truthfulqa_mc1")
    let mc2 = TaskConfiguration(task: "truthfulqa_mc2")

    let issues = Comparability.check(
      Self.set(baseline, mc, mc2), Self.set(candidate, mc), metrics: ["truthfulqa.acc"])

    #expect(issues.map(\.kind) == [.differentSubtasks, .missingTask])
    #expect(
      issues.first?.reason
        == "group truthfulqa has different subtasks: only the baseline has truthfulqa_mc2")
  }

  @Test func skipsMetricsThatAreNotLMEvalScores() {
    let issues = Comparability.check(
      Self.set(Self.full), Self.set(), metrics: ["contract_f1", "general_avg.value"])

    #expect(issues.isEmpty)
  }

  @Test func takesTheTaskFromTheMetricNameIncludingAFilter() {
    #expect(Comparability.taskName(of: "gsm8k.exact_match@strict-match") == "gsm8k")
    #expect(Comparability.taskName(of: "contract_f1") == nil)
  }

  @Test func reportsDifferentTaskHashesShortened() {
    var baseline = Self.full
    baseline.taskHash = "a1b2c3d4e5f6071829"
    var candidate = Self.full
    candidate.taskHash = "c3d4e5f60718293a4b"

    let issues = Comparability.check(
      Self.set(baseline), Self.set(candidate), metrics: ["hellaswag.acc"])

    #expect(issues.map(\.kind) == [.taskHash])
    #expect(
      issues.first?.reason
        == "task hellaswag: the task's data or prompt differ: hash a1b2c3d4... in the baseline, "
        + "c3d4e5f6... in the candidate")
  }

  @Test func ignoresATaskHashOnlyOneSideRecorded() {
    var candidate = Self.full
    candidate.taskHash = "c3d4e5f60718293a4b"
    candidate.promptDigest = "0f1e2d3c4b5a6978"

    let issues = Comparability.check(
      Self.set(Self.full), Self.set(candidate), metrics: ["hellaswag.acc"])

    #expect(issues.isEmpty)
  }

  @Test func reportsDifferentPromptDigests() {
    var baseline = Self.full
    baseline.promptDigest = "0f1e2d3c4b5a6978"
    var candidate = Self.full
    candidate.promptDigest = "8796a5b4c3d2e1f0"

    let issues = Comparability.check(
      Self.set(baseline), Self.set(candidate), metrics: ["hellaswag.acc"])

    #expect(issues.map(\.kind) == [.prompt])
    #expect(issues.first?.baseline == "0f1e2d3c..." && issues.first?.candidate == "8796a5b4...")
  }
}
