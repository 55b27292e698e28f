import Foundation
import Testing
import TollgateTestSupport

/// `tollgate init` end to end: the template card is valid, and a fresh project decides "pilot".
@Suite struct InitCommandTests {
  @Test(arguments: ["en", "zh"])
  func templateCardPassesCheck(_ language: String) throws {
    let folder = try Fixtures.temporaryDirectory()

    let written = try TollgateBinary.run(["init", "project", "--lang", language], in: folder)
    let checked = try TollgateBinary.run(["card", "check", "project/card.yaml"], in: folder)

    #expect(written.exitCode == 0)
    #expect(checked.exitCode == 0)
    // The Chinese template says `lang: zh`, so the check answers in Chinese.
    let valid = language == "zh" ? "project/card.yaml：有效\n" : "project/card.yaml: valid\n"
    #expect(checked.stdout == valid)
  }

  @Test func createsTheEvidenceFolders() throws {
    let folder = try Fixtures.temporaryDirectory()

    _ = try TollgateBinary.run(["init", "project"], in: folder)

    for relative in ["evidence/baseline", "evidence/candidate", "evidence/pilot", "eval"] {
      var isFolder: ObjCBool = false
      let path = folder.appendingPathComponent("project/\(relative)").path
      #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder))
      #expect(isFolder.boolValue, "\(relative) is a folder")
    }
  }

  @Test func freshProjectDecidesToRunAPilot() throws {
    let folder = try Fixtures.temporaryDirectory()
    _ = try TollgateBinary.run(["init", "project"], in: folder)

    let run = try TollgateBinary.run(["decide", "project/card.yaml", "--no-report"], in: folder)

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("Run a pilot"))
    #expect(run.stdout.contains("--pilot PATH"))
  }

  @Test func refusesToOverwriteAnExistingCard() throws {
    let folder = try Fixtures.temporaryDirectory()
    _ = try TollgateBinary.run(["init", "project"], in: folder)
    let card = folder.appendingPathComponent("project/card.yaml")
    try Data("name: mine\n".utf8).write(to: card)

    let again = try TollgateBinary.run(["init", "project"], in: folder)
    let forced = try TollgateBinary.run(["init", "project", "--force"], in: folder)

    #expect(again.exitCode == 2)
    #expect(again.stderr.contains("--force"))
    #expect(forced.exitCode == 0)
    #expect(try String(contentsOf: card, encoding: .utf8) != "name: mine\n")
  }
}

/// Odd folder names for `tollgate init`.
@Suite struct InitCommandNameTests {
  @Test func emptyFolderNameIsAUsageError() throws {
    let folder = try Fixtures.temporaryDirectory()

    let run = try TollgateBinary.run(["init", ""], in: folder)

    #expect(run.exitCode == 64)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test func suggestedCommandQuotesAFolderWithSpaces() throws {
    let folder = try Fixtures.temporaryDirectory()

    let run = try TollgateBinary.run(["init", "合同 项目"], in: folder)

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("tollgate card check '合同 项目/card.yaml'"))
  }

  @Test func invalidLanguageFromTheEnvironmentNamesTheVariable() throws {
    let folder = try Fixtures.temporaryDirectory()

    let run = try TollgateBinary.run(
      ["init", "project"], in: folder, environment: ["TOLLGATE_LANG": "xx"])

    #expect(run.exitCode == 64)
    #expect(run.stderr.contains("(set by TOLLGATE_LANG)"))
  }
}
