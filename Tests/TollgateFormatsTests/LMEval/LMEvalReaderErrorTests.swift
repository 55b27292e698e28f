import Foundation
import Testing
import TollgateCore
import TollgateFormats
import TollgateTestSupport

/// Bad input: each fixture has exactly one defect, and each error names the file and a fix.
@Suite struct LMEvalReaderErrorTests {
  private func error(reading path: String) throws -> TollgateError {
    do {
      _ = try LMEvalReader.read(file: path)
    } catch let error as TollgateError {
      return error
    }
    Issue.record("reading \(path) did not fail")
    throw CancellationError()
  }

  @Test func rejectsJSONThatIsNotAnLMEvalResultNamingWhatIsMissing() throws {
    let path = Fixtures.realData(
      "lm_eval/saucam_llama3_8b_base_vs_instruct/Meta-Llama-3-8B/summary_openllm.json"
    ).path

    let error = try error(reading: path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("no `results` object"))
    #expect(error.message.contains("elapsed_time, gpu"))
    #expect(error.location?.file == path)
    #expect(error.hint != nil)
  }

  @Test func rejectsResultsThatAreNotAnObject() throws {
    let error = try error(reading: Fixtures.beside("results-not-an-object.json").path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("`results` is a JSON array"))
  }

  @Test func rejectsAnEmptyResultsObject() throws {
    let error = try error(reading: Fixtures.beside("results-empty.json").path)

    #expect(error.code == .invalidContent)
  }

  @Test func rejectsTruncatedJSONAsEndingEarly() throws {
    let error = try error(reading: Fixtures.beside("truncated.json").path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("ends early"))
    #expect((error.location?.line ?? 0) > 1)
  }

  @Test func pointsAtTheLineAndColumnOfASyntaxError() throws {
    let error = try error(reading: Fixtures.beside("missing-comma.json").path)

    // The missing comma shows at the next key, line 5, column 7.
    #expect(error.location?.line == 5)
    #expect(error.location?.column == 7)
    #expect(error.message == "not valid JSON: Invalid value at `\"acc_stderr\": 0.00748825`")
  }

  @Test func rejectsAnEmptyFile() throws {
    let error = try error(reading: Fixtures.beside("empty.json").path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("empty"))
  }

  @Test func rejectsInvalidUTF8AtTheOffendingByte() throws {
    let error = try error(reading: Fixtures.beside("invalid-utf8.json").path)

    #expect(error.code == .malformed)
    #expect(error.message.contains("not UTF-8"))
    #expect(error.message.contains("0xFF"))
    #expect((error.location?.line ?? 0) > 1)
  }

  @Test func rejectsAPathThatDoesNotExist() throws {
    let error = try error(reading: Fixtures.beside("no-such-results.json").path)

    #expect(error.code == .unreadable)
    #expect(error.message.contains("no such file"))
  }

  @Test func rejectsAFolderGivenAsAFile() throws {
    let error = try error(reading: Fixtures.beside("").path)

    #expect(error.code == .unreadable)
  }
}
