/// A snapshot named by its name and id, as a scan or a data card records which data it read.
public struct SnapshotReference: Sendable, Hashable, Codable, CustomStringConvertible {
  public var name: String
  public var id: String

  public init(name: String, id: String) {
    self.name = name
    self.id = id
  }

  public init(_ manifest: SnapshotManifest) {
    self.init(name: manifest.name, id: manifest.id)
  }

  /// `'contracts-v1', id 375429536b23`: the name people use and enough of the id to tell two
  /// snapshots of one name apart.
  public var description: String { "'\(name)', id \(id.prefix(12))" }
}
