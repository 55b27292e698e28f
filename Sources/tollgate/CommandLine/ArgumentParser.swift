import TollgateCore

/// A mistake on the command line: exit code 64, with a suggestion where one is close.
struct UsageError: Error, Sendable {
  var message: String
  /// The command whose usage line and `--help` hint are printed below the message.
  var command: [String]
}

/// Parses `argv` against the `CommandSpec` tree.
///
/// Rules: command names come first and select a subcommand; then options anywhere, as
/// `--name value` or `--name=value`; `--` ends options; `-h`/`--help` anywhere asks for help.
/// A mistyped command or option is an error with the nearest valid name.
struct ArgumentParser {
  let root: CommandSpec

  /// What the user asked for.
  enum Outcome: Sendable {
    case run(CommandSpec, ParsedCommand)
    case help([String])
  }

  func parse(_ arguments: [String], environment: [String: String]) throws -> Outcome {
    var command = root
    var path: [String] = []
    var remaining = arguments[...]

    // Descend through command names.
    while let next = remaining.first, !command.subcommands.isEmpty, !next.hasPrefix("-") {
      guard let sub = command.subcommands.first(where: { $0.name == next }) else {
        if command.run != nil { break }
        let suggestion = EditDistance.nearest(
          to: next, in: command.subcommands.map(\.name))
        var message = "unknown command '\(next)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        throw UsageError(message: message, command: path)
      }
      command = sub
      path.append(next)
      remaining = remaining.dropFirst()
    }

    var parsed = ParsedCommand(path: path, flags: [], values: [:], arguments: [])
    var optionsEnded = false
    while let token = remaining.popFirst() {
      if optionsEnded || token == "-" || !token.hasPrefix("-") {
        parsed.arguments.append(token)
        continue
      }
      if token == "--" {
        optionsEnded = true
        continue
      }
      if token == "-h" || token == "--help" { return .help(path) }
      try parseOption(token, of: command, into: &parsed, remaining: &remaining)
    }

    if command.run == nil {
      if let first = parsed.arguments.first {
        let suggestion = EditDistance.nearest(to: first, in: command.subcommands.map(\.name))
        var message = "unknown command '\(first)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        throw UsageError(message: message, command: path)
      }
      return .help(path)
    }
    try checkArguments(parsed.arguments, of: command, path: path)
    applyFallbacks(command, environment: environment, into: &parsed)
    try checkRequiredOptions(command, parsed, path: path)
    try checkAllowedValues(command, parsed, path: path)
    return .run(command, parsed)
  }

  private func parseOption(
    _ token: String, of command: CommandSpec, into parsed: inout ParsedCommand,
    remaining: inout ArraySlice<String>
  ) throws {
    var name = token
    var inlineValue: String?
    if let equals = token.firstIndex(of: "="), token.hasPrefix("--") {
      name = String(token[..<equals])
      inlineValue = String(token[token.index(after: equals)...])
    }
    let options = command.allOptions
    guard let option = options.first(where: { $0.name == name || $0.shortName == name }) else {
      let suggestion = EditDistance.nearest(to: name, in: options.map(\.name))
      var message = "unknown option '\(name)'"
      if let suggestion { message += "; did you mean '\(suggestion)'?" }
      throw UsageError(message: message, command: parsed.path)
    }
    guard option.takesValue else {
      if inlineValue != nil {
        throw UsageError(
          message: "option '\(option.name)' is a flag and takes no value", command: parsed.path)
      }
      parsed.flags.insert(option.name)
      return
    }
    // `--field --json` is a forgotten value, not a field named "--json": a following token that
    // is one of the command's own options is never taken as a value (`--field=--json` is).
    var value = inlineValue
    if value == nil, let next = remaining.first, !Self.names(next, anyOf: options) {
      value = next
      remaining.removeFirst()
    }
    guard let value else {
      throw UsageError(
        message: "option '\(option.name)' needs a value (\(option.valueName ?? "VALUE"))",
        command: parsed.path)
    }
    if !option.isRepeatable, parsed.values[option.name] != nil {
      throw UsageError(
        message: "option '\(option.name)' was given twice; give it once", command: parsed.path)
    }
    parsed.values[option.name, default: []].append(value)
  }

  /// Whether `token` (`--name` or `--name=value`) names one of `options` or asks for help.
  private static func names(_ token: String, anyOf options: [OptionSpec]) -> Bool {
    let name = token.split(separator: "=", maxSplits: 1).first.map(String.init) ?? token
    if name == "--help" || name == "-h" { return true }
    return options.contains { $0.name == name || $0.shortName == name }
  }

  private func checkArguments(_ given: [String], of command: CommandSpec, path: [String]) throws {
    let required = command.arguments.filter { !$0.isOptional }
    if given.count < required.count {
      let missing = required[given.count...].map { "<\($0.name)>" }.joined(separator: " ")
      throw UsageError(message: "missing \(missing)", command: path)
    }
    let takesMany = command.arguments.last?.isRepeating ?? false
    if !takesMany, given.count > command.arguments.count {
      let extra = given[command.arguments.count...].joined(separator: " ")
      throw UsageError(message: "unexpected argument '\(extra)'", command: path)
    }
  }

  private func applyFallbacks(
    _ command: CommandSpec, environment: [String: String], into parsed: inout ParsedCommand
  ) {
    for option in command.allOptions where option.takesValue && parsed.values[option.name] == nil {
      if let variable = option.environmentVariable, let value = environment[variable],
        !value.isEmpty
      {
        parsed.values[option.name] = [value]
        parsed.environmentSources[option.name] = variable
      } else if let value = option.defaultValue {
        parsed.values[option.name] = [value]
      }
    }
  }

  /// Stops at the first required option that is neither given nor set by its environment
  /// variable.
  private func checkRequiredOptions(
    _ command: CommandSpec, _ parsed: ParsedCommand, path: [String]
  ) throws {
    for option in command.allOptions where option.isRequired && parsed.values(option.name).isEmpty {
      var message = "missing required option \(option.name)"
      if let valueName = option.valueName { message += " <\(valueName)>" }
      if let variable = option.environmentVariable { message += " (or set \(variable))" }
      throw UsageError(message: message, command: path)
    }
  }

  private func checkAllowedValues(
    _ command: CommandSpec, _ parsed: ParsedCommand, path: [String]
  ) throws {
    for option in command.allOptions {
      guard let allowed = option.allowedValues else { continue }
      for value in parsed.values(option.name) where !allowed.contains(value) {
        let source = parsed.environmentSources[option.name].map { " (set by \($0))" } ?? ""
        var message =
          "invalid value '\(value)' for '\(option.name)'\(source); expected one of: "
          + allowed.joined(separator: ", ")
        if let suggestion = EditDistance.nearest(to: value, in: allowed) {
          message += "; did you mean '\(suggestion)'?"
        }
        throw UsageError(message: message, command: path)
      }
    }
  }
}

extension CommandSpec {
  /// The command at `path` below this one.
  func descendant(_ path: [String]) -> CommandSpec? {
    var command = self
    for name in path {
      guard let sub = command.subcommands.first(where: { $0.name == name }) else { return nil }
      command = sub
    }
    return command
  }
}
