import Foundation
import Testing
import TollgateTestSupport

/// The parser and help as a user meets them: through the built binary.
@Suite struct CommandLineTests {
  @Test func rootHelpListsEveryCommandAndExitsZero() throws {
    let run = try TollgateBinary.run(["--help"])

    #expect(run.exitCode == 0)
    #expect(run.stdout.hasPrefix("OVERVIEW: "))
    for command in ["init", "card", "decide", "tokens", "data"] {
      #expect(run.stdout.contains("\n  \(command) "), "help lists \(command)")
    }
    #expect(run.stderr.isEmpty)
  }

  @Test func noArgumentsPrintsHelp() throws {
    let run = try TollgateBinary.run([])

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("USAGE: tollgate <subcommand>"))
  }

  @Test func mistypedCommandSuggestsTheNearestAndExits64() throws {
    let run = try TollgateBinary.run(["decdie"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("error: unknown command 'decdie'; did you mean 'decide'?"))
    #expect(run.stderr.contains("See 'tollgate --help'."))
    #expect(run.stdout.isEmpty)
  }

  @Test func unknownCommandFarFromAnyGetsNoSuggestion() throws {
    let run = try TollgateBinary.run(["xyzzyplugh"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("unknown command 'xyzzyplugh'\n"))
  }

  @Test func versionPrintsTheVersion() throws {
    let run = try TollgateBinary.run(["--version"])

    #expect(run.exitCode == 0)
    #expect(run.stdout.hasPrefix("tollgate "))
  }

  @Test(arguments: ["init", "card", "decide", "tokens", "data"])
  func everyCommandHasHelpInOneShape(_ command: String) throws {
    let run = try TollgateBinary.run([command, "--help"])

    #expect(run.exitCode == 0)
    #expect(run.stdout.hasPrefix("OVERVIEW: "))
    #expect(run.stdout.contains("\n\nUSAGE: tollgate \(command)"))
  }

  @Test(arguments: [
    (["tokens", "count"], "--tokenizer <PATH>"), (["data", "snapshot"], "--name <NAME>"),
  ])
  func requiredOptionIsShownWithoutBrackets(command: [String], option: String) throws {
    let run = try TollgateBinary.run(command + ["--help"])

    let usage = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("USAGE:") })
    #expect(usage.contains(" \(option) "))
    #expect(!usage.contains("[\(option)]"))
    #expect(usage.contains("[--json]"))
  }

  @Test func requiredOptionMissingUnderJSONPrintsTheUsageErrorDocument() throws {
    let run = try TollgateBinary.run(["tokens", "count", "--json", "corpus.jsonl"])

    let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let error = document?["error"] as? [String: Any]
    #expect(run.exitCode == 64)
    #expect(error?["code"] as? String == "usage")
    #expect(error?["message"] as? String == "missing required option --tokenizer <PATH>")
  }

  @Test func everyLineOfAMultiLineOptionHelpStartsAtTheDescriptionColumn() throws {
    let run = try TollgateBinary.run(["tokens", "count", "--help"])

    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    let sample = try #require(lines.firstIndex { $0.hasPrefix("  --sample <FRACTION>") })
    let description = try #require(lines[sample].range(of: "Tokenize"))
    let column = lines[sample].distance(from: lines[sample].startIndex, to: description.lowerBound)
    let next = lines[sample + 1]
    #expect(next.prefix(column).allSatisfy { $0 == " " })
    #expect(next.dropFirst(column).hasPrefix("estimate the total"))
  }

  @Test(arguments: ["decide", "card check", "data scan", "tokens count", "init"])
  func everyCommandsHelpListsTheCommonExitCodes(_ command: String) throws {
    let run = try TollgateBinary.run(command.split(separator: " ").map(String.init) + ["--help"])

    let codes = run.stdout.components(separatedBy: "EXIT CODES:\n").last ?? ""
    for code in ["2", "64", "130"] {
      #expect(codes.contains("\n  \(code) ") || codes.hasPrefix("  \(code) "), "exit \(code)")
    }
  }
}
