/// The report page's style sheet, inlined so the HTML file needs nothing beside it.
///
/// System fonts only (no web font to fetch); colours carry meaning together with words, never
/// alone, so a printed or colour-blind reading loses nothing.
enum HTMLStyle {
  static let css = """
    body { margin: 0; background: #f6f7f9; color: #1f2328;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC",
      "Microsoft YaHei", sans-serif; }
    main { max-width: 1080px; margin: 0 auto; padding: 24px; background: #fff; }
    h1 { font-size: 1.6em; margin: 0 0 16px; }
    h2 { font-size: 1.25em; margin: 32px 0 8px; padding-bottom: 4px;
      border-bottom: 1px solid #d0d7de; }
    h3 { font-size: 1.05em; margin: 20px 0 6px; }
    h4 { font-size: 1em; margin: 12px 0 4px; }
    code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
      font-size: 0.92em; }
    pre { background: #f6f8fa; padding: 10px 12px; border-radius: 6px; overflow-x: auto; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    .table { overflow-x: auto; }
    table { border-collapse: collapse; margin: 8px 0; font-size: 0.93em; }
    th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
    th { background: #f6f8fa; }
    .verdict { padding: 10px 14px; border-left: 6px solid #8c959f; background: #f6f8fa; }
    .verdict-ship_to_canary, .verdict-continue, .verdict-pilot { border-color: #1a7f37; }
    .verdict-stop_loss, .verdict-blocked, .verdict-dont_train { border-color: #cf222e; }
    .verdict-undecided { border-color: #bf8700; }
    .status-pass, .risk-quiet, .ledger-within_cap, .step-passed { background: #eef8f0; }
    .status-warn, .status-unproven, .step-no_evidence { background: #fff8e5; }
    .status-block, .risk-fired, .ledger-over_cap, .ledger-past_stop_loss, .step-failed,
    .regression {
      background: #ffeef0; }
    figure { margin: 12px 0; }
    svg.chart { width: 100%; max-width: 720px; height: auto; font-size: 12px; }
    svg.chart text { fill: #1f2328; }
    svg.chart .tick, svg.chart .axis-label { fill: #57606a; }
    svg.chart .axis { stroke: #8c959f; stroke-width: 1; }
    svg.chart .baseline { fill: #6e7781; stroke: #6e7781; }
    svg.chart .candidate { fill: #0969da; stroke: #0969da; }
    svg.chart .whisker { stroke-width: 2; }
    svg.chart .reference { stroke: #cf222e; stroke-width: 1.5; stroke-dasharray: 4 3; }
    footer { margin-top: 32px; color: #57606a; font-size: 0.85em; }
    @media print { body { background: #fff; } main { padding: 0; } }
    """
}
