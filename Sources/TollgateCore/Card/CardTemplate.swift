/// The commented card `tollgate init` writes, in English or Chinese.
///
/// It is filled in for the running example of DESIGN.md (a contract-clause extractor whose
/// accuracy should rise from 0.84 to 0.90) so that every key shows a realistic value, and it
/// passes `CardChecker` as written: a team edits numbers, it does not start from blanks.
public enum CardTemplate {
  /// The template card in `language`.
  public static func text(language: Language) -> String {
    switch language {
    case .english: english
    case .chinese: chinese
    }
  }

  static let english = """
    # Tollgate decision card: should we continue pretraining our model on contract text?
    # Check it with `tollgate card check card.yaml`; decide with `tollgate decide card.yaml`.
    tollgate: 1                      # card schema version
    name: contract-clause-extraction
    lang: en                         # language of reports and messages: en or zh

    goal:
      gap: domain                    # evidence | process | stability | domain (only domain trains)
      # The one metric this training is for: where it stands today and where it must get to.
      primary: {metric: clause_accuracy, baseline: 0.84, target: 0.90}

    baseline:
      approach: retrieval + template prompts   # the cheaper fix training has to beat
      # Run the baseline several times; a spread wider than max_spread means it is too noisy
      # to compare against.
      reproducible: {repeats: 3, max_spread: 0.5pt}

    data:
      sources:
        - name: historical-contracts
          records: 120000
          licence: {training: allowed, commercial: allowed}   # allowed | forbidden | unknown
          storage: {region: cn-east, cross_border: false}
      deidentification:
        method: masking
        excluded_fields: [id_number, bank_account]
        # Share of documents a PII scan may still flag; above it, the decision blocks at step 3.
        # `decide` scans the snapshot below itself (or `corpus`, before a snapshot is taken),
        # or reads `--pii-scan` from `tollgate data scan --snapshot data/v1.manifest.json --json`.
        max_pii_rate: 0.1%
      snapshot: data/v1.manifest.json    # written by `tollgate data snapshot`
      tokens: 2.4e9                      # training tokens, counted with the model's tokenizer
      epochs: 1
      # The corpus: scanned for PII at step 3 until a snapshot is taken; without `tokens`,
      # also counted with the tokenizer (which is needed only then).
      # corpus:
      #   paths: [corpus/*.jsonl.zst]          # files, folders or patterns, relative to this card
      #   tokenizer: base-model/tokenizer.json # the base model's own tokenizer
      #   field: text                          # the JSON field holding the text
      #   sample: 0.01                         # count 1% of documents and estimate (optional)
      #   seed: 7                              # which documents the sample picks

    budget:
      pilot: {gpu_hours: 50}
      training: {gpu_hours: 800, calendar_days: 21, cost: 20000 USD}
      inference: {max_increase: 10%}     # allowed rise in cost per request
      safety_factor: 1.5                 # pilots under-estimate full runs; 1.2-2.0 is usual
      compute: {gpu: H100, gpus: 8, price_per_gpu_hour: 2.5 USD, dtype: bf16}
      # When a line is crossed, the action is taken: no meeting needed.
      stop_loss:
        - {trigger: "estimated_cost > 20000 USD", action: stop_training}
        - {trigger: "spent_gpu_hours > 800", action: stop_training}

    # Each risk: the measurement that reveals it, the line it must not cross, and the response.
    # Actions: stop_training, rollback, take_offline, degrade, throttle, pause_canary, block.
    risks:
      - {name: forgetting, trigger: "general_avg < baseline - 1pt", action: stop_training}
      - {name: pii_leak, trigger: "pii_hit_rate > 0.1%", action: take_offline}

    evaluation:
      sets:
        - {name: regression, kind: task, path: eval/regression.jsonl, buckets: industry}
        - {name: injection, kind: injection, path: eval/injection.jsonl}
        - {name: general, kind: lm_eval}
      allow_incomparable: false          # true: compare mismatched lm-eval runs, with a warning

    # Where evidence lives, relative to this card; `tollgate decide --baseline ...` overrides.
    evidence:
      baseline: evidence/baseline
      candidate: evidence/candidate
      pilot: evidence/pilot/trainer_state.json

    # Derived metrics: an lm-eval metric is TASK.METRIC, e.g. mmlu.acc.
    metrics:
      general_avg: {mean_of: [mmlu.acc, hellaswag.acc_norm, arc_challenge.acc_norm, winogrande.acc]}

    # How to read the pilot log when it has no token counts of its own.
    pilot:
      # Tokens per optimiser step = per_device x gradient_accumulation x gpus x sequence_length
      # (here 524288); or write `tokens_per_step: 524288` directly.
      batch: {per_device: 16, gradient_accumulation: 32, gpus: 1, sequence_length: 1024}
      warmup_steps: 10                   # steps dropped from the start of the log
      parameters: 7e9                    # for the FLOPs check; or `model_config: base/config.json`
      gpus: 1                            # GPUs the pilot ran on

    gate:
      primary: "clause_accuracy >= 0.90"   # the goal's target, judged with its interval
      guards:
        - {metric: injection_success_rate, block: "<= 0.1%", warn: "<= 0.05%", not_worse: true,
           action: rollback}
        - {metric: latency_p95_ms, block: "<= baseline + 10%", action: throttle}
        - {metric: general_avg, block: ">= baseline - 1pt", action: rollback}
      confidence: 0.95                   # for every interval
      unproven: block                    # an interval that crosses a line: block or warn

    rollback:
      model: contract-extractor
      to: baseline                       # baseline | production | canary | previous | v3
      canary: {traffic: 5%, min_hours: 48}
      # command: ./deploy/rollback.sh contract-extractor baseline   # your own; verdicts name it

    """

