import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Odd logs are read with issues; files that are no log at all are errors naming what was
/// expected. Each fixture has exactly one defect.
@Suite struct PilotLogReaderErrorTests {
  private func error(reading path: String) throws -> TollgateError {
    do {
      _ = try PilotLogReader.read(file: path)
    } catch let error as TollgateError {
      return error
    }
    Issue.record("reading \(path) did not fail")
    throw CancellationError()
  }

  @Test func recordsACutOffLastLineAndKeepsTheRest() throws {
    let log = try PilotLogReader.read(file: Fixtures.beside("truncated/trainer_log.jsonl").path)

    #expect(log.steps.count == 20)
    #expect(log.steps.last?.step == 200)
    #expect(log.issues == ["line 21 is cut off (not complete JSON); the last entry was skipped"])
  }

  @Test func recordsStepsThatGoBackwards() throws {
    let log = try PilotLogReader.read(file: Fixtures.beside("backwards/trainer_log.jsonl").path)

    #expect(log.steps.map(\.step) == [10, 20, 30, 40, 30, 40])
    #expect(log.issues.count == 1)
    #expect(log.issues.first?.contains("step 30 is logged after step 40") == true)
  }

  @Test func readsPythonNaNInATrainerState() throws {
    let log = try PilotLogReader.read(file: Fixtures.beside("nan-loss/trainer_state.json").path)

    #expect(log.steps.count == 5)
    #expect(log.steps[3].loss == nil)
    #expect(log.steps[4].loss == 2.1159)
    #expect(
      log.issues.contains { $0.contains("NaN or infinite at 1 logged step(s), first at step 40") })
  }

  @Test func rejectsAnEmptyLog() throws {
    let error = try error(reading: Fixtures.beside("empty.log").path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("empty"))
  }

  @Test func rejectsInvalidUTF8() throws {
    let error = try error(reading: Fixtures.beside("invalid-utf8.log").path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("not UTF-8"))
    #expect(error.location?.line == 12)
    #expect(error.location?.column == 1)
  }

  @Test func rejectsAPathThatDoesNotExist() throws {
    let error = try error(reading: Fixtures.beside("no-such-run/trainer_state.json").path)

    #expect(error.code == .unreadable)
  }

  @Test func rejectsAModelCardAsNotALogNamingTheExpectedFormats() throws {
    let path = Fixtures.realData("trainer_logs/hf_luojiu_7b_base_cpt/MODEL_CARD_README.md").path

    let error = try error(reading: path)

    #expect(error.code == .malformed)
    #expect(error.location?.file == path)
    #expect(error.message.contains("trainer_state.json"))
    #expect(error.message.contains("trainer_log.jsonl"))
  }

  @Test func pointsARunSummaryAtTheTrainerStateBesideIt() throws {
    let path = Fixtures.realData("trainer_logs/hf_luojiu_7b_base_cpt/all_results.json").path

    let error = try error(reading: path)

    #expect(error.hint?.contains("pass trainer_state.json beside it") == true)
  }

  @Test func pointsTrainerConsoleOutputAtTheTrainerState() throws {
    let path = Fixtures.realData("trainer_logs/hf_cpt_large_seq2seq/cmd.txt").path

    let error = try error(reading: path)

    #expect(error.hint?.contains("console output") == true)
  }
}
