/// Training throughput measured from a pilot log: tokens per second with its spread.
///
/// The figure every cost estimate rests on. It comes from the log's own token counts where the
/// log has them (LLaMA-Factory's `total_tokens`, HF's `num_input_tokens_seen`), otherwise from the
/// card's `pilot.tokens_per_step` times the steps, over the time the log records (elapsed time
/// between entries, per-step durations, or the total runtime). Warm-up intervals are dropped
/// because compilation and data-loader start-up make the first steps slow and would inflate the
/// estimate. Throughput is that of the whole pilot job (all its GPUs together).
public struct PilotThroughput: Sendable, Hashable {
  /// Where the token counts behind the figure came from.
  public enum TokenSource: String, Sendable, Hashable, Codable {
    /// The log's own token counts.
    case logged
    /// The card's (or command line's) tokens per step, multiplied by the steps.
    case tokensPerStep = "tokens_per_step"
  }

  /// How the figure was formed: per interval (with a spread) or from the run's totals only.
  public enum Method: String, Sendable, Hashable, Codable {
    case intervals
    case totals
  }

  /// Tokens per second of the whole pilot job: p10 (low), median (expected), p90 (high).
  /// Nil when the log does not support a figure; `unmeasurableReason` says why.
  public var tokensPerSecond: Estimate<TokensPerSecond>?
  /// The median divided by the pilot's GPU count; nil when the count is unknown.
  public var perGPU: TokensPerSecond?
  /// GPUs the pilot ran on (`pilot.gpus`), when known.
  public var gpus: Int?
  /// Per interval or from totals; nil when not measured.
  public var method: Method?
  /// Where the token counts came from; nil when not measured.
  public var tokenSource: TokenSource?
  /// Intervals the figures rest on, after warm-up.
  public var intervalsUsed: Int
  /// Intervals dropped as warm-up.
  public var warmupIntervalsDropped: Int
  /// Wall time of the whole pilot, when the log records it.
  public var wallTime: WallTime?
  /// The pilot's own GPU time: wall time x GPUs, when both are known.
  public var gpuHours: GPUHours?
  /// First against last quarter of the losses; nil with fewer than two losses.
  public var lossTrend: LossTrend?
  /// The log's NaN or infinite losses; nil when every logged loss is finite.
  public var lossDivergence: LossDivergence?
  /// The step every entry carries when the log has several entries but a single step number:
  /// with no interval between steps there is nothing to measure throughput over.
  public var repeatedStep: Int?
  /// Why there is no throughput figure; nil when there is one.
  public var unmeasurableReason: String?
  /// The log's own issues (NaN losses, truncated lines) and those found here.
  public var issues: [String]

  /// Whether the log gave a throughput figure.
  public var isMeasured: Bool { tokensPerSecond != nil }

  /// Measures the throughput and loss trend of a pilot log.
  ///
  /// - Parameters:
  ///   - log: the pilot log as a format reader produced it.
  ///   - spec: the card's `pilot:` section: tokens per step, warm-up steps, GPU count.
  ///   - language: the language of the issues and the unmeasurable reason found here (the log's
  ///     own issues come as the reader wrote them).
  public static func measure(
    _ log: PilotLog, spec: PilotSpec?, language: Language = .english
  ) -> PilotThroughput {
    let text = language.reasonText
    var result = PilotThroughput(
      gpus: spec?.gpus, intervalsUsed: 0, warmupIntervalsDropped: 0, issues: log.issues)
    let steps = orderedSteps(log.steps)
    result.lossTrend = LossTrend(steps: steps)
    result.lossDivergence = LossDivergence(log: log)
    if result.lossTrend == nil {
      result.issues.append(text.noLossTrend())
    }
    result.wallTime = wallTime(of: log, steps: steps)
    if let wall = result.wallTime, let gpus = spec?.gpus, gpus > 0 {
      result.gpuHours = GPUHours(wall.hours * Double(gpus))
    }

    if log.steps.count > 1, steps.count == 1, let only = steps.first {
      // Totals would price `only.step` steps over the time of every entry: a confident figure
      // from a log that does not advance.
      result.repeatedStep = only.step
      result.unmeasurableReason = text.allEntriesSameStep(entries: log.steps.count, step: only.step)
      return result
    }
    let tokensPerStep = result.tokensPerStep(log: log, spec: spec, text: text)
    guard let (samples, source) = intervals(steps, tokensPerStep: tokensPerStep) else {
      result.applyTotals(log: log, steps: steps, tokensPerStep: tokensPerStep, text: text)
      return result
    }
    result.applyIntervals(samples, source: source, warmupSteps: spec?.warmupSteps, text: text)
    return result
  }
}

