// Quantities with units are types: the classic bug of cost and guard maths is a GPU-hour added to
// a wall-clock hour or a per-GPU rate used as a cluster rate. No bare Double crosses a module.

/// A number of tokens, counted with the base model's own tokenizer.
public struct TokenCount: Sendable, Hashable, Codable, Comparable {
  public var value: Int64

  public init(_ value: Int64) { self.value = value }

  public static func < (lhs: TokenCount, rhs: TokenCount) -> Bool { lhs.value < rhs.value }
  public static func + (lhs: TokenCount, rhs: TokenCount) -> TokenCount {
    TokenCount(lhs.value + rhs.value)
  }
}

/// Training throughput of the whole job (all GPUs together) unless a name says per GPU.
public struct TokensPerSecond: Sendable, Hashable, Codable, Comparable {
  public var value: Double

  public init(_ value: Double) { self.value = value }

  public static func < (lhs: TokensPerSecond, rhs: TokensPerSecond) -> Bool {
    lhs.value < rhs.value
  }
}

/// Wall-clock time in seconds.
public struct WallTime: Sendable, Hashable, Codable, Comparable {
  public var seconds: Double

  public init(seconds: Double) { self.seconds = seconds }
  public init(hours: Double) { self.seconds = hours * 3600 }

  public var hours: Double { seconds / 3600 }
  public var days: Double { seconds / 86_400 }

  public static func < (lhs: WallTime, rhs: WallTime) -> Bool { lhs.seconds < rhs.seconds }
}

/// GPU time: wall-clock hours multiplied by the number of GPUs that were held.
public struct GPUHours: Sendable, Hashable, Codable, Comparable {
  public var value: Double

  public init(_ value: Double) { self.value = value }

  public static func < (lhs: GPUHours, rhs: GPUHours) -> Bool { lhs.value < rhs.value }
}

/// An amount of money in one currency (ISO 4217 code, upper case).
public struct Money: Sendable, Hashable, Codable, Comparable {
  public var amount: Double
  public var currency: String

  public init(_ amount: Double, _ currency: String) {
    self.amount = amount
    self.currency = currency
  }

  /// Amounts in different currencies are not ordered; comparing them is a programming error that
  /// the card checker prevents by requiring one currency per card.
  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.amount < rhs.amount }
}

/// The price of one GPU for one hour.
public struct PricePerGPUHour: Sendable, Hashable, Codable {
  public var money: Money

  public init(_ money: Money) { self.money = money }

  /// The cost of `hours` of GPU time at this price.
  public func cost(of hours: GPUHours) -> Money {
    Money(money.amount * hours.value, money.currency)
  }
}

/// Floating-point operations per second, for the FLOPs (6ND) cross-check.
public struct FLOPsPerSecond: Sendable, Hashable, Codable, Comparable {
  public var value: Double

  public init(_ value: Double) { self.value = value }

  public static func < (lhs: FLOPsPerSecond, rhs: FLOPsPerSecond) -> Bool {
    lhs.value < rhs.value
  }
}

/// A closed range of a quantity: an estimate with its low and high ends.
public struct Estimate<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
  public var low: Value
  public var expected: Value
  public var high: Value

  public init(low: Value, expected: Value, high: Value) {
    self.low = low
    self.expected = expected
    self.high = high
  }
}
