import Foundation
import TollgateCore
import TollgateFormats
import TollgateText

/// Reading a `tollgate data scan --json` result (for `data merge`, `data card --scan` and
/// `decide --pii-scan`), with messages that say what is wrong with a file that is not one.
enum ScanResultFile {
  /// Keys of a scan result whose numbers have a fraction; every other number is a count.
  static let fractionalKeys: Set<String> = ["documentsWithHitsRate", "documentsWithHitsPer1000"]

  /// The error for a file that holds the error document of a failed `--json` run
  /// (`{"schemaVersion": 1, "error": {...}}`), or nil for any other file.
  ///
  /// `tollgate data scan CORPUS --json > scan.json` writes that document when the scan stops,
  /// so the file exists but holds no result; saying "not a scan result" would hide why.
  static func failedScan(in data: Data, _ argument: String) -> TollgateError? {
    struct ErrorDocument: Decodable {
      struct Failure: Decodable {
        var message: String
        var file: String?
      }
      var schemaVersion: Int
      var error: Failure
    }
    guard let document = try? JSONDecoder().decode(ErrorDocument.self, from: data) else {
      return nil
    }
    let place = document.error.file.map { " (\($0))" } ?? ""
    // The document of a command that itself refused a failed scan says so already.
    let prefix = "this file records a failed scan: "
    let message = document.error.message
    return TollgateError.file(
      .malformed, argument,
      (message.hasPrefix(prefix) ? message : prefix + message) + place,
      hint: "fix what the scan reported, run the same `tollgate data scan` command again and give "
        + "its --json result")
  }

  /// Decodes a scan result, or throws an error that says where the file goes wrong.
  static func decode(_ data: Data, _ argument: String) throws -> PIIScanReport {
    if let failed = failedScan(in: data, argument) { throw failed }
    do {
      return try JSONDecoder().decode(PIIScanReport.self, from: data)
    } catch {
      throw JSONDecodingFailure.error(
        error, data: data, path: argument, what: "not a result of `tollgate data scan --json`",
        hint: "pass the --json output of `tollgate data scan`", fractionalKeys: fractionalKeys)
    }
  }
}
