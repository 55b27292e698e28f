/// The full run's wall time, GPU time and cost, extrapolated from the pilot's throughput.
///
/// training seconds = dataset tokens x epochs / tokens per second (DESIGN.md, "Cost
/// accounting"); GPU hours = seconds / 3600 x GPUs; cost = GPU hours x price per GPU-hour. The
/// range is formed like this, exactly:
/// - expected: at the pilot's median throughput;
/// - low: at the fast end of the pilot's spread (its p90 throughput);
/// - high: the expected figure times the card's safety factor (1 when the card has none), or the
///   figure at the slow end of the spread (p10 throughput) when that is higher still.
/// When the full run uses a different GPU count than the pilot, throughput is scaled linearly
/// from the pilot's per-GPU figure; real scaling is sub-linear, which is what the safety factor
/// is for.
public struct CostEstimate: Sendable, Hashable {
  /// Tokens in the training set the estimate is for.
  public var datasetTokens: TokenCount
  /// Passes over the data (1 when the card gives none).
  public var epochs: Double
  /// GPUs of the full run.
  public var gpus: Int
  /// Throughput of the full run (all GPUs) the estimate assumes: p10, median, p90.
  public var throughput: Estimate<TokensPerSecond>
  /// The multiplier behind the high end (at least 1).
  public var safetyFactor: Double
  /// Wall-clock time of the full run.
  public var wallTime: Estimate<WallTime>
  /// GPU time of the full run: wall time x GPUs.
  public var gpuHours: Estimate<GPUHours>
  /// Nil when the card gives no price per GPU-hour.
  public var cost: Estimate<Money>?
  /// Assumptions the estimate made (linear scaling, a missing safety factor).
  public var notes: [String]

  /// Why no estimate could be made.
  public enum Failure: Error, Sendable, Hashable {
    case noThroughput(String)
    case noGPUCount
    case invalidInput(String)

    /// The message for a report line, with what to add, in English.
    public var message: String { message(in: .english) }

    /// The message for a report line, with what to add, in a language.
    public func message(in language: Language) -> String {
      language.reasonText.estimateFailure(self)
    }
  }

  /// Extrapolates the full run from a measured pilot.
  ///
  /// - Parameters:
  ///   - datasetTokens: tokens in the training set (base model's tokenizer).
  ///   - epochs: passes over the data; 1 when nil.
  ///   - pilot: the measured pilot throughput.
  ///   - compute: the full run's GPUs and price (`budget.compute`).
  ///   - safetyFactor: `budget.safety_factor`; values below 1 count as 1.
  ///   - language: the language of the notes and failure texts.
  public static func estimate(
    datasetTokens: TokenCount, epochs: Double?, pilot: PilotThroughput, compute: ComputeSpec?,
    safetyFactor: Double?, language: Language = .english
  ) -> Result<CostEstimate, Failure> {
    let text = language.reasonText
    guard let measured = pilot.tokensPerSecond else {
      return .failure(.noThroughput(pilot.unmeasurableReason ?? text.notMeasured()))
    }
    let epochs = epochs ?? 1
    guard datasetTokens.value > 0, epochs > 0, epochs.isFinite else {
      return .failure(
        .invalidInput(text.invalidEstimateInput(tokens: datasetTokens.value, epochs: epochs)))
    }
    guard measured.low.value > 0 else {
      return .failure(.noThroughput(text.zeroSlowestThroughput()))
    }
    var notes: [String] = []
    guard
      let (gpus, throughput) = fullRunThroughput(
        measured, pilot: pilot, compute: compute, text: text, notes: &notes)
    else { return .failure(.noGPUCount) }
    let factor = max(1, safetyFactor ?? 1)
    if safetyFactor == nil {
      notes.append(text.noSafetyFactor())
    }

    let work = Double(datasetTokens.value) * epochs
    let expected = work / throughput.expected.value
    let high = max(expected * factor, work / throughput.low.value)
    let wallTime = Estimate(
      low: WallTime(seconds: work / throughput.high.value), expected: WallTime(seconds: expected),
      high: WallTime(seconds: high))
    let gpuHours = Estimate(
      low: GPUHours(wallTime.low.hours * Double(gpus)),
      expected: GPUHours(wallTime.expected.hours * Double(gpus)),
      high: GPUHours(wallTime.high.hours * Double(gpus)))
    let cost = compute?.pricePerGPUHour.map { price in
      Estimate(
        low: price.cost(of: gpuHours.low), expected: price.cost(of: gpuHours.expected),
        high: price.cost(of: gpuHours.high))
    }
    if cost == nil { notes.append(text.noPrice()) }
    return .success(
      CostEstimate(
        datasetTokens: datasetTokens, epochs: epochs, gpus: gpus, throughput: throughput,
        safetyFactor: factor, wallTime: wallTime, gpuHours: gpuHours, cost: cost, notes: notes))
  }

  /// The full run's GPU count and throughput, scaling the pilot per GPU when the counts differ.
  private static func fullRunThroughput(
    _ measured: Estimate<TokensPerSecond>, pilot: PilotThroughput, compute: ComputeSpec?,
    text: any ReasonText, notes: inout [String]
  ) -> (Int, Estimate<TokensPerSecond>)? {
    let fullGPUs = compute?.gpus.flatMap { $0 > 0 ? $0 : nil }
    let pilotGPUs = pilot.gpus.flatMap { $0 > 0 ? $0 : nil }
    switch (fullGPUs, pilotGPUs) {
    case (nil, nil):
      return nil
    case (let full?, nil):
      notes.append(text.pilotGPUsAssumed(full: full))
      return (full, measured)
    case (nil, let pilotCount?):
      notes.append(text.fullGPUsAssumed(pilot: pilotCount))
      return (pilotCount, measured)
    case (let full?, let pilotCount?):
      guard full != pilotCount else { return (full, measured) }
      notes.append(text.scaledLinearly(pilot: pilotCount, full: full))
      let scale = Double(full) / Double(pilotCount)
      return (
        full,
        Estimate(
          low: TokensPerSecond(measured.low.value * scale),
          expected: TokensPerSecond(measured.expected.value * scale),
          high: TokensPerSecond(measured.high.value * scale))
      )
    }
  }
}
