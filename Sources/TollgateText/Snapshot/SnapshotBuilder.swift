import Foundation
import Synchronization
import TollgateCore
import TollgateFormats

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Takes a snapshot of files and folders: lists every file, hashes them on all cores, counts the
/// records of JSON Lines files.
///
/// Problems with single files (permissions, broken links, a file deleted mid-way, damaged
/// compression) are listed in the manifest instead of stopping the snapshot: on a shared dataset
/// one unreadable file should not hide the state of the other ten thousand.
public struct SnapshotBuilder: Sendable {
  /// The name recorded in the manifest.
  public var name: String
  /// Files and folders to include.
  public var roots: [String]
  /// Whether to compute MD5s as DVC does (costs one more hash per byte).
  public var includeDVCHashes: Bool
  /// Worker threads; defaults to every core.
  public var concurrency: Int
  /// Files never recorded, even when a root names them: the manifest being written, so that a
  /// snapshot taken again over its own output keeps its id.
  public var leftOut: [String] = []

  public init(
    name: String, roots: [String], includeDVCHashes: Bool = false,
    concurrency: Int = ProcessInfo.processInfo.activeProcessorCount
  ) {
    self.name = name
    self.roots = roots
    self.includeDVCHashes = includeDVCHashes
    self.concurrency = max(1, concurrency)
  }

  /// A file found by the walk, to be hashed.
  struct Job: Sendable {
    var absolutePath: String
    var relativePath: String
    var sizeHint: Int64
  }

  /// Walks, hashes and assembles the manifest.
  ///
  /// - Parameters:
  ///   - progress: called from worker threads with (files done, files total).
  ///   - note: called with one line (no newline) per file reached through two roots.
  /// - Throws: `TollgateError.unreadable` when a root itself does not exist.
  public func build(
    at date: Date = Date(), progress: (@Sendable (Int, Int) -> Void)? = nil,
    note: (String) -> Void = { _ in }
  ) throws -> SnapshotManifest {
    var walk = SnapshotWalk(leftOut: Set(leftOut.map(EntryPath.identity(of:))))
    for root in roots { try walk.add(root: root) }
    walk.notes.forEach(note)
    let jobs = walk.jobs.sorted { $0.sizeHint > $1.sizeHint }  // big files first balance cores
    let results = digest(jobs, progress: progress)
    var files: [SnapshotFile] = []
    var problems = walk.problems
    for result in results {
      switch result {
      case .file(let file, let problem):
        files.append(file)
        if let problem { problems.append(problem) }
      case .problem(let problem): problems.append(problem)
      }
    }
    return SnapshotManifest(
      name: name, createdAt: date, roots: roots, files: files, problems: problems)
  }

  /// Files at least this big (bytes) hash MD5 on a second thread beside the SHA-256. Below it,
  /// one worker hashes both: the files themselves keep every core busy, and a hand-over per
  /// chunk would cost more than it saves. 4 MiB = four chunks, enough for the two to overlap.
  static let splitMD5MinimumSize = Int64(4 * FileDigester.defaultChunkSize)

  enum Outcome: Sendable {
    case file(SnapshotFile, SnapshotProblem?)
    case problem(SnapshotProblem)
  }

  private func digest(_ jobs: [Job], progress: (@Sendable (Int, Int) -> Void)?) -> [Outcome] {
    let next = Atomic<Int>(0)
    let done = Atomic<Int>(0)
    let outcomes = Mutex<[Outcome]>([])
    let workers = min(concurrency, max(1, jobs.count))
    let withMD5 = includeDVCHashes
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      let digester = FileDigester()
      var local: [Outcome] = []
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < jobs.count else { break }
        local.append(Self.digest(jobs[index], with: digester, md5: withMD5))
        let finished = done.add(1, ordering: .relaxed).newValue
        progress?(finished, jobs.count)
      }
      outcomes.withLock { $0.append(contentsOf: local) }
    }
    return outcomes.withLock { $0 }
  }

  private static func digest(_ job: Job, with digester: borrowing FileDigester, md5: Bool)
    -> Outcome
  {
    let compression = CorpusCompression(fileName: job.relativePath)
    let isJSONLines = CorpusFormat(fileName: job.relativePath) == .jsonLines
    let digest: FileDigester.Digest
    do {
      digest = try digester.digest(
        path: job.absolutePath, md5: md5, countLines: isJSONLines && compression == .none,
        isMD5OnSecondThread: job.sizeHint >= splitMD5MinimumSize)
    } catch {
      return .problem(
        SnapshotProblem(kind: error.kind, path: job.relativePath, detail: error.detail))
    }
    var records = digest.nonBlankLines
    var problem: SnapshotProblem?
    if isJSONLines && compression != .none {
      do {
        records = try countCompressedRecords(job.absolutePath, compression)
      } catch {
        problem = SnapshotProblem(
          kind: .damagedCompression, path: job.relativePath,
          detail: (error as? TollgateError)?.message ?? "\(error)")
      }
    }
    let file = SnapshotFile(
      path: job.relativePath, size: digest.size, sha256: digest.sha256, md5: digest.md5,
      records: records, compression: compression.rawValue)
    return .file(file, problem)
  }

  /// Non-blank lines of a compressed file, through the corpus reader's decompressors (a second
  /// read of the file; the hash pass reads the compressed bytes).
  private static func countCompressedRecords(_ path: String, _ compression: CorpusCompression)
    throws -> Int64
  {
    let reader = CorpusReader(path: path, format: .text, compression: compression)
    let summary = try reader.forEachDocument { _ in }
    return summary.documents + summary.skippedLines
  }
}
