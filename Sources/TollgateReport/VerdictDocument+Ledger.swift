import TollgateCore

extension VerdictDocument {
  /// A number with its unit spelled out (`{"value": 812.5, "unit": "gpu_hours"}`), so a reader
  /// of the JSON never has to guess whether hours are GPU-hours or wall-clock hours.
  public struct Quantity: Sendable, Hashable, Codable {
    /// The amount in `unit`.
    public var value: Double
    /// `gpu_hours` or `hours` (wall clock).
    public var unit: String

    /// A quantity in the given unit.
    public init(value: Double, unit: String) {
      self.value = value
      self.unit = unit
    }

    /// GPU time in GPU-hours.
    public init(_ hours: GPUHours) { self.init(value: hours.value, unit: "gpu_hours") }

    /// Wall-clock time in hours.
    public init(_ time: WallTime) { self.init(value: time.hours, unit: "hours") }
  }

  /// An estimate with its low end, expected value and high end.
  public struct Range<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// The low end.
    public var low: Value
    /// The most likely value.
    public var expected: Value
    /// The high end, safety factor included.
    public var high: Value

    /// A range from its three points.
    public init(low: Value, expected: Value, high: Value) {
      self.low = low
      self.expected = expected
      self.high = high
    }
  }

  /// One line of the cost ledger, with money as `{"amount", "currency"}` and time as quantities.
  public struct LedgerEntry: Sendable, Hashable, Codable {
    /// `training_compute`, `storage_network`, `data_processing`, `evaluation`, `inference`, ...
    public var item: String
    /// GPU time, in `gpu_hours`.
    public var gpuHours: Range<Quantity>?
    /// Wall-clock time, in `hours`.
    public var wallTime: Range<Quantity>?
    /// Money.
    public var cost: Range<Money>?
    /// The card's money cap for the item.
    public var cap: Money?
    /// The card's GPU-hour cap for the item.
    public var gpuHoursCap: Quantity?
    /// The stop-loss trigger that watches this item, as written in the card.
    public var stopLoss: String?
    /// `within_cap`, `over_cap`, `past_stop_loss` or `unknown`.
    public var status: LedgerStatus
    /// What the estimate rests on or still needs.
    public var note: String?

    /// Copies a ledger row of the verdict; an estimate with a value that is not finite becomes
    /// `null`.
    public init(_ row: LedgerRow) {
      self.item = row.item
      self.gpuHours = row.gpuHours.flatMap { estimate in
        Self.range(estimate, \.value).map { range in
          Range(
            low: Quantity(range.low), expected: Quantity(range.expected),
            high: Quantity(range.high))
        }
      }
      self.wallTime = row.wallTime.flatMap { estimate in
        Self.range(estimate, \.seconds).map { range in
          Range(
            low: Quantity(range.low), expected: Quantity(range.expected),
            high: Quantity(range.high))
        }
      }
      self.cost = row.cost.flatMap { Self.range($0, \.amount) }
      self.cap = row.cap.flatMap { $0.amount.isFinite ? $0 : nil }
      self.gpuHoursCap = row.gpuHoursCap.flatMap { $0.value.isFinite ? Quantity($0) : nil }
      self.stopLoss = row.stopLoss
      self.status = row.status
      self.note = row.note
    }

    private static func range<Value>(
      _ estimate: Estimate<Value>, _ number: KeyPath<Value, Double>
    ) -> Range<Value>? {
      let points = [estimate.low, estimate.expected, estimate.high]
      guard points.allSatisfy({ $0[keyPath: number].isFinite }) else { return nil }
      return Range(low: estimate.low, expected: estimate.expected, high: estimate.high)
    }

    /// Encodes every key, unknown values as `null`.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(item, forKey: .item)
      try container.encode(gpuHours, forKey: .gpuHours)
      try container.encode(wallTime, forKey: .wallTime)
      try container.encode(cost, forKey: .cost)
      try container.encode(cap, forKey: .cap)
      try container.encode(gpuHoursCap, forKey: .gpuHoursCap)
      try container.encode(stopLoss, forKey: .stopLoss)
      try container.encode(status, forKey: .status)
      try container.encode(note, forKey: .note)
    }
  }
}
