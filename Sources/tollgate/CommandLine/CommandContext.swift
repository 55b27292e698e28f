import Foundation
import Synchronization
import TollgateCore

/// Whether a command has written anything to stdout yet. A failure under `--json` prints its
/// error document only while stdout is empty, so stdout never holds two documents.
private let standardOutputWritten = Atomic<Bool>(false)

/// What has gone to stdout, for the error handling of `--json` (see `JSONErrorDocument`).
enum StandardOutput {
  /// Whether `CommandContext.write` has been called; safe to read in a signal handler.
  static var isWritten: Bool { standardOutputWritten.load(ordering: .sequentiallyConsistent) }

  /// Records that stdout is no longer empty.
  static func markWritten() { standardOutputWritten.store(true, ordering: .sequentiallyConsistent) }
}

/// Where a command writes, and what it knows of its surroundings.
///
/// Results go to stdout; logs, diagnostics and progress to stderr. Colour and progress only when
/// stderr is a terminal, never with `NO_COLOR` or `--json`.
struct CommandContext: Sendable {
  var environment: [String: String]
  var currentDirectory: String
  var isStderrTerminal: Bool
  var logger: Logger

  /// Whether `NO_COLOR` asks for plain output; set but empty does not (no-color.org).
  var isColourDisabled: Bool { !(environment["NO_COLOR"] ?? "").isEmpty }

  /// Whether diagnostics may be coloured.
  var usesColour: Bool { isStderrTerminal && !isColourDisabled }

  /// Whether a progress bar may be drawn (also off under `--json`; callers check that).
  var showsProgress: Bool { isStderrTerminal && !isColourDisabled }

  /// Writes text to stdout as is.
  func write(_ text: String) {
    if !text.isEmpty { StandardOutput.markWritten() }
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes text to stderr as is.
  func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Resolves a path the user typed against the working directory.
  func resolve(_ path: String) -> URL {
    if path.hasPrefix("/") { return URL(fileURLWithPath: path) }
    return URL(fileURLWithPath: currentDirectory).appendingPathComponent(path).standardizedFileURL
  }

  /// The language from `--lang` (its default and `TOLLGATE_LANG` are applied by the parser).
  func language(_ parsed: ParsedCommand) -> Language {
    Language(rawValue: parsed.value("--lang") ?? "en") ?? .english
  }

  /// The language for a command that reads a card (`OptionSpec.cardLanguage`): `--lang` (or
  /// `TOLLGATE_LANG`) when given, else the card's own `lang:`, else English.
  func language(_ parsed: ParsedCommand, card cardLanguage: Language?) -> Language {
    parsed.value("--lang").flatMap(Language.init(rawValue:)) ?? cardLanguage ?? .english
  }
}
