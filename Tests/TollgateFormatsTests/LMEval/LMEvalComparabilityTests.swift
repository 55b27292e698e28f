import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// The comparability check on real pairs of results read from disk.
@Suite struct LMEvalComparabilityTests {
  static func evidence(_ relative: String) throws -> EvidenceSet {
    try EvidenceLocator.lmEvalResults(at: Fixtures.realData("lm_eval/\(relative)").path).evidence
  }

  @Test func findsGemmaBaseAndInstructComparable() throws {
    let base = try Self.evidence("harness_pr2809_base_vs_it/google__gemma-2-2b")
    let instruct = try Self.evidence("harness_pr2809_base_vs_it/google__gemma-2-2b-it")

    let issues = Comparability.check(
      base, instruct, metrics: ["mmlu.acc", "hellaswag.acc_norm", "arc_challenge.acc"])

    #expect(issues.isEmpty)
  }

  @Test func flagsBothSidesOfLimitedAsdivRuns() throws {
    let base = try Self.evidence(
      "harness_pr2236_asdiv_lora/meta-llama__Meta-Llama-3.1-8B-Instruct")
    let adapter = try Self.evidence(
      "harness_pr2236_asdiv_lora/"
        + "prompt-pursuit__results__aug17__gsm8k_8shot_pursue_numq_1000_r16_lr1e-6__epoch_5")

    let issues = Comparability.check(
      base, adapter, metrics: ["asdiv_cot_llama.exact_match@strict-match"])

    // The Llama 3.1 run hashes asdiv_cot_llama differently from the Llama 3 adapter's run
    // (6d0e329e... against f6cb58cd...): the chat template differs, so the prompts do.
    #expect(issues.map(\.kind) == [.limitedRun, .limitedRun, .taskHash])
    let limited = issues.filter { $0.kind == .limitedRun }
    #expect(limited.allSatisfy { $0.baseline == "512 of 2305" && $0.candidate == "512 of 2305" })
    #expect(issues.last?.baseline == "6d0e329e..." && issues.last?.candidate == "f6cb58cd...")
  }

  @Test func flagsDifferentShotsBetweenSaucamAndGemmaMMLU() throws {
    let saucam = try Self.evidence("saucam_llama3_8b_base_vs_instruct/Meta-Llama-3-8B")
    let gemma = try Self.evidence("harness_pr2809_base_vs_it/google__gemma-2-2b")

    let issues = Comparability.check(saucam, gemma, metrics: ["mmlu.acc"])

    // saucam ran MMLU 5-shot (Open LLM Leaderboard), the harness PR 0-shot.
    let anatomy = issues.filter { $0.task == "mmlu_anatomy" }
    #expect(anatomy.map(\.kind) == [.differentShots, .differentVersion])
    #expect(
      anatomy.first?.reason == "task mmlu_anatomy: 5-shot in the baseline, 0-shot in the candidate")
  }

  @Test func findsOldLayoutLlama7BAnd13BComparable() throws {
    let small = try Self.evidence("harness_v03_old_format/llama-7B")
    let large = try Self.evidence("harness_v03_old_format/llama-13B")

    let issues = Comparability.check(small, large, metrics: ["hellaswag.acc_norm", "gsm8k.acc"])

    #expect(issues.isEmpty)
  }
}
