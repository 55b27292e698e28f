/// The training log of a pilot run, reduced to what cost and trend need.
public struct PilotLog: Sendable, Hashable, Codable {
  /// Which reader produced it (`hf-trainer-state`, `llama-factory-jsonl`, `nanogpt-stdout`).
  public var format: String
  public var source: String
  public var steps: [PilotStep]
  /// Total wall time and tokens from the log's own summary, when it has one.
  public var totalRuntime: WallTime?
  public var totalTokens: TokenCount?
  /// Optimizer steps covered by `totalRuntime` (HF `global_step`, LLaMA-Factory `total_steps`):
  /// without per-step times, seconds per step is `totalRuntime / totalSteps`.
  public var totalSteps: Int?
  /// Tokens per optimizer step when the log states it (nanoGPT's `tokens per iteration will be`).
  public var tokensPerStep: TokenCount?
  /// Sequences per optimizer step when the log states it (Megatron's `global batch size`); times
  /// the sequence length from the card it gives tokens per step.
  public var samplesPerStep: Int?
  /// Things that are odd but not fatal: NaN losses, truncated lines, a single entry.
  public var issues: [String]
  /// Steps whose logged loss was NaN or infinite, in log order (their `PilotStep.loss` is nil).
  /// A typed fact so the pilot step can call a diverged run a divergence, not parse `issues`.
  public var nonFiniteLossSteps: [Int] = []

  public init(
    format: String, source: String, steps: [PilotStep], totalRuntime: WallTime? = nil,
    totalTokens: TokenCount? = nil, totalSteps: Int? = nil, tokensPerStep: TokenCount? = nil,
    samplesPerStep: Int? = nil, issues: [String] = []
  ) {
    self.format = format
    self.source = source
    self.steps = steps
    self.totalRuntime = totalRuntime
    self.totalTokens = totalTokens
    self.totalSteps = totalSteps
    self.tokensPerStep = tokensPerStep
    self.samplesPerStep = samplesPerStep
    self.issues = issues
  }
}

/// One logged step of a pilot.
public struct PilotStep: Sendable, Hashable, Codable {
  public var step: Int
  /// Nil when the entry had no loss or the loss was NaN (counted in `PilotLog.issues`).
  public var loss: Double?
  /// Wall time since the start of training, when the log records it.
  public var elapsed: WallTime?
  /// Time this step (or interval) took, when the log records it directly (nanoGPT `time`).
  public var duration: WallTime?
  /// Tokens seen since the start, when the log records it.
  public var tokensSeen: TokenCount?

  public init(
    step: Int, loss: Double? = nil, elapsed: WallTime? = nil, duration: WallTime? = nil,
    tokensSeen: TokenCount? = nil
  ) {
    self.step = step
    self.loss = loss
    self.elapsed = elapsed
    self.duration = duration
    self.tokensSeen = tokensSeen
  }
}
