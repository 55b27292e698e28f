import Foundation
import TollgateCore

/// One JSON document for stdout: pretty, keys sorted so outputs diff cleanly, newline-terminated.
enum JSONOutput {
  static func encode(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    do {
      return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    } catch {
      throw TollgateError(.invalidContent, "could not encode the JSON output: \(error)")
    }
  }
}
