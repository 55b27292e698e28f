import Foundation
import TollgateCore
import TollgateFormats

/// `tollgate init [DIR]`: a commented template card and the folders its evidence goes in.
enum InitCommand {
  static let spec = CommandSpec(
    name: "init",
    abstract: "Write a commented template decision card and the evidence folders.",
    discussion: """
      Creates DIR/card.yaml (a complete card for a contract-extraction decision, with a comment
      on every key) and the folders the card points at: evidence/baseline, evidence/candidate,
      evidence/pilot and eval. Edit the card, then run 'tollgate card check DIR/card.yaml'.
      An existing card is never overwritten unless --force is given.

      Examples:
        tollgate init contracts-cpt
        tollgate init --lang zh 合同抽取
      """,
    arguments: [
      ArgumentSpec(name: "dir", help: "Folder to create (default: .).", isOptional: true)
    ],
    options: [
      .language,
      .flag("--force", help: "Replace an existing card.yaml."),
    ],
    exitCodes: [(0, "the card was written"), (2, "the folder or card could not be written")],
    run: { parsed, context in try run(parsed, context) })

  static let evidenceFolders = [
    "evidence/baseline", "evidence/candidate", "evidence/pilot", "eval",
  ]

  private static func run(_ parsed: ParsedCommand, _ context: CommandContext) throws -> Int32 {
    if parsed.arguments.first?.isEmpty == true {
      throw TollgateError(
        .usage, "the folder name is empty", hint: "give a folder, e.g. `tollgate init my-decision`")
    }
    let folder = context.resolve(parsed.arguments.first ?? ".")
    let card = folder.appendingPathComponent("card.yaml")
    let language = context.language(parsed)

    if FileManager.default.fileExists(atPath: card.path), !parsed.flag("--force") {
      throw TollgateError(
        .writeFailed, "\(card.path) already exists; not overwriting it",
        hint: "pick another folder, or pass --force to replace the card")
    }
    do {
      for relative in evidenceFolders {
        try FileManager.default.createDirectory(
          at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
      }
    } catch {
      throw TollgateError(
        .writeFailed, "could not create the folders under \(folder.path)",
        hint: "check that the parent folder exists and is writable", underlying: "\(error)")
    }
    try AtomicFile.write(CardTemplate.text(language: language), to: card)

    let shown = shellQuoted(parsed.arguments.first.map { "\($0)/card.yaml" } ?? "card.yaml")
    context.write(
      language == .chinese
        ? "已写入 \(shown)。编辑后运行：tollgate card check \(shown)\n"
        : "wrote \(shown); edit it, then run: tollgate card check \(shown)\n")
    return ExitCode.success
  }

  /// The path as a shell word: quoted when it holds anything but plain path characters.
  private static func shellQuoted(_ path: String) -> String {
    let plain = path.unicodeScalars.allSatisfy {
      CharacterSet.alphanumerics.contains($0) || "/._-+".unicodeScalars.contains($0)
    }
    return plain ? path : "'" + path.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
  }
}
