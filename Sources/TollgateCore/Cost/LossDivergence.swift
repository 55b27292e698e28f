/// The non-finite (NaN or infinite) losses of a pilot log, and whether the run came back from
/// them.
///
/// A loss that turns NaN or infinite and stays so means the weights are gone: the run diverged
/// and its throughput prices a run that would fail. A single non-finite loss among many, with
/// finite losses after it, is what an fp16 loss-scaler overflow or one broken batch leaves; it is
/// worth a note, not a stop. Several such losses with finite ones after them are neither a clean
/// run nor a clean divergence, so the pilot step leaves them undecided.
public struct LossDivergence: Sendable, Hashable, Codable {
  /// How the pilot step treats the non-finite losses.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// No finite loss after the last non-finite one: the run diverged.
    case diverged
    /// One non-finite loss among at least `isolatedMinimumLosses`, finite losses after it.
    case isolated
    /// More than one non-finite loss (or one among few), finite losses after the last.
    case recurring
  }

  /// Logged losses a single non-finite loss must stand among to count as isolated.
  public static let isolatedMinimumLosses = 20

  /// The first step whose loss was not finite.
  public var firstStep: Int
  /// The last step whose loss was not finite.
  public var lastStep: Int
  /// Entries whose loss was not finite.
  public var nonFiniteCount: Int
  /// Entries that logged a loss, finite or not.
  public var loggedLosses: Int
  /// Finite losses logged at steps after `lastStep`.
  public var finiteLossesAfter: Int

  /// Diverged, isolated or recurring (see `Kind`).
  public var kind: Kind {
    if finiteLossesAfter == 0 { return .diverged }
    if nonFiniteCount == 1 && loggedLosses >= Self.isolatedMinimumLosses { return .isolated }
    return .recurring
  }

  /// The non-finite losses of `log`; nil when every logged loss is finite.
  public init?(log: PilotLog) {
    let steps = log.nonFiniteLossSteps
    guard let first = steps.first, let last = steps.max() else { return nil }
    firstStep = first
    lastStep = last
    nonFiniteCount = steps.count
    let finite = log.steps.filter { $0.loss != nil }
    loggedLosses = finite.count + steps.count
    finiteLossesAfter = finite.filter { $0.step > last }.count
  }
}
