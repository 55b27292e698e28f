#!/usr/bin/env python3
"""Prints the bench/tokens table: MB/s, agreement of the counts, ratios against the targets.

usage: summary.py RESULTS.jsonl  (written by bench/tokens/run.sh)
Exit status 1 if the exact counts disagree.
"""
import json
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
size = next(r["bytes"] for r in rows if "bytes" in r)


def tokens(row):
    if "report" in row:
        return row["report"]["total"]["tokens"]
    return row["tokens"]


def speed(tool, threads):
    row = next(r for r in rows if r["tool"] == tool and r["threads"] == threads)
    return size / 1e6 / row["seconds"]


print(f"corpus: {size / 1e6:.1f} MB of text")
print(f"{'tool':<16}{'threads':>8}{'seconds':>10}{'MB/s':>9}{'tokens':>14}")
for row in rows:
    if row["tool"] == "tollgate-sample":
        continue
    print(f"{row['tool']:<16}{row['threads']:>8}{row['seconds']:>10.2f}"
          f"{size / 1e6 / row['seconds']:>9.1f}{tokens(row):>14,}")

exact = {(r["tool"], r["threads"]): tokens(r) for r in rows if r["tool"] != "tollgate-sample"}
agree = len(set(exact.values())) == 1
print(f"counts agree: {'yes' if agree else 'NO'} ({', '.join(f'{k[0]}/{k[1]}={v:,}' for k, v in exact.items())})")

truth = exact[("tollgate", 1)]
sample = next(r for r in rows if r["tool"] == "tollgate-sample")
estimate = sample["report"]["total"].get("estimate", {})
error = (estimate.get("tokens", 0) - truth) / truth * 100
print(f"--sample 0.01: {estimate.get('tokens', 0):,} (95 % interval {estimate.get('low', 0):,}"
      f"-{estimate.get('high', 0):,}), {error:+.2f} % off the exact count, "
      f"{sample['seconds']:.2f} s")

checks = [
    ("tollgate / HF tokenizers, 1 thread", speed("tollgate", 1) / speed("hf", 1), 3.0),
    ("tollgate / tiktoken, 1 thread", speed("tollgate", 1) / speed("tiktoken", 1), 1.5),
    ("tollgate 2 jobs / 1 job", speed("tollgate", 2) / speed("tollgate", 1), 1.8),
    ("HF tokenizers 2 / 1 threads", speed("hf", 2) / speed("hf", 1), None),
    ("tiktoken 2 / 1 threads", speed("tiktoken", 2) / speed("tiktoken", 1), None),
]
for name, ratio, target in checks:
    verdict = "" if target is None else f"  target >= {target}x: {'met' if ratio >= target else 'MISSED'}"
    print(f"{name:<38}{ratio:6.2f}x{verdict}")
print(f"--sample 0.01 within 1 %: {'met' if abs(error) <= 1 else 'MISSED'}")
sys.exit(0 if agree else 1)
