/// A small seeded generator for property tests in every test target, so every run draws the
/// same cases and a failure can be replayed from its seed.
///
/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014).
public struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A double uniform in [0, 1), from the top 53 bits.
  public mutating func nextDouble() -> Double {
    Double(next() >> 11) * 0x1p-53
  }
}
