import CHyperscan
import TollgateCore

/// One thread's scanner: the Hyperscan scratch space plus the state of the scan in progress.
///
/// Not `Sendable`: create one per worker with `PIIScanner.makeSession()`.
public final class PIIScanSession {
  let scanner: PIIScanner
  /// `scanner.rules`' actions by expression id.
  private let actions: [PIIRule.Action]
  private let scratch: OpaquePointer
  // The state of the scan in progress, read by the C callback through an unretained pointer.
  var text = TextBytes(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
  var hits: [PIIHit] = []
  /// The end of the digit run read last, and the match end that led to it: matches ending
  /// between the two lie inside that run and are skipped without reading anything.
  var lastDigitEnd = -1
  var lastDigitTrigger = -1
  var lastEmailAt = -1
  /// Per card-added pattern (by expression id), the match being grown: Hyperscan reports every
  /// end of a match (`[a-z]+` ends after each letter), all with the same leftmost start, so the
  /// session keeps the longest and masks it once, when a match with another start comes or the
  /// scan ends. Masking each reported end made a long line cost the square of its length.
  private var growingCustom: [Range<Int>?] = []

  init(scanner: PIIScanner) throws {
    self.scanner = scanner
    actions = scanner.rules.map(\.kind.action)
    growingCustom = Array(repeating: nil, count: scanner.rules.count)
    var scratch: OpaquePointer?
    guard hs_alloc_scratch(scanner.database, &scratch) == HS_SUCCESS, let scratch else {
      throw TollgateError(
        .invalidContent, "could not allocate Hyperscan scratch space",
        hint: "the machine may be out of memory")
    }
    self.scratch = scratch
  }

  deinit { hs_free_scratch(scratch) }

  /// The hits in `bytes` (UTF-8 text; invalid sequences are skipped over, not fatal), sorted by
  /// offset, overlaps resolved in favour of the longer hit.
  public func scan(_ bytes: UnsafeRawBufferPointer) -> [PIIHit] {
    var found = hits(in: bytes)
    PIIHitResolver.fillCharacterOffsets(&found, in: TextBytes(bytes: bytes))
    return found
  }

  /// `scan(_:)` without the character offsets (left at 0), for callers that only count and
  /// mask: a corpus scan joins many documents in one buffer, where counting the characters
  /// before each hit would read the whole buffer again.
  func hits(in bytes: UnsafeRawBufferPointer) -> [PIIHit] {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
    text = TextBytes(bytes: bytes)
    hits.removeAll(keepingCapacity: true)
    lastDigitEnd = -1
    lastDigitTrigger = -1
    lastEmailAt = -1
    let context = Unmanaged.passUnretained(self).toOpaque()
    // Block mode takes a 32-bit length; larger inputs are scanned in windows cut at newlines,
    // which no pattern crosses.
    var offset = 0
    while offset < bytes.count {
      let end = windowEnd(from: offset)
      let status = hs_scan(
        scanner.database, base.advanced(by: offset).assumingMemoryBound(to: CChar.self),
        UInt32(end - offset), 0, scratch, piiMatchHandler, context)
      _ = status  // Our handler never asks to stop, so the scan always runs to the end.
      offset = end
    }
    if !scanner.extraPatterns.isEmpty {
      for id in growingCustom.indices where growingCustom[id] != nil { finishCustom(id) }
    }
    let found = PIIHitResolver.resolveOverlaps(hits)
    text = TextBytes(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
    return found
  }

  /// Called by `piiMatchHandler` with the match of expression `id` ending at `end`.
  func handleMatch(id: Int, from: Int, to end: Int) {
    // Matches are reported relative to the window; windows are only ever cut at a newline, so
    // this is only wrong for inputs over 2 GiB, where the base is added below.
    let end = end + windowBase
    let from = from + windowBase
    switch actions[id] {
    case .digitRun:
      if end > lastDigitTrigger && end <= lastDigitEnd { return }
      var runEnd = end
      while let digit = text.digit(startingAt: runEnd) { runEnd += digit.length }
      lastDigitTrigger = end
      guard runEnd != lastDigitEnd else { return }
      lastDigitEnd = runEnd
      readDigits(endingAt: runEnd)
    case .checkX:
      guard end != lastDigitEnd else { return }
      lastDigitEnd = end
      lastDigitTrigger = end
      readDigits(endingAt: end)
    case .email:
      let at = end - 2
      guard at != lastEmailAt else { return }
      lastEmailAt = at
      if let hit = EmailFinder.address(at: at, in: text) { hits.append(hit) }
    case .context(let length, let side):
      if let hit = ChineseNameFinder.name(near: (end - length)..<end, side: side, in: text) {
        hits.append(hit)
      }
    case .custom:
      if let growing = growingCustom[id], growing.lowerBound == from {
        growingCustom[id] = from..<max(end, growing.upperBound)
        return
      }
      if growingCustom[id] != nil { finishCustom(id) }
      growingCustom[id] = from..<end
    }
  }

  /// Reports the match of card-added pattern `id` that was being grown.
  private func finishCustom(_ id: Int) {
    guard let range = growingCustom[id], case .custom(let name) = scanner.rules[id].kind else {
      return
    }
    growingCustom[id] = nil
    hits.append(
      PIIHit(
        category: .custom(name), byteOffset: range.lowerBound, byteLength: range.count,
        masked: PIIMask.custom(text.string(range))))
  }

  private func readDigits(endingAt end: Int) {
    if token.read(endingAt: end, in: text), let hit = DigitTokenClassifier.classify(token) {
      hits.append(hit)
    }
  }

  /// The digit token read last, kept so its arrays are reused for the next one.
  private var token = DigitToken.empty

  private var windowBase = 0

  private func windowEnd(from offset: Int) -> Int {
    windowBase = offset
    let limit = Int(Int32.max)
    guard text.count - offset > limit else { return text.count }
    var end = offset + limit
    while end > offset + 1 && text[end - 1] != 0x0A { end -= 1 }
    return end
  }
}

/// The Hyperscan match callback: a plain C function (no captures) that forwards to the
/// session passed as the context pointer.
func piiMatchHandler(
  id: UInt32, from: UInt64, to: UInt64, flags: UInt32, context: UnsafeMutableRawPointer?
) -> Int32 {
  guard let context else { return 0 }
  // The session outlives the scan that passed it, so no retain is needed for the call.
  Unmanaged<PIIScanSession>.fromOpaque(context)._withUnsafeGuaranteedRef {
    $0.handleMatch(id: Int(id), from: Int(from), to: Int(to))
  }
  return 0
}