  static let chinese = """
    # Tollgate 决策卡：要不要用合同文本继续预训练我们的模型？
    # 用 `tollgate card check card.yaml` 检查，用 `tollgate decide card.yaml` 做决定。
    tollgate: 1                      # 决策卡格式版本
    名称: contract-clause-extraction
    lang: zh                         # 报告与提示的语言：en 或 zh

    目标:
      gap: domain                    # evidence | process | stability | domain（只有 domain 值得训练）
      # 这次训练要提升的唯一指标：现在的水平和必须达到的水平。
      primary: {metric: clause_accuracy, baseline: 0.84, target: 0.90}

    基线方案:
      approach: retrieval + template prompts   # 训练必须胜过的更便宜的做法
      # 基线重复跑几次；分散度超过 max_spread 说明噪声太大，无法比较。
      reproducible: {repeats: 3, max_spread: 0.5pt}

    数据:
      sources:
        - name: historical-contracts
          records: 120000
          licence: {training: allowed, commercial: allowed}   # allowed | forbidden | unknown
          storage: {region: cn-east, cross_border: false}     # 存储地域，是否跨境
      deidentification:
        method: masking
        excluded_fields: [id_number, bank_account]
        # 个人信息扫描后仍可含个人信息的文档比例上限；超过则第 3 步阻断。`decide` 会自行扫描下面的
        # 快照（尚未生成快照时扫描 `corpus`），也可用 --pii-scan 传入
        # `tollgate data scan --snapshot data/v1.manifest.json --json` 的结果。
        max_pii_rate: 0.1%
      snapshot: data/v1.manifest.json    # 由 `tollgate data snapshot` 生成
      tokens: 2.4e9                      # 训练 token 数，用模型自己的分词器统计
      epochs: 1
      # 语料：尚未生成快照时，第 3 步扫描其中的个人信息；删去 `tokens` 时，还用分词器统计
      # token 数（只有这时才需要 tokenizer）。
      # corpus:
      #   paths: [corpus/*.jsonl.zst]          # 文件、文件夹或通配符，相对本文件
      #   tokenizer: base-model/tokenizer.json # 基座模型自己的分词器
      #   field: text                          # JSON 中存放正文的字段
      #   sample: 0.01                         # 只统计 1% 的文档并估算总数（可选）
      #   seed: 7                              # 抽样用的随机种子

    预算:
      pilot: {gpu_hours: 50}
      training: {gpu_hours: 800, calendar_days: 21, cost: 20000 USD}
      inference: {max_increase: 10%}     # 单次请求成本允许的涨幅
      safety_factor: 1.5                 # 试跑往往低估正式训练，常用 1.2-2.0
      compute: {gpu: H100, gpus: 8, price_per_gpu_hour: 2.5 USD, dtype: bf16}
      # 越过任何一条线就执行对应动作，不必再开会。
      stop_loss:
        - {trigger: "estimated_cost > 20000 USD", action: stop_training}
        - {trigger: "spent_gpu_hours > 800", action: stop_training}

    # 每个风险：暴露它的指标、不能越过的线、越线后的动作。
    # 动作：stop_training, rollback, take_offline, degrade, throttle, pause_canary, block。
    风险:
      - {name: forgetting, trigger: "general_avg < baseline - 1pt", action: stop_training}
      - {name: pii_leak, trigger: "pii_hit_rate > 0.1%", action: take_offline}

    评测:
      sets:
        - {name: regression, kind: task, path: eval/regression.jsonl, buckets: industry}
        - {name: injection, kind: injection, path: eval/injection.jsonl}
        - {name: general, kind: lm_eval}
      allow_incomparable: false          # true：不可比的 lm-eval 结果也比较，但给出警告

    # 证据放在哪里（相对本文件）；`tollgate decide --baseline ...` 可以覆盖。
    证据:
      baseline: evidence/baseline
      candidate: evidence/candidate
      pilot: evidence/pilot/trainer_state.json

    # 派生指标：lm-eval 指标写作 任务.指标，例如 mmlu.acc。
    指标:
      general_avg: {mean_of: [mmlu.acc, hellaswag.acc_norm, arc_challenge.acc_norm, winogrande.acc]}

    # 试跑日志没有 token 计数时，按这些参数换算。
    试跑:
      # 每步 token 数 = per_device x gradient_accumulation x gpus x sequence_length（这里是 524288）；
      # 也可以直接写 `tokens_per_step: 524288`。
      batch: {per_device: 16, gradient_accumulation: 32, gpus: 1, sequence_length: 1024}
      warmup_steps: 10                   # 从日志开头丢弃的步数
      parameters: 7e9                    # 用于 FLOPs 核对；也可写 `model_config: base/config.json`
      gpus: 1                            # 试跑用的 GPU 数

    成功门槛:
      primary: "clause_accuracy >= 0.90"   # 与目标一致，并按置信区间判断
      guards:
        - {metric: injection_success_rate, block: "<= 0.1%", warn: "<= 0.05%", not_worse: true,
           action: rollback}
        - {metric: latency_p95_ms, block: "<= baseline + 10%", action: throttle}
        - {metric: general_avg, block: ">= baseline - 1pt", action: rollback}
      confidence: 0.95                   # 所有区间使用的置信度
      unproven: block                    # 区间跨过门槛线时：block（阻止）或 warn（警告）

    回滚:
      model: contract-extractor
      to: baseline                       # baseline | production | canary | previous | v3
      canary: {traffic: 5%, min_hours: 48}
      # command: ./deploy/rollback.sh contract-extractor baseline   # 你们自己的回滚命令，裁决会写出它

    """
}
