#!/usr/bin/env python3
"""Rebuilds the corpus-reader fixtures from the real contracts in Tests/Fixtures/realdata.

Run from this folder: python3 make_fixtures.py. Needs the gzip and zstd command-line tools.
Each file named after a defect has exactly that one defect.
"""
import json
import pathlib
import subprocess

here = pathlib.Path(__file__).resolve().parent
contracts = here.parents[2] / "Fixtures/realdata/contracts"
sources = sorted((contracts / "cuad_subset/full_contract_txt").glob("*.txt")) + sorted(
    (contracts / "chinese").glob("*.md"))

records = [{"id": i, "meta": {"name": p.name, "text": p.read_text(encoding="utf-8")}}
           for i, p in enumerate(sources)]
lines = [json.dumps(r, ensure_ascii=(r["id"] % 2 == 0)) for r in records]
(here / "contracts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
subprocess.run(["gzip", "-n", "-k", "-f", "contracts.jsonl"], cwd=here, check=True)
subprocess.run(["zstd", "-q", "-f", "contracts.jsonl"], cwd=here, check=True)
for ext in ["gz", "zst"]:
    data = (here / f"contracts.jsonl.{ext}").read_bytes()
    (here / f"truncated.jsonl.{ext}").write_bytes(data[: len(data) // 2])

first = [json.dumps({"text": t}, ensure_ascii=False) for t in
         ["第一条 合同双方应当遵循诚信原则。", "This Agreement is made by and between the parties.",
          "第三条 本合同自双方签字之日起生效。"]]
(here / "not-an-object.jsonl").write_text(
    "\n".join([first[0], json.dumps(["an", "array"]), first[2]]) + "\n", encoding="utf-8")
(here / "missing-field.jsonl").write_text(
    "\n".join([first[0], json.dumps({"content": "no text field"}), first[2]]) + "\n",
    encoding="utf-8")
(here / "invalid-json.jsonl").write_text(
    "\n".join([first[0], first[1][:-2], first[2]]) + "\n", encoding="utf-8")
text_lines = [json.loads(l)["text"].encode() for l in first]
text_lines[1] = text_lines[1].replace(b"Agreement", b"Agr\xffement")
(here / "invalid-utf8.txt").write_bytes(b"\n".join(text_lines) + b"\n")
