/// The FLOPs cross-check: does the measured throughput imply a plausible model FLOPs utilisation?
///
/// Training a dense transformer costs about 6 FLOPs per parameter per token (2 forward, 4
/// backward: Kaplan et al. 2020, "Scaling Laws for Neural Language Models", section 2.1; the PaLM
/// paper, Chowdhery et al. 2022, appendix B, defines MFU on the same count). So
/// MFU = 6 · N · tokens/s / (GPUs · peak FLOP/s). Well-tuned large runs reach 40-55 %; a figure
/// above about 60 % usually means the pilot's token count or time is wrong, and one below about
/// 20 % means the run wastes most of the hardware it pays for.
public struct FLOPsCheck: Sendable, Hashable {
  /// What the implied utilisation says about the pilot.
  public enum Finding: String, Sendable, Hashable, Codable {
    case plausible
    /// Above the upper line: the measurement is probably wrong.
    case suspect
    /// Below the lower line: the run is inefficient.
    case wasteful
  }

  /// MFU above this is flagged as a suspect measurement.
  public static let suspectAbove = 0.60
  /// MFU below this is flagged as wasteful.
  public static let wastefulBelow = 0.20

  /// Implied model FLOPs utilisation, 0-1 (may exceed 1 for a broken measurement).
  public var mfu: Double
  /// Plausible, suspect or wasteful, from the lines above.
  public var finding: Finding
  /// The catalog's canonical name of the GPU.
  public var gpu: String
  /// The precision key the peak was looked up for (`bf16`).
  public var precision: String
  /// Dense peak of one GPU at that precision.
  public var peakPerGPU: FLOPsPerSecond
  /// One sentence with the numbers.
  public var reason: String

  /// Why a check could not be made, each a message with a hint.
  public enum Failure: Error, Sendable, Hashable {
    case unknownGPU(name: String, suggestion: String?)
    case precisionUnavailable(gpu: String, precision: String, available: [String])
    case invalidInput(String)

    /// The message for a report or a warning line, in English.
    public var message: String { message(in: .english) }

    /// The message for a report or a warning line, in a language.
    public func message(in language: Language) -> String {
      language.reasonText.flopsFailure(self)
    }

    /// The English message, kept here beside the cases it names.
    var englishMessage: String {
      switch self {
      case .unknownGPU(let name, let suggestion):
        let hint = suggestion.map { "; did you mean \($0)?" } ?? ""
        return "GPU type \"\(name)\" is not in the FLOPs table\(hint)"
      case .precisionUnavailable(let gpu, let precision, let available):
        return "\(gpu) has no \(precision) peak in the table; it has "
          + available.sorted().joined(separator: ", ")
      case .invalidInput(let text): return text
      }
    }
  }

  /// Checks a throughput against a GPU's peak.
  ///
  /// - Parameters:
  ///   - parameters: model parameters N (`7e9`).
  ///   - throughput: tokens per second of the whole job.
  ///   - gpus: GPUs the throughput was measured on.
  ///   - gpuType: a name the catalog knows.
  ///   - dtype: training precision; bf16 when nil.
  ///   - language: the language of the reason.
  public static func check(
    parameters: Double, throughput: TokensPerSecond, gpus: Int, gpuType: String,
    dtype: String?, catalog: GPUCatalog = .standard, language: Language = .english
  ) -> Result<FLOPsCheck, Failure> {
    guard parameters > 0, parameters.isFinite, throughput.value > 0, gpus > 0 else {
      return .failure(
        .invalidInput(
          language.reasonText.flopsInvalidInput(
            parameters: parameters, tokensPerSecond: throughput.value, gpus: gpus)))
    }
    guard case .found(let entry) = catalog.lookUp(gpuType) else {
      let suggestion: String? =
        if case .unknown(_, let near) = catalog.lookUp(gpuType) { near } else { nil }
      return .failure(.unknownGPU(name: gpuType, suggestion: suggestion))
    }
    let precision = GPUCatalog.precisionKey(dtype ?? "bf16")
    guard let peak = entry.peak[precision] else {
      return .failure(
        .precisionUnavailable(
          gpu: entry.name, precision: precision, available: Array(entry.peak.keys)))
    }

    let achieved = 6 * parameters * throughput.value
    let mfu = achieved / (Double(gpus) * peak.value)
    let finding: Finding =
      mfu > suspectAbove ? .suspect : mfu < wastefulBelow ? .wasteful : .plausible
    let reason = language.reasonText.mfu(
      mfu, gpus: gpus, gpu: entry.name, precision: precision, finding: finding)
    return .success(
      FLOPsCheck(
        mfu: mfu, finding: finding, gpu: entry.name, precision: precision, peakPerGPU: peak,
        reason: reason))
  }
}
