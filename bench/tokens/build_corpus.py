#!/usr/bin/env python3
"""Builds the English + Chinese JSON Lines corpus that bench/tokens counts.

Sources, all already on this machine: Debian's manual pages (roff source, English, from
/usr/share/man/man*/), manpages-zh (/usr/share/man/zh_CN and zh_TW), and the contracts in
Tests/Fixtures/realdata/contracts. Each manual page is cut at blank lines into documents of
about 4 KB, written as {"text": ...}. Bytes that are not UTF-8 are replaced (U+FFFD), so all
three tokenizers read the same text.

usage: build_corpus.py OUT.jsonl [MINIMUM_MB]
"""
import glob
import gzip
import json
import pathlib
import sys

out_path = pathlib.Path(sys.argv[1])
minimum = int(sys.argv[2]) if len(sys.argv) > 2 else 100
root = pathlib.Path(__file__).resolve().parents[1]


def pages():
    for pattern in ["/usr/share/man/man*/*.gz", "/usr/share/man/zh_CN/man*/*.gz",
                    "/usr/share/man/zh_TW/man*/*.gz"]:
        for name in sorted(glob.glob(pattern)):
            try:
                with gzip.open(name, "rb") as handle:
                    yield handle.read().decode("utf-8", errors="replace")
            except (OSError, EOFError):
                continue
    contracts = root / "Tests/Fixtures/realdata/contracts"
    for name in sorted(contracts.rglob("*")):
        if name.suffix in {".txt", ".md"}:
            yield name.read_text(encoding="utf-8", errors="replace")


def documents(text, target=4096):
    piece = []
    size = 0
    for paragraph in text.split("\n\n"):
        piece.append(paragraph)
        size += len(paragraph)
        if size >= target:
            yield "\n\n".join(piece)
            piece, size = [], 0
    if piece:
        yield "\n\n".join(piece)


written = 0
count = 0
with out_path.open("w", encoding="utf-8") as out:
    while written < minimum * 1_000_000:
        for page in pages():
            for document in documents(page):
                if not document.strip():
                    continue
                line = json.dumps({"text": document}, ensure_ascii=False) + "\n"
                out.write(line)
                written += len(document.encode("utf-8"))
                count += 1
        if count == 0:
            sys.exit("no manual pages found under /usr/share/man")
print(f"{out_path}: {count} documents, {written / 1e6:.1f} MB of text", file=sys.stderr)
