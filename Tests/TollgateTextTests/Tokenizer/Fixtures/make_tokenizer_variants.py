#!/usr/bin/env python3
"""Writes the oracle files for the split-pattern and tokenizer-variant tests.

Oracle: Hugging Face `tokenizers` (pip, 0.23.3 when generated). Run from this folder:
    python3 make_tokenizer_variants.py
- split_reference.json: for the GPT-2, Llama-3 and Qwen2 split patterns, the pieces HF's
  Split(Regex, "isolated") pre-tokenizer makes of every sample text and of 400 seeded random
  strings built from characters that stress the patterns.
- variant_reference.json: ids of the samples for tokenizers made from the real ones by
  replacing one component (a "patch" of top-level keys), covering Llama-3-style splitting,
  NFKC + lowercase, Metaspace, ignore_merges and added-token options.
"""
import json
import pathlib
import random

import tokenizers
from tokenizers import Regex, Tokenizer, pre_tokenizers

here = pathlib.Path(__file__).resolve().parent
realdata = here.parents[2] / "Fixtures/realdata/tokenizers"
samples = [json.loads(line)["text"] for line in (realdata / "samples.jsonl").open(encoding="utf-8")]

GPT2 = r"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"
LLAMA3 = (r"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}"
          r"| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+")
QWEN2 = LLAMA3.replace(r"\p{N}{1,3}", r"\p{N}")

alphabet = list("aZé ß'sStTreREvVmMlLdD0123456789") + [
    " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\u00a0", "\u3000", "\u2009", "\u200b", "\u0085",
    "ſ", "中", "文", "。", "，", "、", "（", "）", "😀", "👍🏽", "👨‍👩‍👧", "🇨🇳", "\u0301", "²", "½",
    "Ⅻ", "ǅ", "ʰ", "١٢", "ﾃ", "Ａ", "１２３", "!", "?", ".", ",", "-", "_", "(", ")", "\"",
    "#", "$", "%", "&", "*", "+", "/", ":", ";", "<", ">", "=", "@", "[", "]", "{", "}", "~",
    "|", "\\", "^", "`", "'", "’", "\x00", "\x1f", "\x7f", "\ufeff", "ﬁ", "Ω", "İ", "K"]
generator = random.Random(20261204)
random_texts = ["".join(generator.choice(alphabet) for _ in range(generator.randint(1, 40)))
                for _ in range(400)]
texts = samples + random_texts

split_reference = {"oracle": f"tokenizers {tokenizers.__version__}", "patterns": {}}
for name, pattern in [("gpt2", GPT2), ("llama3", LLAMA3), ("qwen2", QWEN2)]:
    splitter = pre_tokenizers.Split(Regex(pattern), behavior="isolated")
    split_reference["patterns"][name] = {
        "regex": pattern,
        "cases": [{"text": t, "pieces": [p for p, _ in splitter.pre_tokenize_str(t)]}
                  for t in texts]}
(here / "split_reference.json").write_text(
    json.dumps(split_reference, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

byte_level_no_regex = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True,
                       "use_regex": False}
variants = [
    ("gpt2-llama3-split", "gpt2", {"pre_tokenizer": {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": LLAMA3}, "behavior": "Isolated", "invert": False},
        byte_level_no_regex]}}),
    ("minimind-qwen2-split", "minimind-zh", {"pre_tokenizer": {"type": "Sequence", "pretokenizers": [
        {"type": "Split", "pattern": {"Regex": QWEN2}, "behavior": "Isolated", "invert": False},
        byte_level_no_regex]}}),
    ("gpt2-nfkc-lowercase", "gpt2", {"normalizer": {"type": "Sequence", "normalizers": [
        {"type": "NFKC"}, {"type": "Lowercase"}]}}),
    ("gpt2-nfc-prefix-space", "gpt2", {"normalizer": {"type": "NFC"}, "pre_tokenizer": {
        "type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True}}),
    ("llama2-metaspace-first", "llama2", {"normalizer": None, "pre_tokenizer": {
        "type": "Metaspace", "replacement": "▁", "prepend_scheme": "first", "split": False}}),
    ("llama2-metaspace-always-split", "llama2", {"normalizer": None, "pre_tokenizer": {
        "type": "Metaspace", "replacement": "▁", "prepend_scheme": "always", "split": True}}),
    ("gpt2-ignore-merges", "gpt2", {"model.ignore_merges": True}),
    ("gpt2-added-token-options", "gpt2", {"added_tokens": [
        {"id": 50256, "content": "<|endoftext|>", "single_word": False, "lstrip": True,
         "rstrip": True, "normalized": False, "special": True},
        {"id": 50257, "content": "合同", "single_word": True, "lstrip": False, "rstrip": False,
         "normalized": False, "special": False}]}),
]
variant_reference = {"oracle": f"tokenizers {tokenizers.__version__}", "variants": []}
for name, base, patch in variants:
    config = json.loads((realdata / base / "tokenizer.json").read_text(encoding="utf-8"))
    for key, value in patch.items():
        if key.startswith("model."):
            config["model"][key[len("model."):]] = value
        else:
            config[key] = value
    tokenizer = Tokenizer.from_str(json.dumps(config))
    variant_reference["variants"].append({
        "name": name, "base": f"{base}/tokenizer.json", "patch": patch,
        "ids": [tokenizer.encode(t, add_special_tokens=False).ids for t in samples]})
(here / "variant_reference.json").write_text(
    json.dumps(variant_reference, ensure_ascii=False) + "\n", encoding="utf-8")
