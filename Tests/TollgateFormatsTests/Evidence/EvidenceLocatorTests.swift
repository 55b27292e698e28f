import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

@Suite struct EvidenceLocatorTests {
  static let saucamBase = Fixtures.realData(
    "lm_eval/saucam_llama3_8b_base_vs_instruct/Meta-Llama-3-8B")

  @Test func mergesPerTaskFilesOfAFolder() throws {
    let located = try EvidenceLocator.lmEvalResults(at: Self.saucamBase.path)

    let metrics = located.evidence.metrics

    #expect(located.files.count == 6)
    #expect(metrics["arc_challenge.acc_norm"]?.value == 0.5750853242320819)
    #expect(metrics["gsm8k.exact_match@strict-match"]?.value == 0.5087187263078089)
    #expect(metrics["mmlu.acc"]?.value == 0.6504059250818972)
    #expect(metrics["truthfulqa_mc2.acc"]?.value == 0.4393046477915496)
    #expect(located.evidence.label == "meta-llama/Meta-Llama-3-8B")
  }

  @Test func skipsJSONThatIsNotAResultWithANote() throws {
    let located = try EvidenceLocator.lmEvalResults(at: Self.saucamBase.path)

    #expect(!located.files.contains { $0.hasSuffix("summary_openllm.json") })
    #expect(located.notes.contains { $0.contains("summary_openllm.json is not an lm-eval result") })
  }

  @Test func refusesAFolderWithResultsOfSeveralModels() throws {
    let folder = Fixtures.realData("lm_eval/harness_pr2236_asdiv_lora").path

    let error = #expect(throws: TollgateError.self) {
      try EvidenceLocator.lmEvalResults(at: folder)
    }

    #expect(error?.code == .invalidContent)
    #expect(error?.message.contains("results of 5 models") == true)
  }

  @Test func letsTheNewerResultsFileWinForTheSameMetric() throws {
    let folder = try Fixtures.temporaryDirectory("evidence")
    defer { try? FileManager.default.removeItem(at: folder) }
    let gemma = Fixtures.realData(
      "lm_eval/harness_pr2809_base_vs_it/google__gemma-2-2b/results_2025-03-03T02-29-42.286969.json"
    )
    try FileManager.default.copyItem(
      at: gemma, to: folder.appendingPathComponent(gemma.lastPathComponent))
    let rerun = """
      {"results": {"mmlu": {"acc,none": 0.5, "acc_stderr,none": 0.004, "alias": "mmlu"}},
       "model_name": "google/gemma-2-2b"}
      """
    try rerun.write(
      to: folder.appendingPathComponent("results_2025-03-04T00-00-00.000000.json"),
      atomically: true, encoding: .utf8)

    let located = try EvidenceLocator.lmEvalResults(at: folder.path)

    #expect(located.evidence.metrics["mmlu.acc"]?.value == 0.5)
    #expect(located.evidence.metrics["hellaswag.acc"]?.value == 0.5498904600677156)
    #expect(located.notes.contains { $0.contains("its 1 metric(s) replace the older values") })
  }

  @Test func refusesABrokenResultsFileInAFolder() throws {
    let folder = try Fixtures.temporaryDirectory("evidence")
    defer { try? FileManager.default.removeItem(at: folder) }
    try "{\"results\": {".write(
      to: folder.appendingPathComponent("results_2025-01-01T00-00-00.json"), atomically: true,
      encoding: .utf8)

    #expect(throws: TollgateError.self) { try EvidenceLocator.lmEvalResults(at: folder.path) }
  }

  @Test func refusesAFolderWithoutResults() throws {
    let folder = Fixtures.realData("trainer_logs/megatron_jubench").path

    let error = #expect(throws: TollgateError.self) {
      try EvidenceLocator.lmEvalResults(at: folder)
    }

    #expect(error?.code == .invalidContent)
  }

  @Test func refusesAnEvidencePathThatDoesNotExist() throws {
    let error = #expect(throws: TollgateError.self) {
      try EvidenceLocator.lmEvalResults(at: "/nonexistent/evidence/baseline")
    }

    #expect(error?.code == .unreadable)
    #expect(error?.location?.file == "/nonexistent/evidence/baseline")
  }

  @Test func prefersTheTrainerStateInARunFolder() throws {
    let folder = Fixtures.realData("trainer_logs/hf_luojiu_7b_base_cpt").path

    let located = try EvidenceLocator.pilotLog(at: folder)

    #expect(located.log.format == "hf-trainer-state")
    #expect(located.log.source.hasSuffix("hf_luojiu_7b_base_cpt/trainer_state.json"))
    #expect(located.notes.contains { $0.contains("not read: trainer_log.jsonl") })
  }

  @Test func readsASingleResultsFileGivenByPath() throws {
    let path = Fixtures.realData(
      "lm_eval/harness_v03_old_format/llama-13B/llama-13B_gsm8k_8-shot.json"
    ).path

    let located = try EvidenceLocator.lmEvalResults(at: path, label: "baseline")

    #expect(located.files == [path])
    #expect(located.evidence.label == "baseline")
    #expect(located.evidence.metrics.keys.sorted() == ["gsm8k.acc"])
  }

  @Test func findsNanoGPTOutputInAFolderWithoutTrainerFiles() throws {
    let folder = Fixtures.realData("trainer_logs/nanogpt").path

    let located = try EvidenceLocator.pilotLog(at: folder)

    #expect(located.log.format == "nanogpt-stdout")
  }

  @Test func refusesAFolderWithoutALog() throws {
    let folder = Fixtures.realData("lm_eval/harness_v03_old_format/llama-7B").path

    let error = #expect(throws: TollgateError.self) { try EvidenceLocator.pilotLog(at: folder) }

    #expect(error?.code == .invalidContent)
  }
}
