import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

// Pilot-log issues and evidence notes go into verdicts and reports, so a Chinese report needs them
// in Chinese: no run of three English words once paths, names and numbers are set aside. The
// same input in English keeps the English sentences, and both languages carry the same numbers.

/// A run of three or more English words in `sentence`, ignoring what is no sentence: text in
/// backticks or quotes, `names`, and tokens with a digit or a path or identifier character
/// (`/tmp/x/results.json`, `mmlu_stem`, `--limit`, `5-shot`).
private func englishRun(in sentence: String, names: [String] = []) throws -> String? {
  var text = sentence
  for name in names { text = text.replacingOccurrences(of: name, with: " ") }
  text =
    text
    .replacing(try Regex("`[^`]*`"), with: " ")
    .replacing(try Regex("\"[^\"]*\""), with: " ")
    .replacing(try Regex("[^\\s，、：；（）]*[0-9/._@=\\-][^\\s，、：；（）]*"), with: " ")
  let run = try Regex("[A-Za-z]+(?:[ ,;:'()]+[A-Za-z]+){2,}")
  return text.firstMatch(of: run).map { String($0.output[0].substring ?? "") }
}

/// The numbers in `texts` outside paths (a temporary folder's name differs between runs).
private func numbers(in texts: [String]) throws -> Set<String> {
  let path = try Regex("[^\\s，、：；（）]*/[^\\s，、：；（）]*")
  let digits = try Regex("[0-9]+")
  return Set(
    texts.flatMap {
      $0.replacing(path, with: " ").matches(of: digits).map {
        String($0.output[0].substring ?? "")
      }
    })
}

/// The notes of a fixture of the lm-eval suite.
private func lmEvalFixture(_ name: String, _ language: Language) throws -> [String] {
  let file = Fixtures.repositoryRoot.appendingPathComponent(
    "Tests/TollgateFormatsTests/LMEval/Fixtures/\(name)")
  return try LMEvalReader.read(file: file.path, language: language).notes
}

/// A fixture of the trainer-log suite.
private func ownFixture(_ relative: String) -> URL {
  Fixtures.repositoryRoot.appendingPathComponent(
    "Tests/TollgateFormatsTests/TrainerLogs/Fixtures/\(relative)")
}

/// Inputs that each produce one or more kinds of issue or note.
private enum NoteSituation: String, CaseIterable, Sendable {
  case cutOffJSONLine, notAnObjectAndNoCurrentSteps, backwardSteps, nanLoss, singleEntry
  case onlyFinalSummary, noFinalSummaryAndOtherEpoch, incompleteIterationWithoutHeader
  case cutOffMegatronLine, limitedLMEvalRun, limitWithoutSampleCounts, notAScore
  case newerResultsReplace, skippedNonResultJSON, chosenPilotLog, skippedNonLogFile
  case scoreOutOfRange, negativeStandardError

  static let nanoGPTLine = "iter 2: loss 9.8"

