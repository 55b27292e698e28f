import Testing
import TollgateTestSupport

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

  /// Long well-formed text of 1-4 byte scalars, whole and with one byte changed, so that both
  /// the sixteen-byte blocks and the tail of the validator see valid and invalid input.
  @Test func agreesWithStandardLibraryOnTextWithOneByteChanged() {
    var generator = SplitMix64(seed: 41)
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0x80...0x7FF, 0x800...0xD7FF, 0x4E00...0x9FFF,
      0xE000...0xFFFF, 0x10000...0x10FFFF,
    ]
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<Int(generator.next() % 60) {
        let range = ranges[Int(generator.next() % UInt64(ranges.count))]
        let value = range.lowerBound + UInt32(generator.next() % UInt64(range.count))
        text.unicodeScalars.append(Unicode.Scalar(value) ?? "a")
      }
      var bytes = Array(text.utf8)
      #expect(bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) }, "bytes \(bytes)")
      guard !bytes.isEmpty else { continue }
      bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(
        truncatingIfNeeded: generator.next())
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
