import Foundation
import Testing
import TollgateCore

// Comparability issues and derived-metric problems go into verdicts and reports, so a Chinese
// report needs them in Chinese: no run of three English words once names and numbers are set
// aside. The same input in English keeps its English sentence, and both carry the same numbers.

/// A run of three or more English words in `sentence`, ignoring tokens with a digit or an
/// identifier character (`mmlu_stem`, `--limit`, `5-shot`, `mmlu.acc`).
private func englishRun(in sentence: String) throws -> String? {
  let text = sentence.replacing(
    try Regex("[^\\s，、：；（）]*[0-9/._@=\\-][^\\s，、：；（）]*"), with: " ")
  let run = try Regex("[A-Za-z]+(?:[ ,;:'()>]+[A-Za-z]+){2,}")
  return text.firstMatch(of: run).map { String($0.output[0].substring ?? "") }
}

private func numbers(in text: String) throws -> [String] {
  text.matches(of: try Regex("[0-9]+")).map { String($0.output[0].substring ?? "") }.sorted()
}

/// One input per kind of comparability issue and derived-metric problem.
private enum CheckSituation: String, CaseIterable, Sendable {
  case missingFromCandidate, missingFromBaseline, differentVersion, unrecordedVersion
  case differentShots, unrecordedShots, limitedRun, differentDataset, differentSubtasks
  case derivedMissing, derivedCycle, differentTaskHash, differentPrompt

  static let full = TaskConfiguration(
    task: "hellaswag", version: "1", nShot: 10, effectiveSamples: 10042, originalSamples: 10042)

  /// The reasons or problem lines this situation produces in `language`.
  func texts(_ language: Language) -> [String] {
    var candidate = Self.full
    switch self {
    case .missingFromCandidate:
      return check(Self.set(Self.full), Self.set(), language)
    case .missingFromBaseline:
      return check(Self.set(), Self.set(Self.full), language)
    case .differentVersion: candidate.version = "2"
    case .unrecordedVersion: candidate.version = nil
    case .differentShots: candidate.nShot = 0
    case .unrecordedShots: candidate.nShot = nil
    case .limitedRun: candidate.effectiveSamples = 512
    case .differentTaskHash:
      var baseline = Self.full
      baseline.taskHash = "a1b2c3d4e5f60718"
      candidate.taskHash = "c3d4e5f607182930"
      return check(Self.set(baseline), Self.set(candidate), language)
    case .differentPrompt:
      var baseline = Self.full
      baseline.promptDigest = "0f1e2d3c4b5a6978"
      candidate.promptDigest = "8796a5b4c3d2e1f0"
      return check(Self.set(baseline), Self.set(candidate), language)
    case .differentDataset:
      candidate.effectiveSamples = 10000
      candidate.originalSamples = 10000
    case .differentSubtasks:
      let baseline = TaskConfiguration(task: "mmlu", subtasks: ["mmlu_anatomy", "mmlu_law"])
      let other = TaskConfiguration(task: "mmlu", subtasks: ["mmlu_anatomy", "mmlu_stem"])
      let anatomy = TaskConfiguration(task: "mmlu_anatomy")
      return Comparability.check(
        Self.set(baseline, anatomy), Self.set(other, anatomy), metrics: ["mmlu.acc"],
        language: language
      ).filter { $0.kind == .differentSubtasks }.map(\.reason)
    case .derivedMissing:
      let average = DerivedMetric(
        name: "general_avg", meanOf: ["mmlu.acc", "winogrande.acc", "arc_easy.acc"],
        location: nil)
      let evidence = EvidenceSet(label: "candidate", metrics: ["mmlu.acc": MetricValue(value: 0.6)])
      return DerivedMetrics.augment(evidence, with: [average], language: language).problems
    case .derivedCycle:
      let a = DerivedMetric(name: "quality", meanOf: ["overall"], location: nil)
      let b = DerivedMetric(name: "overall", meanOf: ["quality"], location: nil)
      return DerivedMetrics.augment(EvidenceSet(label: "run"), with: [a, b], language: language)
        .problems
    }
    return check(Self.set(Self.full), Self.set(candidate), language)
  }

  private static func set(_ tasks: TaskConfiguration...) -> EvidenceSet {
    EvidenceSet(label: "run", tasks: Dictionary(uniqueKeysWithValues: tasks.map { ($0.task, $0) }))
  }

  private func check(_ baseline: EvidenceSet, _ candidate: EvidenceSet, _ language: Language)
    -> [String]
  {
    Comparability.check(baseline, candidate, metrics: ["hellaswag.acc"], language: language)
      .map(\.reason)
  }
}

@Test(arguments: CheckSituation.allCases)
private func chineseCheckTextCarriesNoEnglishSentence(_ situation: CheckSituation) throws {
  let chinese = situation.texts(.chinese)

  #expect(!chinese.isEmpty)
  for text in chinese {
    #expect(try englishRun(in: text) == nil, "\(situation.rawValue): \(text)")
  }
}

@Test(arguments: CheckSituation.allCases)
private func englishCheckTextFailsTheSameCheck(_ situation: CheckSituation) throws {
  let english = situation.texts(.english)

  #expect(!english.isEmpty)
  for text in english {
    #expect(try englishRun(in: text) != nil, "\(text)")
  }
}

@Test(arguments: CheckSituation.allCases)
private func chineseCheckTextKeepsTheNumbers(_ situation: CheckSituation) throws {
  let english = situation.texts(.english)
  let chinese = situation.texts(.chinese)

  #expect(chinese.count == english.count)
  for (englishText, chineseText) in zip(english, chinese) {
    #expect(try numbers(in: chineseText) == numbers(in: englishText))
  }
}

@Test func chineseIssuesKeepTheirKindAndValues() {
  var candidate = CheckSituation.full
  candidate.nShot = 5
  let baseline = EvidenceSet(label: "b", tasks: ["hellaswag": CheckSituation.full])
  let other = EvidenceSet(label: "c", tasks: ["hellaswag": candidate])

  let english = Comparability.check(baseline, other, metrics: ["hellaswag.acc"])
  let chinese = Comparability.check(baseline, other, metrics: ["hellaswag.acc"], language: .chinese)

  #expect(chinese.map(\.kind) == english.map(\.kind))
  #expect(chinese.map(\.baseline) == english.map(\.baseline))
  #expect(chinese.map(\.description) == ["任务 hellaswag：基线为 10-shot，候选为 5-shot"])
}

@Test func chineseDerivedProblemNamesTheMissingComponents() {
  let problems = CheckSituation.derivedMissing.texts(.chinese)

  #expect(problems == ["candidate：无法计算派生指标 general_avg，缺少 winogrande.acc、arc_easy.acc"])
}
