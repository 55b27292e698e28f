/// Renders `--help` in one shape for every command: overview, usage, arguments, options,
/// subcommands, exit codes, then the discussion with examples.
struct HelpFormatter {
  /// Column where descriptions start; names longer than this wrap to their own line.
  private let descriptionColumn = 28

  func help(for command: CommandSpec, path: [String]) -> String {
    var sections: [String] = []
    sections.append("OVERVIEW: \(command.abstract)")
    sections.append("USAGE: \(usage(for: command, path: path))")

    if !command.arguments.isEmpty {
      let rows = command.arguments.map { ("<\($0.name)>", $0.help) }
      sections.append("ARGUMENTS:\n" + table(rows))
    }
    if command.run != nil || command.subcommands.isEmpty {
      let rows = command.allOptions.map { option in (optionLabel(option), optionHelp(option)) }
      sections.append("OPTIONS:\n" + table(rows))
    }
    if !command.subcommands.isEmpty {
      let rows = command.subcommands.map { ($0.name, $0.abstract) }
      sections.append("SUBCOMMANDS:\n" + table(rows))
      let name = (["tollgate"] + path).joined(separator: " ")
      sections.append("  See '\(name) <subcommand> --help' for detailed help.")
    }
    if command.run != nil {
      let rows = command.allExitCodes.map { (String($0.0), $0.1) }
      sections.append("EXIT CODES:\n" + table(rows))
    }
    if let discussion = command.discussion {
      sections.append(discussion.trimmingTrailingNewlines())
    }
    return sections.joined(separator: "\n\n") + "\n"
  }

  /// `tollgate card check <card> [--strict] [--json]`
  func usage(for command: CommandSpec, path: [String]) -> String {
    var parts = ["tollgate"] + path
    if command.run == nil && !command.subcommands.isEmpty {
      parts.append("<subcommand>")
      return parts.joined(separator: " ")
    }
    for argument in command.arguments {
      var text = "<\(argument.name)>"
      if argument.isRepeating { text += " ..." }
      parts.append(argument.isOptional ? "[\(text)]" : text)
    }
    for option in command.options {
      var text = option.name
      if let valueName = option.valueName { text += " <\(valueName)>" }
      parts.append(option.isRequired ? text : "[\(text)]")
    }
    return parts.joined(separator: " ")
  }

  private func optionLabel(_ option: OptionSpec) -> String {
    var label = option.shortName.map { "\($0), \(option.name)" } ?? option.name
    if let valueName = option.valueName { label += " <\(valueName)>" }
    return label
  }

  private func optionHelp(_ option: OptionSpec) -> String {
    var text = option.help
    if option.isRequired { text += " (required)" }
    if let allowed = option.allowedValues, allowed.count <= 8 {
      text += " (\(allowed.joined(separator: "|")))"
    }
    if let value = option.defaultValue { text += " (default: \(value))" }
    if let variable = option.environmentVariable { text += " [env: \(variable)]" }
    return text
  }

  /// Rows of a name and its description; every line of a description that has several starts
  /// at the description column, so none falls back to column 0.
  private func table(_ rows: [(String, String)]) -> String {
    let indent = String(repeating: " ", count: descriptionColumn)
    return rows.map { name, description in
      let text = description.split(separator: "\n", omittingEmptySubsequences: false)
        .joined(separator: "\n" + indent)
      let label = "  " + name
      if label.count + 2 > descriptionColumn {
        return label + "\n" + indent + text
      }
      return label.padding(toLength: descriptionColumn, withPad: " ", startingAt: 0) + text
    }.joined(separator: "\n")
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
