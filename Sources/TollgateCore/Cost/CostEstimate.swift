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

    /// The message for a report line, with what to add.
    public var message: String {
      switch self {
      case .noThroughput(let why): "no throughput from the pilot: \(why)"
      case .noGPUCount:
        "no GPU count: set budget.compute.gpus (full run) or pilot.gpus"
      case .invalidInput(let text): text
      }
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
  public static func estimate(
    datasetTokens: TokenCount, epochs: Double?, pilot: PilotThroughput, compute: ComputeSpec?,
    safetyFactor: Double?
  ) -> Result<CostEstimate, Failure> {
    guard let measured = pilot.tokensPerSecond else {
      return .failure(.noThroughput(pilot.unmeasurableReason ?? "not measured"))
    }
    let epochs = epochs ?? 1
    guard datasetTokens.value > 0, epochs > 0, epochs.isFinite else {
      return .failure(
        .invalidInput(
          "dataset tokens and epochs must be above zero (got \(datasetTokens.value), \(epochs))"))
    }
    guard measured.low.value > 0 else {
      return .failure(.noThroughput("the pilot's slowest intervals show zero tokens per second"))
    }
    var notes: [String] = []
    guard
      let (gpus, throughput) = fullRunThroughput(
        measured, pilot: pilot, compute: compute, notes: &notes)
    else { return .failure(.noGPUCount) }
    let factor = max(1, safetyFactor ?? 1)
    if safetyFactor == nil {
      notes.append("no budget.safety_factor: the high end is the expected figure")
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
    if cost == nil { notes.append("no budget.compute.price_per_gpu_hour: cost not estimated") }
    return .success(
      CostEstimate(
        datasetTokens: datasetTokens, epochs: epochs, gpus: gpus, throughput: throughput,
        safetyFactor: factor, wallTime: wallTime, gpuHours: gpuHours, cost: cost, notes: notes))
  }

  /// The full run's GPU count and throughput, scaling the pilot per GPU when the counts differ.
  private static func fullRunThroughput(
    _ measured: Estimate<TokensPerSecond>, pilot: PilotThroughput, compute: ComputeSpec?,
    notes: inout [String]
  ) -> (Int, Estimate<TokensPerSecond>)? {
    let fullGPUs = compute?.gpus.flatMap { $0 > 0 ? $0 : nil }
    let pilotGPUs = pilot.gpus.flatMap { $0 > 0 ? $0 : nil }
    switch (fullGPUs, pilotGPUs) {
    case (nil, nil):
      return nil
    case (let full?, nil):
      notes.append(
        "pilot.gpus not given: assumed the pilot ran on the full run's \(gpuCount(full))")
      return (full, measured)
    case (nil, let pilotCount?):
      notes.append("budget.compute.gpus not given: assumed the pilot's \(gpuCount(pilotCount))")
      return (pilotCount, measured)
    case (let full?, let pilotCount?):
      guard full != pilotCount else { return (full, measured) }
      notes.append(
        "throughput scaled linearly from the pilot's \(gpuCount(pilotCount)) to \(gpuCount(full))")
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

  /// `1 GPU`, `8 GPUs`.
  static func gpuCount(_ count: Int) -> String { count == 1 ? "1 GPU" : "\(count) GPUs" }
}
