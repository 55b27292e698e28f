import CHyperscan
import Foundation
import TollgateCore

/// Finds personal data in UTF-8 text: a Hyperscan prefilter over the raw bytes, then exact
/// validation of each candidate (check digits, dates, prefixes, context words).
///
/// The compiled database is immutable and shared; each thread scans through its own
/// `PIIScanSession`, which owns the Hyperscan scratch space (scratch must never be shared
/// between concurrent scans).
public final class PIIScanner: @unchecked Sendable {
  // @unchecked: `database` is written once in init and only read afterwards; Hyperscan
  // documents a compiled database as safe to use from many threads at once.
  let database: OpaquePointer
  let rules: [PIIRule]
  /// The patterns the card added, in id order.
  public let extraPatterns: [PIIPattern]

  /// Compiles the built-in detectors plus `extraPatterns`.
  ///
  /// - Throws: `TollgateError.invalidContent` naming the pattern Hyperscan could not compile.
  public init(extraPatterns: [PIIPattern] = []) throws {
    var rules: [PIIRule] = PIIPatterns.digitExpressions.map {
      PIIRule(expression: $0, kind: $0.hasSuffix("[Xx]") ? .checkX : .digitRun, flags: 0)
    }
    rules.append(PIIRule(expression: PIIPatterns.emailExpression, kind: .email, flags: 0))
    for (word, side) in ChineseNameFinder.contextWords {
      rules.append(
        PIIRule(
          expression: PIIPatterns.literal(word),
          kind: .context(byteLength: word.utf8.count, side: side), flags: 0))
    }
    for pattern in extraPatterns {
      rules.append(
        PIIRule(
          expression: pattern.regex, kind: .custom(pattern.name),
          flags: UInt32(HS_FLAG_SOM_LEFTMOST | HS_FLAG_UTF8 | HS_FLAG_UCP)))
    }
    self.rules = rules
    self.extraPatterns = extraPatterns
    self.database = try Self.compile(rules, builtInCount: rules.count - extraPatterns.count)
  }

  deinit { hs_free_database(database) }

  /// A scanning session for the calling thread.
  public func makeSession() throws -> PIIScanSession {
    try PIIScanSession(scanner: self)
  }

  /// Scans one string (convenience for tests and small inputs; corpora go through a session).
  public func scan(_ text: String) throws -> [PIIHit] {
    let session = try makeSession()
    var copy = text
    return copy.withUTF8 { session.scan(UnsafeRawBufferPointer($0)) }
  }

  private static func compile(_ rules: [PIIRule], builtInCount: Int) throws -> OpaquePointer {
    switch compileDatabase(rules) {
    case .success(let database):
      return database
    case .failure(let failure):
      // Hyperscan names the expression it could not compile, except for limits of the whole
      // database (too large, too complex): then each card pattern is compiled alone to find
      // the one to blame before anything is said about the built-in ones.
      var culprit = failure.index
      if culprit < 0 {
        culprit =
          (builtInCount..<rules.count).first { index in
            switch compileDatabase([rules[index]]) {
            case .success(let alone):
              hs_free_database(alone)
              return false
            case .failure:
              return true
            }
          } ?? -1
      }
      guard culprit >= builtInCount, culprit < rules.count,
        case .custom(let name) = rules[culprit].kind
      else {
        throw TollgateError(
          .invalidContent, "the built-in PII patterns did not compile: \(failure.message)",
          hint: "this is a bug in Tollgate; please report it with the Hyperscan version")
      }
      let expression = rules[culprit].expression
      if failure.message.contains("empty") {
        throw TollgateError(
          .invalidContent, "PII pattern '\(name)' matches the empty string: \(expression)",
          hint: "make it match at least one character (`[0-9]+`, not `[0-9]*`)")
      }
      throw TollgateError(
        .invalidContent,
        "PII pattern '\(name)' does not compile: \(failure.message): \(expression)",
        hint: "Hyperscan takes PCRE syntax without back-references or look-around, and no "
          + "word boundaries (\\b) in Unicode mode; simplify the part its message names")
    }
  }

  /// Why Hyperscan rejected a set of expressions: its message, and the index of the expression
  /// at fault (-1 when the limit is the whole database's).
  private struct CompileFailure: Error {
    var message: String
    var index: Int
  }

  private static func compileDatabase(_ rules: [PIIRule]) -> Result<OpaquePointer, CompileFailure> {
    let expressions = rules.map { strdup($0.expression) }
    defer { expressions.forEach { free($0) } }
    let pointers = expressions.map { UnsafePointer($0) }
    let flags = rules.map(\.flags)
    let ids = (0..<UInt32(rules.count)).map { $0 }
    var database: OpaquePointer?
    var failure: UnsafeMutablePointer<hs_compile_error_t>?
    let status = hs_compile_multi(
      pointers, flags, ids, UInt32(rules.count), UInt32(HS_MODE_BLOCK), nil, &database,
      &failure)
    guard status == HS_SUCCESS, let database else {
      let message = failure.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "?"
      let index = Int(failure?.pointee.expression ?? -1)
      hs_free_compile_error(failure)
      return .failure(CompileFailure(message: message, index: index))
    }
    return .success(database)
  }
}

/// One expression of the compiled database and what a match of it means.
struct PIIRule: Sendable {
  enum Kind: Sendable {
    /// Fires inside a run of digits; the token is read from the end of the run.
    case digitRun
    /// Fires right after an X that follows a digit (an identity number's check character).
    case checkX
    case email
    case context(byteLength: Int, side: ChineseNameFinder.Side)
    case custom(String)

    /// The kind without its name, for the match callback.
    var action: Action {
      switch self {
      case .digitRun: .digitRun
      case .checkX: .checkX
      case .email: .email
      case .context(let length, let side): .context(byteLength: length, side: side)
      case .custom: .custom
      }
    }
  }

  /// What the match callback does for a rule. A plain value with no string in it, so reading it
  /// for each of the millions of matches in a corpus costs no reference counting.
  enum Action {
    case digitRun
    case checkX
    case email
    case context(byteLength: Int, side: ChineseNameFinder.Side)
    case custom
  }

  var expression: String
  var kind: Kind
  var flags: UInt32
}
