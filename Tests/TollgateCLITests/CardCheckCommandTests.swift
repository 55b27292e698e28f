import Foundation
import Testing
import TollgateTestSupport

/// `tollgate card check` end to end: exit codes, compiler-style output, `--strict`, `--json`.
@Suite struct CardCheckCommandTests {
  let example = Fixtures.repositoryRoot.appendingPathComponent(
    "examples/contract-clauses/card.yaml")

  /// The example card with one text replaced, written to a temporary folder.
  func exampleCard(replacing original: String, with replacement: String) throws -> String {
    let text = try String(contentsOf: example, encoding: .utf8)
    #expect(text.contains(original), "the example card contains \(original)")
    let file = try Fixtures.temporaryDirectory().appendingPathComponent("card.yaml")
    try text.replacingOccurrences(of: original, with: replacement)
      .write(to: file, atomically: true, encoding: .utf8)
    return file.path
  }

  @Test func exampleCardIsValid() throws {
    let run = try TollgateBinary.run(["card", "check", example.path])

    #expect(run.exitCode == 0)
    #expect(run.stdout.hasSuffix(": valid\n"))
  }

  @Test func vagueThresholdIsAnErrorWithLineAndColumn() throws {
    let card = try exampleCard(
      replacing: #"primary: "clause_accuracy >= 0.90""#,
      with: #"primary: "clause_accuracy significantly better""#)

    let lines = try String(contentsOfFile: card, encoding: .utf8).components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains("significantly better") }) + 1
    let text = lines[line - 1]
    let word = try #require(text.range(of: "significantly"))
    let column = text.utf16.distance(from: text.startIndex, to: word.lowerBound) + 1

    let run = try TollgateBinary.run(["card", "check", card])

    #expect(run.exitCode == 1)
    // The column points at the words where a number was expected.
    #expect(run.stdout.contains("card.yaml:\(line):\(column): error: "))
    #expect(run.stdout.contains("[gate.quantitative]"))
    #expect(run.stdout.contains("  hint: "))
  }

  @Test func unknownKeyWarnsAndStrictMakesItAnError() throws {
    let card = try exampleCard(replacing: "  confidence: 0.95", with: "  confidense: 0.95")

    let lenient = try TollgateBinary.run(["card", "check", card])
    let strict = try TollgateBinary.run(["card", "check", card, "--strict"])

    #expect(lenient.exitCode == 0)
    #expect(lenient.stdout.contains("warning: unknown key `confidense`"))
    #expect(lenient.stdout.contains("did you mean `confidence`?"))
    #expect(strict.exitCode == 1)
    #expect(strict.stdout.contains("error: unknown key `confidense`"))
  }

  @Test func jsonListsDiagnosticsWithRuleAndLocation() throws {
    let card = try exampleCard(
      replacing: #"    - {trigger: "spent_gpu_hours > 400", action: stop_training}"# + "\n",
      with: "")
    let withoutStopLoss = try String(contentsOfFile: card, encoding: .utf8)
      .replacingOccurrences(
        of: #"    - {trigger: "estimated_cost > 600 USD", action: stop_training}"# + "\n",
        with: "")
    try withoutStopLoss.write(toFile: card, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(["card", "check", card, "--json"])

    #expect(run.exitCode == 1)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(document["schemaVersion"] as? Int == 1)
    #expect(document["valid"] as? Bool == false)
    let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
    #expect(diagnostics.contains { $0["ruleID"] as? String == "budget.stop-loss" })
  }

  @Test func malformedYAMLExitsTwoWithLineAndColumn() throws {
    let file = try Fixtures.temporaryDirectory().appendingPathComponent("card.yaml")
    try Data("goal:\n  gap: [domain\nbudget: {}\n".utf8).write(to: file)

    let run = try TollgateBinary.run(["card", "check", file.path])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("card.yaml:3:"))
    #expect(run.stderr.contains("error: "))
  }

  @Test func emptyFileExitsTwo() throws {
    let file = try Fixtures.temporaryDirectory().appendingPathComponent("card.yaml")
    try Data().write(to: file)

    let run = try TollgateBinary.run(["card", "check", file.path])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("empty"))
  }

  @Test func invalidUTF8ExitsTwo() throws {
    let file = try Fixtures.temporaryDirectory().appendingPathComponent("card.yaml")
    try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: file)

    let run = try TollgateBinary.run(["card", "check", file.path])

    #expect(run.exitCode == 2)
    #expect(run.stderr.contains("UTF-8"))
  }

  @Test func wrongTypeIsAnErrorNamingTheExpectedType() throws {
    let card = try exampleCard(replacing: "safety_factor: 1.5", with: "safety_factor: high")

    let run = try TollgateBinary.run(["card", "check", card])

    #expect(run.exitCode == 1)
    #expect(run.stdout.contains("safety_factor"))
    #expect(run.stdout.contains("number"))
  }
}

/// `tollgate card check --lang zh` and the card's own `lang:`.
@Suite struct CardCheckLanguageTests {
  @Test func chineseMessagesFromTheOption() throws {
    let file = try Fixtures.temporaryDirectory().appendingPathComponent("card.yaml")
    let example = Fixtures.repositoryRoot.appendingPathComponent(
      "examples/contract-clauses/card.yaml")
    try String(contentsOf: example, encoding: .utf8)
      .replacingOccurrences(of: "  confidence: 0.95", with: "  confidense: 0.95")
      .write(to: file, atomically: true, encoding: .utf8)

    let run = try TollgateBinary.run(["card", "check", file.path, "--lang", "zh"])

    #expect(run.exitCode == 0)
    #expect(run.stdout.contains("警告："))
    #expect(run.stdout.contains("是不是想写 `confidence`？"))
    #expect(run.stdout.hasSuffix("：0 个错误，1 个警告\n"))
  }
}
