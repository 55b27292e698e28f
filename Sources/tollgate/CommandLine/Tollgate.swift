import Foundation
import TollgateCore

/// The program: parses the command line, runs the command, reports errors, returns the exit code.
enum Tollgate {
  static let version = "0.1.0"

  /// Every command, in the order `tollgate --help` lists them.
  static let root = CommandSpec(
    name: "tollgate",
    abstract: "The go / no-go gate for continued pretraining of a language model.",
    discussion: """
      Write a decision card first, check it, then let Tollgate walk the decision path over your
      evidence (lm-eval results, a pilot's trainer log) and print the verdict:

        tollgate init my-decision
        tollgate card check my-decision/card.yaml
        tollgate decide my-decision/card.yaml

      Exit codes everywhere: 0 go or check passed, 1 no-go, 2 could not finish (unreadable
      input, I/O), 3 undecided (not enough evidence), 64 usage error, 130 interrupted. With
      --json, exits 2, 64 and 130 print {"schemaVersion": 1, "error": {...}} on stdout (code,
      exitCode, message, and file, line, column, hint where known); stderr says it in words.
      NO_COLOR turns colour off; TOLLGATE_LOG_LEVEL and TOLLGATE_LANG set defaults.
      """,
    subcommands: [
      InitCommand.spec, CardCommand.spec, DecideCommand.spec, TokensCommand.spec,
      DataCommand.spec,
    ])

  static func main(_ arguments: [String]) async -> Int32 {
    let environment = ProcessInfo.processInfo.environment
    if arguments == ["--version"] {
      FileHandle.standardOutput.write(Data("tollgate \(version)\n".utf8))
      return ExitCode.success
    }

    let parser = ArgumentParser(root: root)
    let outcome: ArgumentParser.Outcome
    do {
      outcome = try parser.parse(arguments, environment: environment)
    } catch let error as UsageError {
      let command = root.descendant(error.command) ?? root
      reportUsage(error, json: JSONErrorDocument.isRequested(in: arguments, for: command))
      return ExitCode.usage
    } catch {
      FileHandle.standardError.write(Data("error: \(error)\n".utf8))
      return ExitCode.usage
    }

    switch outcome {
    case .help(let path):
      let command = root.descendant(path) ?? root
      FileHandle.standardOutput.write(
        Data(HelpFormatter().help(for: command, path: path).utf8))
      return ExitCode.success
    case .run(let command, let parsed):
      let context = makeContext(parsed, environment: environment)
      return await run(command, parsed, context)
    }
  }

  private static func run(
    _ command: CommandSpec, _ parsed: ParsedCommand, _ context: CommandContext
  ) async -> Int32 {
    guard let action = command.run else { return ExitCode.usage }
    // The parser accepts `--json` only from commands that declare it.
    let json = parsed.flag(OptionSpec.json.name)
    if json { Interrupts.printJSONOnSignal() }
    do {
      return try await action(parsed, context)
    } catch let error as TollgateError {
      context.writeError(error.description + "\n")
      let exitCode = error.code == .usage ? ExitCode.usage : ExitCode.couldNotFinish
      if json { printErrorDocument(JSONErrorDocument(error, exitCode: exitCode)) }
      return exitCode
    } catch let error as UsageError {
      reportUsage(error, json: json)
      return ExitCode.usage
    } catch {
      let message = "\(parsed.commandName) could not finish: \(error)"
      context.writeError("error: \(message)\n")
      if json { printErrorDocument(JSONErrorDocument(unexpected: message)) }
      return ExitCode.couldNotFinish
    }
  }

  /// Prints the usage mistake on stderr, and its JSON document on stdout when `json`.
  private static func reportUsage(_ error: UsageError, json: Bool) {
    let command = root.descendant(error.command) ?? root
    let name = (["tollgate"] + error.command).joined(separator: " ")
    let usage = HelpFormatter().usage(for: command, path: error.command)
    let text = """
      error: \(error.message)
      usage: \(usage)
      See '\(name) --help'.

      """
    FileHandle.standardError.write(Data(text.utf8))
    if json { printErrorDocument(JSONErrorDocument(error, usage: usage)) }
  }

  /// Writes the `--json` error document to stdout, unless the command already wrote its result
  /// there (stdout keeps one document; the exit code and stderr still tell of the failure).
  private static func printErrorDocument(_ document: JSONErrorDocument) {
    guard !StandardOutput.isWritten, let text = try? JSONOutput.encode(document) else { return }
    StandardOutput.markWritten()
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  private static func makeContext(
    _ parsed: ParsedCommand, environment: [String: String]
  ) -> CommandContext {
    let level = LogLevel(rawValue: parsed.value("--log-level") ?? "notice") ?? .notice
    let logger = Logger(level: level) { level, message, metadata in
      var line = "\(level.rawValue): \(message)"
      if !metadata.isEmpty {
        line +=
          " " + metadata.sorted { $0.key < $1.key }.map { "\($0)=\($1)" }.joined(separator: " ")
      }
      FileHandle.standardError.write(Data((line + "\n").utf8))
    }
    return CommandContext(
      environment: environment,
      currentDirectory: FileManager.default.currentDirectoryPath,
      isStderrTerminal: isatty(STDERR_FILENO) == 1,
      logger: logger)
  }
}