  /// The issues or notes this situation produces in `language`.
  func texts(_ language: Language) throws -> [String] {
    switch self {
    case .cutOffJSONLine:
      return try pilot(
        ownFixture("truncated/trainer_log.jsonl"), language)
    case .backwardSteps:
      return try pilot(
        ownFixture("backwards/trainer_log.jsonl"), language)
    case .nanLoss:
      return try pilot(
        ownFixture("nan-loss/trainer_state.json"), language)
    case .singleEntry:
      return try pilot(real("hf_qwen3_14b_lora_sft_tokens_seen/trainer_log.jsonl"), language)
    case .onlyFinalSummary:
      return try pilot(real("hf_qwen3_14b_lora_sft_tokens_seen/trainer_state.json"), language)
    case .cutOffMegatronLine:
      return try pilot(real("megatron_jubench/jubench_readme_log_excerpt.log"), language)
    case .notAnObjectAndNoCurrentSteps:
      return try inFolder { folder in
        let lines = """
          {"current_steps": 10, "total_steps": 100, "loss": 2.5, "elapsed_time": "0:00:10"}
          [1, 2]
          {"total_steps": 100, "loss": 2.4}
          {"current_steps": 20, "total_steps": 100, "loss": 2.3, "elapsed_time": "0:00:20"}
          """
        return try pilot(write(lines, "trainer_log.jsonl", in: folder), language)
      }
    case .incompleteIterationWithoutHeader:
      return try inFolder { folder in
        let output = """
          iter 0: loss 10.9, time 1200.5ms, mfu -100.00%
          iter 1: loss 10.1, time 300.2ms, mfu 1.20%
          \(Self.nanoGPTLine)
          """
        return try pilot(write(output, "train.log", in: folder), language)
      }
    case .noFinalSummaryAndOtherEpoch:
      return try inFolder { folder in
        let state = real("hf_mistral7b_translator_lora_sft/checkpoint-500_trainer_state.json")
        let copy = folder.appendingPathComponent("trainer_state.json")
        try FileManager.default.copyItem(at: state, to: copy)
        _ = try write(#"{"epoch": 3.0, "train_runtime": 100.0}"#, "all_results.json", in: folder)
        return try pilot(copy, language)
      }
    case .limitedLMEvalRun:
      let file = Fixtures.realData(
        "lm_eval/harness_pr2236_asdiv_lora/meta-llama__Meta-Llama-3.1-8B-Instruct/"
          + "results_2024-08-21T04-31-41.160720.json")
      return try LMEvalReader.read(file: file.path, language: language).notes
    case .limitWithoutSampleCounts:
      return try inFolder { folder in
        let results = #"{"results": {"mmlu": {"acc,none": 0.6}}, "config": {"limit": 10}}"#
        let file = try write(results, "results_2025-01-01T00-00-00.json", in: folder)
        return try LMEvalReader.read(file: file.path, language: language).notes
      }
    case .notAScore:
      return try inFolder { folder in
        let results = """
          {"results": {"arc": 3, "mmlu": {"acc,none": "N/A", "f1,none": null, "mcc,none": [1],
           "acc_norm,none": 0.5}}}
          """
        let file = try write(results, "results_2025-01-01T00-00-00.json", in: folder)
        return try LMEvalReader.read(file: file.path, language: language).notes
      }
    case .scoreOutOfRange:
      return try lmEvalFixture("acc-above-one.json", language)
    case .negativeStandardError:
      return try lmEvalFixture("stderr-negative.json", language)
    case .newerResultsReplace:
      return try inFolder { folder in
        let first = #"{"results": {"mmlu": {"acc,none": 0.6}}, "model_name": "m"}"#
        let rerun = #"{"results": {"mmlu": {"acc,none": 0.5}}, "model_name": "m"}"#
        _ = try write(first, "results_2025-03-03T00-00-00.000000.json", in: folder)
        _ = try write(rerun, "results_2025-03-04T00-00-00.000000.json", in: folder)
        return try EvidenceLocator.lmEvalResults(at: folder.path, language: language).notes
      }
    case .skippedNonResultJSON:
      let folder = Fixtures.realData("lm_eval/saucam_llama3_8b_base_vs_instruct/Meta-Llama-3-8B")
      return try EvidenceLocator.lmEvalResults(at: folder.path, language: language).notes
    case .chosenPilotLog:
      let folder = real("hf_luojiu_7b_base_cpt")
      return try EvidenceLocator.pilotLog(at: folder.path, language: language).notes
    case .skippedNonLogFile:
      return try inFolder { folder in
        _ = try write("Notes on the run, written by hand.\n", "notes.txt", in: folder)
        try FileManager.default.copyItem(
          at: real("nanogpt/ChenZihua-cn_nanoGPT_train.log"),
          to: folder.appendingPathComponent("train.log"))
        return try EvidenceLocator.pilotLog(at: folder.path, language: language).notes
      }
    }
  }

  /// Whether the Chinese text keeps every number of the English one; the skip notes leave out
  /// the rejecting error's English message and the numbers in it.
  var keepsEveryNumber: Bool { self != .skippedNonResultJSON && self != .skippedNonLogFile }

  private func real(_ relative: String) -> URL { Fixtures.realData("trainer_logs/\(relative)") }

  private func pilot(_ file: URL, _ language: Language) throws -> [String] {
    try PilotLogReader.read(file: file.path, language: language).issues
  }

  private func inFolder(_ body: (URL) throws -> [String]) throws -> [String] {
    let folder = try Fixtures.temporaryDirectory("evidence-notes")
    defer { try? FileManager.default.removeItem(at: folder) }
    return try body(folder)
  }

  private func write(_ text: String, _ name: String, in folder: URL) throws -> URL {
    let file = folder.appendingPathComponent(name)
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }
}

@Test(arguments: NoteSituation.allCases)
private func chineseNotesCarryNoEnglishSentence(_ situation: NoteSituation) throws {
  let chinese = try situation.texts(.chinese)

  #expect(!chinese.isEmpty)
  for text in chinese {
    let run = try englishRun(in: text, names: [NoteSituation.nanoGPTLine])
    #expect(run == nil, "\(situation.rawValue): \(text)")
  }
}

@Test(arguments: NoteSituation.allCases)
private func englishNotesFailTheSameCheck(_ situation: NoteSituation) throws {
  let english = try situation.texts(.english)

  #expect(!english.isEmpty)
  for text in english {
    #expect(try englishRun(in: text, names: [NoteSituation.nanoGPTLine]) != nil, "\(text)")
  }
}

@Test func englishIsTheDefaultLanguageOfIssuesAndNotes() throws {
  let truncated = ownFixture("truncated/trainer_log.jsonl").path
  let results = Fixtures.realData("lm_eval/saucam_llama3_8b_base_vs_instruct/Meta-Llama-3-8B")
  let limited = Fixtures.realData(
    "lm_eval/harness_pr2236_asdiv_lora/meta-llama__Meta-Llama-3.1-8B-Instruct/"
      + "results_2024-08-21T04-31-41.160720.json")
  let run = Fixtures.realData("trainer_logs/hf_luojiu_7b_base_cpt")

  #expect(
    try PilotLogReader.read(file: truncated).issues == NoteSituation.cutOffJSONLine.texts(.english))
  #expect(
    try EvidenceLocator.lmEvalResults(at: results.path).notes
      == NoteSituation.skippedNonResultJSON.texts(.english))
  #expect(
    try LMEvalReader.read(file: limited.path).notes
      == NoteSituation.limitedLMEvalRun.texts(.english))
  #expect(
    try EvidenceLocator.pilotLog(at: run.path).notes == NoteSituation.chosenPilotLog.texts(.english)
  )
}

@Test(arguments: NoteSituation.allCases)
private func chineseNotesKeepTheNumbersAndTheCount(_ situation: NoteSituation) throws {
  let english = try situation.texts(.english)
  let chinese = try situation.texts(.chinese)

  #expect(chinese.count == english.count)
  if situation.keepsEveryNumber {
    #expect(try numbers(in: chinese) == numbers(in: english))
  }
}

@Test func chineseCutOffLineReadsNaturally() throws {
  let issues = try NoteSituation.cutOffJSONLine.texts(.chinese)

  #expect(issues.contains("第 21 行被截断（不是完整的 JSON），已跳过最后一条记录"))
}

@Test func englishCheckSparesPathsNamesAndNumbers() throws {
  #expect(try englishRun(in: "/tmp/run/results.json 不是 lm-eval 结果，已跳过") == nil)
  #expect(try englishRun(in: "第 87 行被截断（不是完整的 JSON）") == nil)
  #expect(try englishRun(in: "任务 mmlu：only the baseline") != nil)
}
