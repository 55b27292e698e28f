import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Results that parse but hold something impossible or ambiguous: each fixture is `lambada.json`
/// (the gemma-2-2b-it lambada_openai row) with exactly one change.
@Suite struct LMEvalSuspectResultTests {
  private func read(_ name: String, language: Language = .english) throws -> LMEvalFile {
    try LMEvalReader.read(file: Fixtures.beside(name).path, language: language)
  }

  private func error(reading name: String) throws -> TollgateError {
    do {
      _ = try read(name)
    } catch let error as TollgateError {
      return error
    }
    Issue.record("reading \(name) did not fail")
    throw CancellationError()
  }

  @Test func readsTheUnchangedFixtureWithoutNotes() throws {
    let file = try read("lambada.json")

    #expect(file.notes.isEmpty)
    #expect(file.evidence.metrics["lambada_openai.acc"]?.value == 0.6411798952066757)
  }

  @Test func notesAnAccuracyAboveOneAndStillReadsIt() throws {
    let file = try read("acc-above-one.json")

    #expect(
      file.notes == [
        "acc-above-one.json: lambada_openai acc,none is 1.7, outside the 0 to 1 such a score can "
          + "take; read as written, but check the file"
      ])
    #expect(file.evidence.metrics["lambada_openai.acc"]?.value == 1.7)
  }

  @Test func notesAnAccuracyAboveOneInChinese() throws {
    let file = try read("acc-above-one.json", language: .chinese)

    #expect(
      file.notes == [
        "acc-above-one.json：lambada_openai 的 acc,none 为 1.7，超出了此类分数可能的范围（0 到 1）；"
          + "已按原值读取，请检查文件"
      ])
  }

  @Test func notesNoScoreOutOfRangeInAnyRealResult() throws {
    let root = Fixtures.realData("lm_eval")
    let files =
      FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".json") && !$0.hasSuffix("summary_openllm.json") } ?? []

    #expect(files.count > 10)
    for name in files {
      let notes = try LMEvalReader.read(file: root.appendingPathComponent(name).path).notes
      #expect(!notes.contains { $0.contains("such a score can take") }, "\(name)")
    }
  }

  @Test func notesANegativeStandardErrorAndDropsIt() throws {
    let file = try read("stderr-negative.json")

    #expect(
      file.notes == [
        "stderr-negative.json: lambada_openai acc_stderr,none is -0.5; a standard error cannot "
          + "be negative, so the score is read without one"
      ])
    #expect(file.evidence.metrics["lambada_openai.acc"]?.standardError == nil)
    #expect(file.evidence.metrics["lambada_openai.acc"]?.value == 0.6411798952066757)
  }

  @Test func readsAStandardErrorOfNASilentlyAsNone() throws {
    let file = try read("stderr-not-available.json")

    #expect(file.notes.isEmpty)
    #expect(file.evidence.metrics["mmlu.acc"]?.standardError == nil)
  }

  @Test func rejectsATaskNamedTwiceInResultsNamingBothLines() throws {
    let error = try error(reading: "results-duplicate-task.json")

    #expect(error.code == .malformed)
    #expect(
      error.message
        == "`results` names task lambada_openai twice (lines 3 and 4); which score holds "
        + "cannot be told")
    #expect(error.location?.line == 4)
    #expect(error.location?.column == 5)
  }

  @Test func rejectsAMetricNamedTwiceInOneTask() throws {
    let error = try error(reading: "results-duplicate-metric.json")

    #expect(
      error.message
        == "task lambada_openai in `results` names acc,none twice (lines 5 and 6); which score "
        + "holds cannot be told")
  }

  @Test func acceptsTheSameKeyInDifferentObjects() throws {
    // `acc,none` and `alias` recur in every task's row, and task names recur across sections.
    let file = try LMEvalReader.read(
      file: Fixtures.realData(
        "lm_eval/harness_pr2809_base_vs_it/google__gemma-2-2b-it/"
          + "results_2025-03-02T04-43-48.956379.json"
      ).path)

    #expect(file.evidence.metrics.count == 86)
  }

  @Test func recordsTheTaskHashOfTheFile() throws {
    let file = try read("lambada.json")

    #expect(
      file.evidence.tasks["lambada_openai"]?.taskHash
        == "4f4e2d1c9a7b3e5f60718293a4b5c6d7e8f90112233445566778899aabbccdde")
  }

  @Test func flagsAChangedPromptTemplateAsIncomparable() throws {
    let original = try read("lambada.json").evidence
    let changed = try read("prompt-changed.json").evidence

    let issues = Comparability.check(original, changed, metrics: ["lambada_openai.acc"])

    #expect(issues.map(\.kind) == [.prompt])
  }

  @Test func flagsAChangedTaskHashAsIncomparable() throws {
    let original = try read("lambada.json").evidence
    let changed = try read("task-hash-changed.json").evidence

    let issues = Comparability.check(original, changed, metrics: ["lambada_openai.acc"])

    #expect(issues.map(\.kind) == [.taskHash])
    #expect(
      issues.first?.reason
        == "task lambada_openai: the task's data or prompt differ: hash 4f4e2d1c... in the "
        + "baseline, 0c1d2e3f... in the candidate")
  }
}
