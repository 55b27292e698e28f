import Foundation
import TollgateCore
import TollgateFormats

/// `tollgate card check CARD`: every rule of the decision card, reported like a compiler.
enum CardCommand {
  static let spec = CommandSpec(
    name: "card",
    abstract: "Check decision cards.",
    subcommands: [check])

  static let check = CommandSpec(
    name: "check",
    abstract: "Check a decision card against every rule and report like a compiler.",
    discussion: """
      Prints one finding per line, 'card.yaml:LINE:COLUMN: error: message [rule-id]', with the
      key path and a hint below it. Unknown keys are warnings that name the nearest valid key;
      --strict makes every warning an error.

      Examples:
        tollgate card check card.yaml
        tollgate card check card.yaml --strict --json
      """,
    arguments: [ArgumentSpec(name: "card", help: "The decision card (YAML).")],
    options: [
      .flag("--strict", help: "Treat warnings as errors."),
      .cardLanguage("the messages"),
      .json,
    ],
    exitCodes: [
      (0, "the card is valid"),
      (1, "the card has errors (or warnings, with --strict)"),
      (2, "the card could not be read: missing, not UTF-8, empty, or not YAML"),
    ],
    run: { parsed, context in try run(parsed, context) })

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    let path = parsed.arguments[0]
    let root = try YAMLReader.read(contentsOf: path)
    // The card's own `lang:` (or 语言) is read from the tree, so the card is checked only once.
    let cardLanguage = (root["lang"] ?? root["语言"])?.scalar.flatMap(Language.init(rawValue:))
    let language = context.language(parsed, card: cardLanguage)
    var diagnostics = CardChecker.check(root, file: path, language: language).diagnostics
    if parsed.flag("--strict") {
      diagnostics = diagnostics.map { diagnostic in
        var strict = diagnostic
        if strict.severity == .warning { strict.severity = .error }
        return strict
      }
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count

    if parsed.flag("--json") {
      let report = CardCheckReport(
        schemaVersion: 1, file: path, isValid: errors == 0, errors: errors, warnings: warnings,
        diagnostics: diagnostics)
      context.write(try JSONOutput.encode(report))
    } else {
      for diagnostic in diagnostics {
        context.write(diagnostic.rendered(colour: context.usesColour, language: language) + "\n")
      }
      context.write(summary(path: path, errors: errors, warnings: warnings, language: language))
    }
    return errors == 0 ? ExitCode.success : ExitCode.failure
  }

  private static func summary(
    path: String, errors: Int, warnings: Int, language: Language
  ) -> String {
    if language == .chinese {
      if errors == 0 && warnings == 0 { return "\(path)：有效\n" }
      return "\(path)：\(errors) 个错误，\(warnings) 个警告\n"
    }
    if errors == 0 && warnings == 0 { return "\(path): valid\n" }
    let errorText = errors == 1 ? "1 error" : "\(errors) errors"
    let warningText = warnings == 1 ? "1 warning" : "\(warnings) warnings"
    return "\(path): \(errorText), \(warningText)\n"
  }
}

/// The `--json` document of `tollgate card check`.
struct CardCheckReport: Encodable {
  var schemaVersion: Int
  var file: String
  var isValid: Bool
  var errors: Int
  var warnings: Int
  var diagnostics: [Diagnostic]

  enum CodingKeys: String, CodingKey {
    case schemaVersion, file, errors, warnings, diagnostics
    case isValid = "valid"
  }
}
