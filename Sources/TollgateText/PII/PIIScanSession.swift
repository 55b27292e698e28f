import CHyperscan
import TollgateCore

/// One thread's scanner: the Hyperscan scratch space plus the state of the scan in progress.
///
/// Not `Sendable`: create one per worker with `PIIScanner.makeSession()`.
public final class PIIScanSession {
  let scanner: PIIScanner
  private let scratch: OpaquePointer
  // The state of the scan in progress, read by the C callback through an unretained pointer.
  var text = TextBytes(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
  var hits: [PIIHit] = []
  var lastDigitEnd = -1
  var lastEmailAt = -1

  init(scanner: PIIScanner) throws {
    self.scanner = scanner
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
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return [] }
    text = TextBytes(bytes: bytes)
    hits.removeAll(keepingCapacity: true)
    lastDigitEnd = -1
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
    let found = PIIHitResolver.resolve(hits, in: text)
    text = TextBytes(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
    return found
  }

  /// Called by `piiMatchHandler` with the match of expression `id` ending at `end`.
  func handleMatch(id: Int, from: Int, to end: Int) {
    // Matches are reported relative to the window; windows are only ever cut at a newline, so
    // this is only wrong for inputs over 2 GiB, where the base is added below.
    let end = end + windowBase
    let from = from + windowBase
    switch scanner.rules[id].kind {
    case .digits:
      guard end != lastDigitEnd else { return }
      lastDigitEnd = end
      if let token = DigitToken.read(endingAt: end, in: text),
        let hit = DigitTokenClassifier.classify(token)
      {
        hits.append(hit)
      }
    case .email:
      let at = end - 2
      guard at != lastEmailAt else { return }
      lastEmailAt = at
      if let hit = EmailFinder.address(at: at, in: text) { hits.append(hit) }
    case .context(let length, let side):
      if let hit = ChineseNameFinder.name(near: (end - length)..<end, side: side, in: text) {
        hits.append(hit)
      }
    case .custom(let name):
      hits.append(
        PIIHit(
          category: .custom(name), byteOffset: from, byteLength: end - from,
          masked: PIIMask.custom(text.string(from..<end))))
    }
  }

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
  let session = Unmanaged<PIIScanSession>.fromOpaque(context).takeUnretainedValue()
  session.handleMatch(id: Int(id), from: Int(from), to: Int(to))
  return 0
}
