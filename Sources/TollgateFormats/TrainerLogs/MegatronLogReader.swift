import TollgateCore

/// Reads Megatron-LM's training lines: `iteration 10/ 292968 | consumed samples: 10240 |
/// elapsed time per iteration (s): 35.8651 | global batch size: 1024 | lm loss: 1.33E+01 | ...`.
///
/// `elapsed time per iteration` is the mean over the logging interval (older versions log it
/// in ms); a line cut off before its closing `|` keeps its time but not its loss.
enum MegatronLogReader {
  static let format = "megatron-stdout"
  static let marker = "elapsed time per iteration"

  static func read(
    _ text: String, path: String, messages: any EvidenceMessages
  ) throws -> PilotLog {
    var log = PilotLog(format: format, source: path, steps: [])
    var nonFinite: [Int] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      guard line.contains(marker), let fields = fields(of: line),
        let step = iteration(fields["iteration"])
      else { continue }
      let isComplete = line.hasSuffix("|")
      if !isComplete {
        log.issues.append(messages.megatronLineCutOff(line: index + 1))
      }
      let loss = isComplete ? fields["lm loss"].flatMap { Double($0) } : nil
      if let loss, !loss.isFinite { nonFinite.append(step) }
      log.samplesPerStep = log.samplesPerStep ?? fields["global batch size"].flatMap { Int($0) }
      log.steps.append(
        PilotStep(
          step: step, loss: loss.flatMap { $0.isFinite ? $0 : nil },
          duration: duration(fields)))
    }
    guard !log.steps.isEmpty else {
      throw TollgateError.file(
        .invalidContent, path, "no Megatron-LM `iteration ... | \(marker)` line",
        hint: "save the rank-0 stdout of the Megatron-LM training run")
    }
    log.nonFiniteLossSteps = nonFinite
    log.issues += PilotLogChecks.issues(
      steps: log.steps, nonFiniteLossSteps: nonFinite, messages: messages)
    return log
  }

  /// `name: value` pairs between the `|` separators; `iteration` keeps `10/ 292968`.
  private static func fields(of line: String) -> [String: String]? {
    var fields: [String: String] = [:]
    for part in line.split(separator: "|") {
      let text = part.trimmingCharacters(in: .whitespaces)
      // The first field carries a rank prefix: `[default3]: iteration       10/  292968`.
      if let range = text.range(of: "iteration ") {
        let rest = text[range.upperBound...].trimmingCharacters(in: .whitespaces)
        if rest.first?.isNumber == true {
          fields["iteration"] = rest
          continue
        }
      }
      guard let colon = text.firstIndex(of: ":") else { continue }
      let name = text[..<colon].trimmingCharacters(in: .whitespaces)
      fields[name] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return fields.isEmpty ? nil : fields
  }

  private static func iteration(_ value: String?) -> Int? {
    value?.split(separator: "/").first.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
  }

  private static func duration(_ fields: [String: String]) -> WallTime? {
    if let seconds = fields["\(marker) (s)"].flatMap({ Double($0) }) {
      return WallTime(seconds: seconds)
    }
    if let milliseconds = fields["\(marker) (ms)"].flatMap({ Double($0) }) {
      return WallTime(seconds: milliseconds / 1000)
    }
    return nil
  }
}