extension PilotThroughput {
  /// One measured stretch of the log: tokens over seconds, starting at a step.
  struct Sample: Hashable {
    var startStep: Int
    var tokens: Double
    var seconds: Double
    var rate: Double { tokens / seconds }
  }

  /// Steps in order, one entry per step number (a repeated step keeps its last entry).
  static func orderedSteps(_ steps: [PilotStep]) -> [PilotStep] {
    var byStep: [Int: PilotStep] = [:]
    for step in steps { byStep[step.step] = step }
    return byStep.keys.sorted().compactMap { byStep[$0] }
  }

  static func wallTime(of log: PilotLog, steps: [PilotStep]) -> WallTime? {
    if let total = log.totalRuntime { return total }
    if let last = steps.last(where: { $0.elapsed != nil })?.elapsed { return last }
    // A logged duration is the time of one step, standing for every step since the previous
    // entry (nanoGPT and Megatron log every `log_interval` steps).
    var total = 0.0
    var previous: Int?
    for step in steps {
      guard let duration = step.duration else { continue }
      let gap = previous.map { max(1, step.step - $0) } ?? 1
      total += duration.seconds * Double(gap)
      previous = step.step
    }
    return previous == nil ? nil : WallTime(seconds: total)
  }

  /// Tokens per step: the log's own statement (nanoGPT prints it) first, then the card's.
  mutating func tokensPerStep(log: PilotLog, spec: PilotSpec?, text: any ReasonText) -> Double? {
    if let stated = log.tokensPerStep, stated.value > 0 {
      if let card = spec?.tokensPerStep, card != stated {
        issues.append(text.tokensPerStepDisagree(log: stated, card: card))
      }
      return Double(stated.value)
    }
    if let card = spec?.tokensPerStep, card.value > 0 { return Double(card.value) }
    if let samples = log.samplesPerStep {
      issues.append(text.sequencesWithoutTokens(samples))
    }
    return nil
  }

  /// Per-interval samples: logged token deltas over elapsed deltas first; otherwise tokens per
  /// step over elapsed deltas or per-step durations (a duration is the time of one step, as
  /// nanoGPT's `time` and Megatron's per-iteration time are).
  static func intervals(
    _ steps: [PilotStep], tokensPerStep: Double?
  ) -> ([Sample], TokenSource)? {
    let pairs = zip(steps, steps.dropFirst())
    let logged = pairs.compactMap { a, b -> Sample? in
      guard let ta = a.tokensSeen, let tb = b.tokensSeen, let ea = a.elapsed, let eb = b.elapsed
      else { return nil }
      return Sample(
        startStep: a.step, tokens: Double(tb.value - ta.value), seconds: eb.seconds - ea.seconds)
    }
    if !logged.isEmpty { return (logged, .logged) }
    guard let tokensPerStep else { return nil }

    let elapsed = pairs.compactMap { a, b -> Sample? in
      guard let ea = a.elapsed, let eb = b.elapsed else { return nil }
      return Sample(
        startStep: a.step, tokens: Double(b.step - a.step) * tokensPerStep,
        seconds: eb.seconds - ea.seconds)
    }
    if !elapsed.isEmpty { return (elapsed, .tokensPerStep) }
    let durations = steps.compactMap { step -> Sample? in
      guard let duration = step.duration else { return nil }
      return Sample(startStep: step.step, tokens: tokensPerStep, seconds: duration.seconds)
    }
    return durations.isEmpty ? nil : (durations, .tokensPerStep)
  }

  mutating func applyIntervals(
    _ all: [Sample], source: TokenSource, warmupSteps: Int?, text: any ReasonText
  ) {
    let valid = all.filter { $0.seconds > 0 && $0.tokens >= 0 && $0.rate.isFinite }
    if valid.count < all.count {
      issues.append(text.intervalsIgnored(all.count - valid.count))
    }
    guard !valid.isEmpty else {
      unmeasurableReason = text.noPositiveInterval()
      return
    }

    // Warm-up: the card's step count, else the first 10 % of intervals (rounded up), but
    // always leave at least one interval to measure.
    var kept: [Sample]
    if let warmupSteps {
      kept = valid.filter { $0.startStep >= warmupSteps }
    } else {
      let drop = valid.count >= 2 ? Int((Double(valid.count) * 0.1).rounded(.up)) : 0
      kept = Array(valid.dropFirst(drop))
    }
    if kept.isEmpty {
      issues.append(text.warmupWouldDropAll())
      kept = valid
    }
    warmupIntervalsDropped = valid.count - kept.count
    intervalsUsed = kept.count
    method = .intervals
    tokenSource = source

    let rates = kept.map(\.rate).sorted()
    tokensPerSecond = Estimate(
      low: TokensPerSecond(Self.percentile(rates, 0.10)),
      expected: TokensPerSecond(Self.percentile(rates, 0.50)),
      high: TokensPerSecond(Self.percentile(rates, 0.90)))
    setPerGPU(text: text)
  }

