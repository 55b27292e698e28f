/// Dense peak FLOP/s per GPU and precision, for the FLOPs cross-check of a pilot's throughput.
///
/// Figures are the vendors' datasheet peaks for one GPU WITHOUT structured sparsity (datasheets
/// print the 2:4-sparse figure, twice the dense one, in their headline row; the dense one is what
/// training reaches). Tensor-core figures for tf32/bf16/fp16/fp8; fp32 is the non-tensor rate.
/// A precision a GPU lacks (bf16 on V100, fp8 on A100) is absent, not zero.
public struct GPUCatalog: Sendable {
  /// One GPU model and its peaks.
  public struct Entry: Sendable, Hashable {
    /// The canonical name (`H100-SXM`).
    public var name: String
    /// Other spellings that mean this GPU, compared after normalising (`h100`, `H100 SXM5`).
    public var aliases: [String]
    /// Dense peak FLOP/s by precision key (`fp32`, `tf32`, `bf16`, `fp16`, `fp8`).
    public var peak: [String: FLOPsPerSecond]
    /// The datasheet the figures are read from.
    public var source: String
  }

  /// The outcome of looking a GPU up.
  public enum Lookup: Sendable, Hashable {
    case found(Entry)
    /// Not in the table; the nearest known name, if any is close.
    case unknown(name: String, suggestion: String?)
  }

  /// The GPUs known, in table order.
  public var entries: [Entry]

  /// The built-in table (figures in the comments of `builtIn`).
  public static let standard = GPUCatalog(entries: builtIn)

  /// Finds a GPU by name, tolerant of case, spaces, dashes, a vendor prefix and a memory suffix
  /// where the memory does not change the peaks (`a100`, `A100-80GB`, `NVIDIA H100 SXM`).
  public func lookUp(_ name: String) -> Lookup {
    let key = Self.normalise(name)
    for entry in entries where ([entry.name] + entry.aliases).map(Self.normalise).contains(key) {
      return .found(entry)
    }
    // Suggest on normalised spellings so `h10O` and `A-100` find their GPU.
    var canonicalByKey: [String: String] = [:]
    for entry in entries {
      for spelling in [entry.name] + entry.aliases
      where canonicalByKey[Self.normalise(spelling)] == nil {
        canonicalByKey[Self.normalise(spelling)] = entry.name
      }
    }
    let nearest = EditDistance.nearest(to: key, in: canonicalByKey.keys.sorted())
    return .unknown(name: name, suggestion: nearest.flatMap { canonicalByKey[$0] })
  }

  /// The precision key for a card's `dtype`: `bfloat16` -> `bf16`, `float32` -> `fp32`, ...
  public static func precisionKey(_ dtype: String) -> String {
    switch normalise(dtype) {
    case "bf16", "bfloat16": "bf16"
    case "fp16", "float16", "half": "fp16"
    case "fp32", "float32", "float": "fp32"
    case "tf32", "tensorfloat32": "tf32"
    case "fp8", "float8", "fp8e4m3", "fp8e5m2": "fp8"
    case let other: other
    }
  }

  static func normalise(_ name: String) -> String {
    var key = String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    for prefix in ["nvidia", "amd", "instinct", "tesla"] where key.hasPrefix(prefix) {
      key.removeFirst(prefix.count)
    }
    return key
  }

  // Units: 1 TFLOP/s = 1e12 FLOP/s.
  private static func peaks(_ table: KeyValuePairs<String, Double>) -> [String: FLOPsPerSecond] {
    Dictionary(uniqueKeysWithValues: table.map { ($0.key, FLOPsPerSecond($0.value * 1e12)) })
  }

