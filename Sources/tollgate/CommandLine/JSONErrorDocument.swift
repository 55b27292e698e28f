import TollgateCore

/// What a `--json` run prints on stdout when it stops with exit code 2, 64 or 130: one JSON
/// object naming the failure, so `tollgate decide card.yaml --json | jq .verdict` reads a
/// document (and finds no verdict) instead of an empty stream.
///
/// The human message still goes to stderr. Only what is known is written: a file without a
/// line has no `line` or `column`, an error without a hint has no `hint`. Keys are sorted like
/// every other `--json` document (`JSONOutput`).
struct JSONErrorDocument: Encodable, Sendable {
  /// The failure itself, under `error` so a result document and an error cannot be confused.
  struct Failure: Encodable, Sendable {
    /// Why, stable and English: a `TollgateError.Code` (`unreadable`, `malformed`, ...),
    /// `usage`, `interrupted`, or `unexpected` for an error Tollgate did not classify.
    var code: String
    /// The process's exit code, repeated so a script that kept only stdout still has it.
    var exitCode: Int32
    /// The message as stderr shows it, without the `file:line:column:` prefix.
    var message: String
    var file: String?
    /// 1-based; absent when the error is about a whole file.
    var line: Int?
    var column: Int?
    /// How to fix it.
    var hint: String?
  }

  /// The shape of this document; `1` like the result documents of the same release.
  var schemaVersion = 1
  var error: Failure

  /// The document for an error a command threw.
  init(_ error: TollgateError, exitCode: Int32) {
    var failure = Failure(
      code: error.code.rawValue, exitCode: exitCode, message: error.message, hint: error.hint)
    if let location = error.location {
      failure.file = location.file
      // Line 0 marks an error about the whole file (`TollgateError.file`).
      if location.line > 0 {
        failure.line = location.line
        failure.column = location.column > 0 ? location.column : nil
      }
    }
    self.error = failure
  }

  /// The document for a mistake on the command line; the hint is the usage line.
  init(_ error: UsageError, usage: String) {
    let name = (["tollgate"] + error.command).joined(separator: " ")
    self.error = Failure(
      code: TollgateError.Code.usage.rawValue, exitCode: ExitCode.usage, message: error.message,
      hint: "usage: \(usage); see '\(name) --help'")
  }

  /// The document for an error that is not a `TollgateError` (a bug or an unforeseen failure).
  init(unexpected message: String) {
    self.error = Failure(code: "unexpected", exitCode: ExitCode.couldNotFinish, message: message)
  }

  /// The document printed when a signal ends the run (`130` for SIGINT, `143` for SIGTERM).
  init(signal name: String, exitCode: Int32) {
    self.error = Failure(
      code: "interrupted", exitCode: exitCode,
      message: "interrupted by \(name) before the command finished",
      hint: "outputs are written whole or not at all; run the command again")
  }

  /// Whether `arguments` ask `command` for JSON: the flag appears before any `--`, and the
  /// command declares `--json` or is a group (`tollgate card --json`, `tollgate bogus --json`:
  /// the user meant a subcommand that would have had it). Used when parsing failed, so no
  /// `ParsedCommand` says so.
  static func isRequested(in arguments: [String], for command: CommandSpec) -> Bool {
    let declares = command.options.contains { $0.name == OptionSpec.json.name }
    guard declares || !command.subcommands.isEmpty else { return false }
    let options = arguments.prefix { $0 != "--" }
    return options.contains { $0 == "--json" || $0.hasPrefix("--json=") }
  }
}