  /// The run's totals: logged tokens (summary, else the last entry's count) over the total
  /// runtime; failing that, tokens per step x the steps (`totalSteps`, else the last logged
  /// step) over the runtime.
  mutating func applyTotals(
    log: PilotLog, steps: [PilotStep], tokensPerStep: Double?, text: any ReasonText
  ) {
    let runtime =
      log.totalRuntime?.seconds
      ?? steps.last(where: { $0.elapsed != nil })?
      .elapsed?.seconds
    let loggedTokens = log.totalTokens ?? steps.last(where: { $0.tokensSeen != nil })?.tokensSeen
    var tokens: Double?
    if let loggedTokens {
      tokens = Double(loggedTokens.value)
      tokenSource = .logged
    } else if let tokensPerStep, let lastStep = log.totalSteps ?? steps.last?.step, lastStep > 0 {
      tokens = tokensPerStep * Double(lastStep)
      tokenSource = .tokensPerStep
    }
    guard let runtime, runtime > 0, let tokens else {
      tokenSource = nil
      unmeasurableReason = Self.whyUnmeasurable(
        log: log, steps: steps, tokensPerStep: tokensPerStep, text: text)
      return
    }
    method = .totals
    intervalsUsed = 0
    let rate = TokensPerSecond(tokens / runtime)
    tokensPerSecond = Estimate(low: rate, expected: rate, high: rate)
    issues.append(text.fromTotals())
    setPerGPU(text: text)
  }

  mutating func setPerGPU(text: any ReasonText) {
    guard let median = tokensPerSecond?.expected else { return }
    if let gpus, gpus > 0 {
      perGPU = TokensPerSecond(median.value / Double(gpus))
    } else {
      issues.append(text.noPerGPU())
    }
  }

  static func whyUnmeasurable(
    log: PilotLog, steps: [PilotStep], tokensPerStep: Double?, text: any ReasonText
  ) -> String {
    let hasTime =
      log.totalRuntime != nil || steps.contains { $0.elapsed != nil || $0.duration != nil }
    let hasTokens =
      log.totalTokens != nil || steps.contains { $0.tokensSeen != nil } || tokensPerStep != nil
    if steps.count <= 1 && log.totalRuntime == nil {
      return text.tooFewEntries(steps.count)
    }
    if !hasTime { return text.noTimes() }
    if !hasTokens { return text.noTokenCounts() }
    return text.timesAndTokensDisjoint()
  }

  /// The q-th quantile of sorted values, interpolating linearly between order statistics
  /// (Hyndman & Fan 1996, definition 7: R's and NumPy's default).
  static func percentile(_ sorted: [Double], _ q: Double) -> Double {
    guard let first = sorted.first else { return .nan }
    let position = q * Double(sorted.count - 1)
    let lower = Int(position.rounded(.down))
    let upper = min(lower + 1, sorted.count - 1)
    guard lower < sorted.count else { return sorted.last ?? first }
    let fraction = position - Double(lower)
    return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
  }
}

/// Whether the pilot's loss went down: the mean of its first quarter against its last quarter.
///
/// Comparing quarter means rather than the first and last entry is robust to the noise of single
/// logged losses. With 2-3 losses the quarters are single entries.
public struct LossTrend: Sendable, Hashable, Codable {
  /// Mean loss of the first quarter of the logged losses.
  public var firstQuarterMean: Double
  /// Mean loss of the last quarter of the logged losses.
  public var lastQuarterMean: Double
  /// Finite losses the trend rests on.
  public var lossesUsed: Int

  /// Whether the last quarter's mean loss is below the first quarter's.
  public var isDecreasing: Bool { lastQuarterMean < firstQuarterMean }
  /// (last − first) / first: −0.2 is a fall of 20 %.
  public var relativeChange: Double { (lastQuarterMean - firstQuarterMean) / firstQuarterMean }

  /// The trend of the finite losses of `steps`, in order; nil with fewer than two.
  public init?(steps: [PilotStep]) {
    let losses = steps.compactMap(\.loss).filter(\.isFinite)
    guard losses.count >= 2 else { return nil }
    let quarter = max(1, losses.count / 4)
    firstQuarterMean = losses.prefix(quarter).reduce(0, +) / Double(quarter)
    lastQuarterMean = losses.suffix(quarter).reduce(0, +) / Double(quarter)
    lossesUsed = losses.count
  }
}
