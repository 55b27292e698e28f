/// The keys a card may use, section by section, with their aliases.
///
/// English names are canonical: diagnostics, key paths and reports use them. Every top-level key
/// also has a Chinese alias (DESIGN.md, "The decision card"), so a team may write `预算:` for
/// `budget:`; nested keys are English only. The lists also feed "did you mean" suggestions.
public enum CardKeys {
  /// One key: its canonical name and the other spellings accepted for it.
  public struct Key: Sendable, Hashable {
    /// The English name, used in key paths and messages.
    public var name: String
    /// Other accepted spellings (`预算` for `budget`, `license` for `licence`).
    public var aliases: [String]

    public init(_ name: String, aliases: [String] = []) {
      self.name = name
      self.aliases = aliases
    }

    /// Every spelling, canonical first.
    public var spellings: [String] { [name] + aliases }
  }

  /// The sections a card must have for a decision to rest on it, in the order a card lists them.
  public static let requiredSections = [
    "goal", "baseline", "data", "budget", "risks", "evaluation", "gate", "rollback",
  ]

  /// The keys a card may have at its top level.
  public static let topLevel: [Key] = [
    Key("tollgate"),
    Key("name", aliases: ["名称"]),
    Key("lang", aliases: ["语言"]),
    Key("goal", aliases: ["目标"]),
    Key("baseline", aliases: ["基线方案"]),
    Key("data", aliases: ["数据"]),
    Key("budget", aliases: ["预算"]),
    Key("risks", aliases: ["风险"]),
    Key("evaluation", aliases: ["评测"]),
    Key("evidence", aliases: ["证据"]),
    Key("metrics", aliases: ["指标"]),
    Key("pilot", aliases: ["试跑"]),
    Key("gate", aliases: ["成功门槛"]),
    Key("rollback", aliases: ["回滚"]),
  ]

  static let goal = keys("gap", "primary")
  static let primaryTarget = keys("metric", "baseline", "target")
  static let baseline = keys("approach", "reproducible")
  static let reproducible = keys("repeats", "max_spread", "scores")
  static let data = keys(
    "sources", "deidentification", "snapshot", "tokens", "epochs", "corpus")
  static let corpus = [
    Key("paths", aliases: ["files"]), Key("tokenizer"), Key("field", aliases: ["text_field"]),
    Key("sample"), Key("seed"),
  ]
  static let dataSource = [
    Key("name"), Key("records"), Key("licence", aliases: ["license"]), Key("storage"),
  ]
  static let licence = keys("training", "commercial")
  static let storage = keys("region", "cross_border")
  static let deidentification = keys("method", "excluded_fields", "max_pii_rate")
  static let budget = keys(
    "pilot", "training", "inference", "safety_factor", "stop_loss", "compute")
  static let budgetPilot = keys("gpu_hours")
  static let budgetTraining = keys("gpu_hours", "calendar_days", "cost")
  static let budgetInference = keys("max_increase")
  static let compute = keys("gpu", "gpus", "price_per_gpu_hour", "dtype")
  static let stopLossLine = keys("trigger", "action")
  static let risk = keys("name", "trigger", "action")
  static let evaluation = keys("sets", "allow_incomparable")
  static let evaluationSet = keys("name", "kind", "path", "buckets")
  static let evidence = keys("baseline", "candidate", "pilot")
  static let derivedMetric = keys("mean_of")
  static let pilot = keys(
    "tokens_per_step", "batch", "warmup_steps", "parameters", "model_config", "gpus")
  /// The batch shape; aliases are the names Hugging Face, LLaMA-Factory and nanoGPT use.
  static let batch = [
    Key("per_device", aliases: ["per_device_train_batch_size", "micro_batch_size"]),
    Key("gradient_accumulation", aliases: ["gradient_accumulation_steps"]),
    Key("gpus"),
    Key("sequence_length", aliases: ["seq_len", "max_seq_length", "block_size"]),
  ]
  static let gate = keys("primary", "guards", "confidence", "unproven")
  static let guardKeys = keys("metric", "block", "warn", "not_worse", "action")
  static let rollback = keys("model", "to", "canary", "command")
  static let canary = keys("traffic", "min_hours")

  private static func keys(_ names: String...) -> [Key] { names.map { Key($0) } }

  /// The canonical name of a top-level key written as `spelling`, or nil when it is unknown.
  public static func canonicalTopLevel(_ spelling: String) -> String? {
    topLevel.first { $0.spellings.contains(spelling) }?.name
  }

  /// The Chinese alias of a top-level key, for hints (`budget` -> `预算`).
  public static func chineseAlias(of name: String) -> String? {
    topLevel.first { $0.name == name }?.aliases.first
  }
}
