import TollgateCore

/// A pilot log found at a path, with notes on which file was chosen.
public struct LocatedPilotLog: Sendable, Hashable {
  /// The log that was read.
  public var log: PilotLog
  /// Which file was chosen and which were not read.
  public var notes: [String]
}