  private static let builtIn: [Entry] = [
    Entry(
      name: "V100", aliases: ["V100-SXM2", "V100-16GB", "V100-32GB", "V100 SXM2 32GB"],
      peak: peaks(["fp32": 15.7, "fp16": 125]),
      source: "NVIDIA Tesla V100 datasheet (SXM2): FP32 15.7, tensor 125 TFLOPS"),
    Entry(
      name: "A10", aliases: ["A10-24GB"],
      peak: peaks(["fp32": 31.2, "tf32": 62.5, "bf16": 125, "fp16": 125]),
      source: "NVIDIA A10 datasheet: FP32 31.2; TF32 62.5, BF16/FP16 125 TFLOPS dense"),
    Entry(
      name: "L4", aliases: ["L4-24GB"],
      peak: peaks(["fp32": 30.3, "tf32": 60, "bf16": 121, "fp16": 121, "fp8": 242.5]),
      source: "NVIDIA L4 datasheet: FP32 30.3; TF32 60, BF16/FP16 121, FP8 242.5 TFLOPS dense"),
    Entry(
      name: "L40S", aliases: ["L40S-48GB"],
      peak: peaks(["fp32": 91.6, "tf32": 183, "bf16": 362.05, "fp16": 362.05, "fp8": 733]),
      source: "NVIDIA L40S datasheet: FP32 91.6; TF32 183, BF16/FP16 362, FP8 733 TFLOPS dense"),
    Entry(
      name: "A100-40GB", aliases: ["A100-SXM4-40GB", "A100 40G"],
      peak: peaks(["fp32": 19.5, "tf32": 156, "bf16": 312, "fp16": 312]),
      source: "NVIDIA A100 datasheet: FP32 19.5; TF32 156, BF16/FP16 312 TFLOPS dense"),
    Entry(
      name: "A100-80GB", aliases: ["A100", "A100-SXM", "A100-SXM4-80GB", "A100 80G"],
      peak: peaks(["fp32": 19.5, "tf32": 156, "bf16": 312, "fp16": 312]),
      source: "NVIDIA A100 datasheet: FP32 19.5; TF32 156, BF16/FP16 312 TFLOPS dense"),
    Entry(
      name: "H100-SXM", aliases: ["H100", "H100-SXM5", "H100-80GB", "H100 SXM5 80GB"],
      peak: peaks(["fp32": 67, "tf32": 494.5, "bf16": 989.5, "fp16": 989.5, "fp8": 1979]),
      source: "NVIDIA H100 datasheet (SXM): FP32 67; TF32 494.5, BF16/FP16 989.5, FP8 1979 dense"),
    Entry(
      name: "H100-PCIe", aliases: ["H100 PCIe 80GB"],
      peak: peaks(["fp32": 51, "tf32": 378, "bf16": 756, "fp16": 756, "fp8": 1513]),
      source: "NVIDIA H100 datasheet (PCIe): FP32 51; TF32 378, BF16/FP16 756, FP8 1513 dense"),
    Entry(
      name: "H200", aliases: ["H200-SXM", "H200-141GB"],
      peak: peaks(["fp32": 67, "tf32": 494.5, "bf16": 989.5, "fp16": 989.5, "fp8": 1979]),
      source: "NVIDIA H200 datasheet (SXM): FP32 67; TF32 494.5, BF16/FP16 989.5, FP8 1979 dense"),
    Entry(
      name: "B200", aliases: ["B200-SXM", "HGX B200"],
      peak: peaks(["fp32": 75, "tf32": 1100, "bf16": 2250, "fp16": 2250, "fp8": 4500]),
      source:
        "NVIDIA HGX B200 datasheet, per GPU: FP32 75; TF32 1.1, BF16/FP16 2.25, FP8 4.5 PF dense"
    ),
    Entry(
      name: "MI300X", aliases: ["MI300", "Instinct MI300X"],
      peak: peaks(["fp32": 163.4, "tf32": 653.7, "bf16": 1307.4, "fp16": 1307.4, "fp8": 2614.9]),
      source:
        "AMD Instinct MI300X datasheet: FP32 163.4; TF32 653.7, BF16/FP16 1307.4, FP8 2614.9 dense"
    ),
  ]
}
