import TollgateCore

/// Reads nanoGPT's training stdout: the header `tokens per iteration will be: N` and lines
/// `iter N: loss X, time Yms, mfu Z%`, where Y is the wall time of that one iteration.
///
/// Evaluation lines (`step N: train loss ..., val loss ...`) and warnings are skipped; an `iter`
/// line cut off before its time is recorded in the issues.
enum NanoGPTLogReader {
  static let format = "nanogpt-stdout"
  static let header = "tokens per iteration will be:"

  static func read(
    _ text: String, path: String, messages: any EvidenceMessages
  ) throws -> PilotLog {
    var log = PilotLog(format: format, source: path, steps: [])
    var nonFinite: [Int] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
      if line.hasPrefix(header) {
        let digits = line.dropFirst(header.count).filter { $0.isNumber }
        log.tokensPerStep = Int64(digits).map(TokenCount.init)
        continue
      }
      guard line.hasPrefix("iter ") else { continue }
      guard let (step, loss, milliseconds) = parseIteration(line) else {
        log.issues.append(messages.incompleteIterationLine(line: index + 1, text: line))
        continue
      }
      if !loss.isFinite { nonFinite.append(step) }
      log.steps.append(
        PilotStep(
          step: step, loss: loss.isFinite ? loss : nil,
          duration: WallTime(seconds: milliseconds / 1000)))
    }
    guard !log.steps.isEmpty else {
      throw TollgateError.file(
        .invalidContent, path, "no `iter N: loss X, time Yms` line in the nanoGPT output",
        hint: "save the whole stdout of train.py (e.g. `python train.py ... | tee train.log`)")
    }
    if log.tokensPerStep == nil {
      log.issues.append(messages.noTokensPerIterationHeader(header))
    }
    log.nonFiniteLossSteps = nonFinite
    log.issues += PilotLogChecks.issues(
      steps: log.steps, nonFiniteLossSteps: nonFinite, messages: messages)
    return log
  }

  /// `iter 425: loss nan, time 1440.31ms, mfu 0.01%` -> (425, NaN, 1440.31).
  static func parseIteration(_ line: String) -> (Int, Double, Double)? {
    let body = line.dropFirst("iter ".count)
    guard let colon = body.firstIndex(of: ":"), let step = Int(body[..<colon]) else { return nil }
    var loss: Double?
    var milliseconds: Double?
    for field in body[body.index(after: colon)...].split(separator: ",") {
      let words = field.split(separator: " ")
      guard words.count == 2 else { continue }
      if words[0] == "loss" { loss = Double(words[1].lowercased()) }
      if words[0] == "time", words[1].hasSuffix("ms") {
        milliseconds = Double(words[1].dropLast(2))
      }
    }
    guard let loss, let milliseconds else { return nil }
    return (step, loss, milliseconds)
  }
}
