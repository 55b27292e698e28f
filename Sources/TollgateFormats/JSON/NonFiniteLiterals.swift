import Foundation

/// Python's `json.dumps` writes `NaN`, `Infinity` and `-Infinity` as bare words, which strict JSON
/// parsers reject. Trainer logs contain them exactly when something went wrong (a diverged loss),
/// which is when Tollgate must still read the log and say so.
///
/// The words are turned into marked strings before parsing and back into numbers after.
enum NonFiniteLiterals {
  /// The marker prefix: a private-use character (JSON strings may not hold raw control
  /// characters), which no real log value begins with.
  private static let marker = "\u{E000}"
  /// Bytes each rewrite adds: two quotes and the marker.
  static let insertedBytes = 2 + marker.utf8.count

  private static let words: [(text: [UInt8], value: Double)] = [
    (Array("-Infinity".utf8), -Double.infinity),
    (Array("Infinity".utf8), Double.infinity),
    (Array("NaN".utf8), Double.nan),
  ]

  /// `data` with every bare non-finite word outside strings quoted and marked, plus the offsets
  /// (in the rewritten data) of each insertion, so that error positions can be mapped back.
  static func quoted(in data: Data) -> (Data, [Int]) {
    let bytes = [UInt8](data)
    guard bytes.contains(UInt8(ascii: "N")) || bytes.contains(UInt8(ascii: "I")) else {
      return (data, [])
    }
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var shifts: [Int] = []
    var index = 0
    var isInString = false
    while index < bytes.count {
      let byte = bytes[index]
      if isInString {
        output.append(byte)
        if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
          output.append(bytes[index + 1])
          index += 2
          continue
        }
        if byte == UInt8(ascii: "\"") { isInString = false }
        index += 1
        continue
      }
      if byte == UInt8(ascii: "\"") {
        isInString = true
      } else if let word = words.first(where: { matches($0.text, in: bytes, at: index) }) {
        shifts.append(output.count)
        output.append(UInt8(ascii: "\""))
        output.append(contentsOf: Array(marker.utf8))
        output.append(contentsOf: word.text)
        output.append(UInt8(ascii: "\""))
        index += word.text.count
        continue
      }
      output.append(byte)
      index += 1
    }
    return (Data(output), shifts)
  }

  /// The number a marked string stands for, or nil for an ordinary string.
  static func value(ofQuoted text: String) -> Double? {
    guard text.hasPrefix(marker) else { return nil }
    let word = Array(text.dropFirst(marker.count).utf8)
    return words.first { $0.text == word }?.value
  }

  private static func matches(_ word: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
    guard index + word.count <= bytes.count else { return false }
    return bytes[index..<index + word.count].elementsEqual(word)
  }
}
