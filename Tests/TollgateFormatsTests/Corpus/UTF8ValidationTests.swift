import Testing

@testable import TollgateFormats

@Suite struct UTF8ValidationTests {
  /// Seeded so a failure reproduces; the generator mixes ASCII runs with random high bytes.
  @Test func agreesWithStandardLibraryOnRandomBytes() {
    var generator = SplitMix64(seed: 20_261_204)
    for _ in 0..<5000 {
      let length = Int(generator.next() % 40)
      let bytes: [UInt8] = (0..<length).map { _ in
        let roll = generator.next()
        return roll % 3 == 0 ? UInt8(truncatingIfNeeded: roll >> 8) : UInt8(0x20 + roll % 90)
      }
      let expected = String(validating: bytes, as: UTF8.self) != nil

      let isValid = bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }

      #expect(isValid == expected, "bytes \(bytes)")
    }
  }

  @Test(
    arguments: [
      [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xB8], [0x80],
    ] as [[UInt8]])
  func rejectsOverlongSurrogateAndTruncatedForms(bytes: [UInt8]) {
    #expect(!bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) })
  }
}

/// A small seeded generator (SplitMix64, Steele et al. 2014) so property tests reproduce.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
