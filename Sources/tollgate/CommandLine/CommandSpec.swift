import TollgateCore

/// The process exit codes, documented in every `--help` and tested end to end.
enum ExitCode {
  /// Go, or the check passed.
  static let success: Int32 = 0
  /// No-go: a blocking guard, a missed target, an invalid card.
  static let failure: Int32 = 1
  /// Could not finish: unreadable or malformed input, I/O, endpoint, store.
  static let couldNotFinish: Int32 = 2
  /// Undecided: not enough evidence.
  static let undecided: Int32 = 3
  /// The command line itself was wrong.
  static let usage: Int32 = 64
  /// Interrupted by the user (SIGINT).
  static let interrupted: Int32 = 130
}

/// A positional argument of a command.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isOptional: Bool = false
  /// Takes every remaining positional (`FILE...`).
  var isRepeating: Bool = false
}

/// An option or flag of a command.
struct OptionSpec: Sendable {
  /// The long name with its dashes (`--json`).
  var name: String
  var shortName: String?
  /// Nil for a flag; the placeholder shown in help (`DIR`) for an option that takes a value.
  var valueName: String?
  var help: String
  var defaultValue: String?
  /// The only values accepted, checked by the parser (`en`, `zh`).
  var allowedValues: [String]?
  /// An environment variable the option falls back to (`TOLLGATE_LANG`).
  var environmentVariable: String?
  /// May be given more than once; every value is kept.
  var isRepeatable: Bool = false
  /// Must be given (or set by its environment variable): shown without brackets in the usage
  /// line, and the parser stops with exit code 64 when it is missing.
  var isRequired: Bool = false

  static func flag(_ name: String, short: String? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, shortName: short, valueName: nil, help: help)
  }

  static func value(
    _ name: String, _ valueName: String, help: String, default defaultValue: String? = nil,
    allowed: [String]? = nil, environment: String? = nil, repeatable: Bool = false,
    required: Bool = false
  ) -> OptionSpec {
    OptionSpec(
      name: name, shortName: nil, valueName: valueName, help: help, defaultValue: defaultValue,
      allowedValues: allowed, environmentVariable: environment, isRepeatable: repeatable,
      isRequired: required)
  }

  var takesValue: Bool { valueName != nil }
}

/// What a command does when it runs: returns the exit code, or throws a `TollgateError`
/// (reported and mapped to exit code 2, or 64 for `.usage`).
typealias CommandAction = @Sendable (ParsedCommand, CommandContext) async throws -> Int32

/// One command or command group of `tollgate`, declared once: the parser, the help text and the
/// dispatcher all read it, so they cannot disagree.
struct CommandSpec: Sendable {
  var name: String
  /// One line, shown in the parent's list of subcommands.
  var abstract: String
  /// Longer help: what it does, examples. Multi-line literal.
  var discussion: String?
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []
  var subcommands: [CommandSpec] = []
  /// Exit codes this command uses, with their meaning here; shown in help.
  var exitCodes: [(Int32, String)] = []
  var run: CommandAction?

  init(
    name: String, abstract: String, discussion: String? = nil, arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = [], subcommands: [CommandSpec] = [], exitCodes: [(Int32, String)] = [],
    run: CommandAction? = nil
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.subcommands = subcommands
    self.exitCodes = exitCodes
    self.run = run
  }

  /// The options every command accepts besides its own.
  static let commonOptions: [OptionSpec] = [
    .value(
      "--log-level", "LEVEL", help: "How much to log on stderr.", default: "notice",
      allowed: LogLevel.allCases.map(\.rawValue), environment: "TOLLGATE_LOG_LEVEL"),
    .flag("--help", short: "-h", help: "Show this help and exit."),
  ]

  /// This command's options followed by the common ones.
  var allOptions: [OptionSpec] { options + Self.commonOptions }

  /// The exit codes any command can end with, whatever it declares: the meanings the root
  /// help gives them.
  static let commonExitCodes: [(Int32, String)] = [
    (ExitCode.couldNotFinish, "could not finish: unreadable or malformed input, I/O"),
    (ExitCode.usage, "usage error: a wrong command, option, value or argument"),
    (ExitCode.interrupted, "interrupted (Ctrl-C); outputs are written whole or not at all"),
  ]

  /// This command's exit codes and the common ones it does not declare itself, by code.
  var allExitCodes: [(Int32, String)] {
    let declared = Set(exitCodes.map(\.0))
    let common = Self.commonExitCodes.filter { !declared.contains($0.0) }
    return (exitCodes + common).sorted { $0.0 < $1.0 }
  }
}

/// Options several commands share, declared once so their wording is the same everywhere.
extension OptionSpec {
  static let json = OptionSpec.flag(
    "--json", help: "Print one JSON document to stdout instead of text.")
  /// Worker threads for the commands that read corpora (`tokens count`, `data scan`).
  static let jobs = OptionSpec.value(
    "--jobs", "N", help: "Worker threads (default: every core).", environment: "TOLLGATE_JOBS")
  static let language = OptionSpec.value(
    "--lang", "LANG", help: "Language of messages and reports.", default: "en",
    allowed: ["en", "zh"], environment: "TOLLGATE_LANG")

  /// `--lang` for the commands that read a decision card. It has no default: without it the
  /// card's own `lang:` decides, so a team that writes its card in Chinese gets Chinese output.
  static func cardLanguage(_ what: String) -> OptionSpec {
    .value(
      "--lang", "LANG", help: "Language of \(what) (default: the card's lang).",
      allowed: ["en", "zh"], environment: "TOLLGATE_LANG")
  }
}
