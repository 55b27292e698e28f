import Foundation
import Testing
import TollgateTestSupport

@testable import TollgateText

/// `tokens count --jobs N` starts no more workers than can be used, so memory stays bounded.
@Suite struct TokenCountWorkersTests {
  @Test func workersAreCappedAtAFewPerCore() {
    #expect(CorpusTokenCounter.usableWorkers(jobs: 100_000, cores: 2) == 8)
    #expect(CorpusTokenCounter.usableWorkers(jobs: 3, cores: 2) == 3)
    #expect(CorpusTokenCounter.usableWorkers(jobs: 0, cores: 2) == 1)
    #expect(CorpusTokenCounter.usableWorkers(jobs: 5, cores: 0) == 4)
  }

  @Test func aSinkStartsOneWorkerPerBatchAtMost() throws {
    let path = Fixtures.realData("tokenizers/gpt2/tokenizer.json").path
    let tokenizer = try Tokenizer(contentsOf: path)
    let sink = BatchSink(tokenizer: tokenizer, specialCount: 0, isSampling: false, workers: 64)
    #expect(sink.startedWorkerCount == 0)

    for sequence in 0..<2 {
      var batch = DocumentBatch(fileIndex: 0, sequence: sequence)
      let text = Array("a small document".utf8)
      text.withUnsafeBufferPointer { batch.append($0) }
      sink.submit(batch)
    }
    let results = sink.finish()

    #expect(sink.startedWorkerCount == 2)
    #expect(results.map(\.sequence) == [0, 1])
    #expect(results.allSatisfy { $0.tokens > 0 })
  }
}
