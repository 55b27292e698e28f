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
}
