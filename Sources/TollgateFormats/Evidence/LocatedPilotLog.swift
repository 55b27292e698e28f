import TollgateCore

/// A pilot log found at a path, with notes on which file was chosen.
public struct LocatedPilotLog: Sendable, Hashable {
  public var log: PilotLog
  public var notes: [String]
}
