import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Figures read by hand from the real results files (Tests/Fixtures/realdata/lm_eval).
@Suite struct LMEvalReaderTests {
  static let gemmaBase = Fixtures.realData(
    "lm_eval/harness_pr2809_base_vs_it/google__gemma-2-2b/results_2025-03-03T02-29-42.286969.json")
  static let asdivLimited = Fixtures.realData(
    "lm_eval/harness_pr2236_asdiv_lora/meta-llama__Meta-Llama-3-8B-Instruct/"
      + "results_2024-08-21T04-27-29.701325.json")
  static let llama7BCommonSense = Fixtures.realData(
    "lm_eval/harness_v03_old_format/llama-7B/llama-7B_common_sense_reasoning_0-shot.json")

  @Test func readsGroupMetricWithStandardError() throws {
    let file = try LMEvalReader.read(file: Self.gemmaBase.path)

    let mmlu = try #require(file.evidence.metrics["mmlu.acc"])

    #expect(mmlu.value == 0.4960831790343256)
    #expect(mmlu.standardError == 0.00407033288102018)
  }

  @Test func addressesNormalisedAccuracyAsTaskDotMetric() throws {
    let file = try LMEvalReader.read(file: Self.gemmaBase.path)

    let hellaswag = try #require(file.evidence.metrics["hellaswag.acc_norm"])

    #expect(hellaswag.value == 0.7303326030671181)
    #expect(hellaswag.standardError == 0.004428800140740042)
    #expect(hellaswag.sampleCount == 10042)
  }

  @Test func makesSubtasksAndSubgroupsAddressable() throws {
    let file = try LMEvalReader.read(file: Self.gemmaBase.path)

    let metrics = file.evidence.metrics

    #expect(metrics["mmlu_stem.acc"]?.value == 0.4291151284490961)
    #expect(metrics["mmlu_anatomy.acc"]?.sampleCount == 135)
  }

  @Test func sumsGroupSampleCountsOverLeafSubtasks() throws {
    let file = try LMEvalReader.read(file: Self.gemmaBase.path)

    let mmlu = try #require(file.evidence.tasks["mmlu"])

    // 57 MMLU subjects, 14,042 test questions; the group's own n-shot entry is absent.
    #expect(mmlu.effectiveSamples == 14042)
    #expect(mmlu.originalSamples == 14042)
    #expect(mmlu.nShot == 0)
    #expect(mmlu.version == "2")
    #expect(
      Set(mmlu.subtasks) == ["mmlu_stem", "mmlu_other", "mmlu_social_sciences", "mmlu_humanities"])
  }

  @Test func addressesFiltersOtherThanNoneWithAtSign() throws {
    let file = try LMEvalReader.read(file: Self.asdivLimited.path)

    let metrics = file.evidence.metrics

    #expect(metrics["asdiv_cot_llama.exact_match@strict-match"]?.value == 0.884765625)
    #expect(metrics["asdiv_cot_llama.exact_match@flexible-extract"]?.value == 0.88671875)
    #expect(metrics["asdiv_cot_llama.exact_match"] == nil)
  }

  @Test func takesSampleCountFromEffectiveSamplesOfALimitedRun() throws {
    let file = try LMEvalReader.read(file: Self.asdivLimited.path)

    let task = try #require(file.evidence.tasks["asdiv_cot_llama"])

    #expect(task.effectiveSamples == 512)
    #expect(task.originalSamples == 2305)
    #expect(task.nShot == 8)
    #expect(task.version == "1")
    #expect(file.evidence.metrics["asdiv_cot_llama.exact_match@strict-match"]?.sampleCount == 512)
    #expect(file.notes.contains { $0.contains("512 of 2305 samples") })
  }

  @Test func readsOldLayoutWithoutFilterSuffix() throws {
    let file = try LMEvalReader.read(file: Self.llama7BCommonSense.path)

    let hellaswag = try #require(file.evidence.metrics["hellaswag.acc_norm"])

    #expect(file.layout == .legacy)
    #expect(hellaswag.value == 0.7298346942840072)
    #expect(hellaswag.standardError == 0.004431375549911366)
    #expect(file.evidence.tasks["boolq"]?.version == "1")
    #expect(file.evidence.tasks["boolq"]?.nShot == 0)
  }

  @Test func keepsOldLayoutMetricsThatHaveNoStandardError() throws {
    let file = try LMEvalReader.read(file: Self.llama7BCommonSense.path)

    let f1 = try #require(file.evidence.metrics["mc_taco.f1"])

    #expect(f1.value == 0.4827075067316446)
    #expect(f1.standardError == nil)
  }

  @Test func takesOldLayoutShotsFromTheRunConfig() throws {
    let path = Fixtures.realData(
      "lm_eval/harness_v03_old_format/llama-13B/llama-13B_mmlu_5-shot.json")

    let file = try LMEvalReader.read(file: path.path)

    #expect(file.evidence.tasks["hendrycksTest-anatomy"]?.nShot == 5)
  }

  @Test func readsNotAvailableStandardErrorAsNil() throws {
    let path = Fixtures.beside("stderr-not-available.json")

    let file = try LMEvalReader.read(file: path.path)

    #expect(file.evidence.metrics["mmlu.acc"]?.value == 0.4960831790343256)
    #expect(file.evidence.metrics["mmlu.acc"]?.standardError == nil)
  }

  @Test func labelsTheSetWithTheModelName() throws {
    let file = try LMEvalReader.read(file: Self.gemmaBase.path)

    #expect(file.evidence.label == "google/gemma-2-2b")
    #expect(file.model == "google/gemma-2-2b")
  }

  @Test func takesRecordingTimeFromTheFileName() throws {
    let file = try LMEvalReader.read(file: Self.gemmaBase.path)

    // results_2025-03-03T02-29-42.286969.json, read as UTC.
    let seconds = try #require(file.recordedAt?.timeIntervalSince1970)
    #expect(abs(seconds - 1_740_968_982.286969) < 0.001)
  }

  @Test func namesTheFileAndTheRawKeyAsSource() throws {
    let file = try LMEvalReader.read(file: Self.asdivLimited.path)

    let source = file.evidence.metrics["asdiv_cot_llama.exact_match@strict-match"]?.source

    #expect(
      source == "results_2024-08-21T04-27-29.701325.json: asdiv_cot_llama exact_match,strict-match")
  }
}
