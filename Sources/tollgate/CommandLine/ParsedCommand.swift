import TollgateCore

/// The command line after parsing: which command, its flags, option values and positionals.
struct ParsedCommand: Sendable {
  /// Command names from the root (`["card", "check"]`).
  var path: [String]
  var flags: Set<String>
  var values: [String: [String]]
  var arguments: [String]
  /// Options whose value came from an environment variable, with the variable's name, so an
  /// invalid value can be traced to where it was set.
  var environmentSources: [String: String] = [:]

  /// Whether the flag was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The option's last value, or its environment fallback or default (already applied by the
  /// parser), or nil.
  func value(_ name: String) -> String? { values[name]?.last }

  /// Every value of a repeatable option.
  func values(_ name: String) -> [String] { values[name] ?? [] }

  /// `--jobs N` (or `TOLLGATE_JOBS`): nil for every core.
  ///
  /// - Throws: a usage error when N is not a whole number of at least 1.
  func jobs() throws -> Int? {
    guard let text = value(OptionSpec.jobs.name) else { return nil }
    guard let count = Int(text), count >= 1 else {
      let source = environmentSources[OptionSpec.jobs.name].map { " (from \($0))" } ?? ""
      throw TollgateError(
        .usage, "--jobs must be a whole number of at least 1, not \"\(text)\"\(source)",
        hint: "use --jobs 1 for one thread, or leave it out to use every core")
    }
    return count
  }

  /// The command as typed (`tollgate card check`), for messages.
  var commandName: String { (["tollgate"] + path).joined(separator: " ") }
}
