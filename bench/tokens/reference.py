#!/usr/bin/env python3
"""Counts a JSON Lines corpus with HF `tokenizers` and with `tiktoken`, timing each.

usage: reference.py hf|tiktoken TOKENIZER_JSON CORPUS_JSONL
Prints one JSON line: {"tool", "threads", "tokens", "documents", "bytes", "seconds"}.
Thread count comes from the environment the caller sets (RAYON_NUM_THREADS for HF, and for
tiktoken the number of documents encoded in parallel by encode_ordinary_batch's num_threads,
read from TIKTOKEN_THREADS). Only encoding is timed; reading the corpus is not.

The tiktoken Encoding is built from the same tokenizer.json (tiktoken cannot download its own
files here): ranks from the vocabulary (bytes through GPT-2's byte-to-unicode table) and the
GPT-2 split pattern. Added tokens are not special in it, so the corpus must not contain them
literally for the counts to agree (Debian man pages do not).
"""
import json
import os
import sys
import time


def documents(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def byte_decoder():
    printable = (list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
                 + list(range(ord("®"), ord("ÿ") + 1)))
    scalars = printable[:]
    extra = 0
    for byte in range(256):
        if byte not in printable:
            printable.append(byte)
            scalars.append(256 + extra)
            extra += 1
    return {chr(s): b for b, s in zip(printable, scalars)}


def main():
    tool, tokenizer_path, corpus = sys.argv[1:4]
    texts = documents(corpus)
    size = sum(len(t.encode("utf-8")) for t in texts)
    if tool == "hf":
        from tokenizers import Tokenizer
        tokenizer = Tokenizer.from_file(tokenizer_path)
        threads = int(os.environ.get("RAYON_NUM_THREADS", "0") or 0)
        start = time.perf_counter()
        total = 0
        for index in range(0, len(texts), 1000):
            encodings = tokenizer.encode_batch(texts[index:index + 1000], add_special_tokens=False)
            total += sum(len(e.ids) for e in encodings)
        seconds = time.perf_counter() - start
    else:
        import tiktoken
        config = json.load(open(tokenizer_path, encoding="utf-8"))
        decoder = byte_decoder()
        ranks = {bytes(decoder[c] for c in token): rank
                 for token, rank in config["model"]["vocab"].items()}
        pattern = (r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")
        encoding = tiktoken.Encoding("gpt2-from-tokenizer-json", pat_str=pattern,
                                     mergeable_ranks=ranks, special_tokens={})
        threads = int(os.environ.get("TIKTOKEN_THREADS", "1"))
        start = time.perf_counter()
        if threads == 1:
            total = sum(len(encoding.encode_ordinary(t)) for t in texts)
        else:
            total = sum(len(ids) for ids in
                        encoding.encode_ordinary_batch(texts, num_threads=threads))
        seconds = time.perf_counter() - start
    print(json.dumps({"tool": tool, "threads": threads, "tokens": total, "documents": len(texts),
                      "bytes": size, "seconds": round(seconds, 3)}))


main()
