import CCrypto
import Dispatch
import Foundation

/// A second thread that feeds MD5 the chunks the reading thread has already read, so that MD5
/// and SHA-256 of one big file run on two cores instead of one after the other.
///
/// The reading thread owns a ring of `slotCount` chunks. For each chunk it waits for a free
/// slot, reads into it, publishes the length and hashes SHA-256 itself; this lane hashes the
/// same bytes with MD5 and then frees the slot. A length of 0 ends the file; -1 abandons it
/// (the reader hit an error). Memory stays at `slotCount` chunks whatever the file size.
///
/// `@unchecked Sendable`: the raw pointers are shared by the two threads, but every hand-over
/// goes through a semaphore. The reader writes a slot and its length only after `free` handed
/// it that slot (the lane is done with it), and the lane reads them only after `filled`; the
/// reader touches the MD5 context only after `finished`. A semaphore signal happens-before the
/// wait it releases, so no byte is read and written at the same time.
final class MD5Lane: @unchecked Sendable {
  let slotCount: Int
  let chunkSize: Int
  private let ring: UnsafeMutableRawPointer
  private let lengths: UnsafeMutablePointer<Int>
  private let context: OpaquePointer
  /// Slots the reader may fill. Starts at 0 and is signalled `slotCount` times in `init`:
  /// libdispatch traps when a semaphore is freed below its initial value.
  let free = DispatchSemaphore(value: 0)
  private let filled = DispatchSemaphore(value: 0)
  private let finished = DispatchSemaphore(value: 0)

  /// - Parameter ring: `slotCount * chunkSize` bytes owned by the caller, kept alive until
  ///   `finish()` returns.
  init?(ring: UnsafeMutableRawPointer, slotCount: Int, chunkSize: Int) {
    guard let context = EVP_MD_CTX_new() else { return nil }
    EVP_DigestInit_ex(context, EVP_md5(), nil)
    self.context = context
    self.ring = ring
    self.slotCount = slotCount
    self.chunkSize = chunkSize
    lengths = UnsafeMutablePointer<Int>.allocate(capacity: slotCount)
    lengths.initialize(repeating: 0, count: slotCount)
    for _ in 0..<slotCount { free.signal() }
  }

  deinit {
    EVP_MD_CTX_free(context)
    lengths.deallocate()
  }

  /// Starts the MD5 thread.
  func start() {
    Thread { [self] in run() }.start()
  }

  /// The memory of slot `index`, for the reader to fill after `free.wait()`.
  func slot(_ index: Int) -> UnsafeMutableRawPointer {
    ring + index * chunkSize
  }

  /// Hands slot `index` with `length` bytes to the lane (0: end of file, -1: abandon).
  func publish(_ index: Int, length: Int) {
    lengths[index] = length
    filled.signal()
  }

  /// Waits until the lane has hashed every published chunk, then returns the MD5 bytes.
  func finish() -> [UInt8] {
    finished.wait()
    var output = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
    var length: UInt32 = 0
    EVP_DigestFinal_ex(context, &output, &length)
    return Array(output.prefix(Int(length)))
  }

  private func run() {
    var index = 0
    while true {
      filled.wait()
      let length = lengths[index]
      guard length > 0 else { break }
      EVP_DigestUpdate(context, slot(index), length)
      free.signal()
      index = (index + 1) % slotCount
    }
    finished.signal()
  }
}
