#!/bin/bash
# bench/pii: tollgate data scan vs ripgrep (same patterns, no validation) vs Presidio (pattern
# recognizers only, same patterns) on one synthetic Chinese JSONL corpus. Prints MB/s and ratios.
# Presidio runs twice: over a blank spaCy Chinese pipeline (the set-up the issue's 200x target was
# measured with, and the least a Presidio user runs) and over an engine that does nothing (its
# pattern recognizers alone, a stricter anchor no Presidio user gets).
# ripgrep runs twice: with -P (PCRE2), which the digit-run look-arounds need, and with its default
# engine on the same patterns minus the look-arounds (looser, and what most users would type).
# Usage: bench/pii/run.sh [SIZE_MB] [ROUNDS] (defaults 200 and 3; Presidio gets a 5 MB slice).
# Rounds alternate the tools so load from other work hits them alike; the median is reported.
# tollgate runs twice per round: on every core (what users get) and with --jobs 1 pinned to one
# core with taskset (ripgrep and Presidio use one thread on one file).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=${1:-200}
ROUNDS=${2:-3}
WORK=$(mktemp -d /tmp/tollgate-bench-pii.XXXX)
trap 'rm -rf "$WORK"' EXIT
BIN=${TOLLGATE_BINARY:-.build-pii-release/release/tollgate}
[ -x "$BIN" ] || swift build -c release --product tollgate --scratch-path .build-pii-release
python3 bench/pii/make_corpus.py "$SIZE" "$WORK/corpus.jsonl"
head -c 5000000 "$WORK/corpus.jsonl" | head -n -1 > "$WORK/slice.jsonl"
MB=$(python3 -c "import os;print(os.path.getsize('$WORK/corpus.jsonl')/1e6)")
cat "$WORK/corpus.jsonl" > /dev/null  # page cache
echo "load before: $(uptime)"
ARGS=(); LOOSE=()
while IFS=$'\t' read -r _ regex; do
  ARGS+=(-e "$regex")
  LOOSE+=(-e "$(sed 's/(?<!\[0-9\])//g; s/(?!\[0-9\])//g' <<< "$regex")")
done < bench/pii/patterns.tsv
now() { date +%s.%N; }
seconds() { local t0; t0=$(now); "$@" > /dev/null || true; python3 -c "print($(now) - $t0)"; }
median() { python3 -c "import statistics,sys;print(statistics.median(map(float,sys.argv[1:])))" "$@"; }

TG=(); ONE=(); RG=(); RGD=(); PR=(); PRN=()
for _ in $(seq "$ROUNDS"); do
  TG+=("$(seconds "$BIN" data scan "$WORK/corpus.jsonl" --json)")
  ONE+=("$(seconds taskset -c 0 "$BIN" data scan "$WORK/corpus.jsonl" --jobs 1 --json)")
  RG+=("$(seconds rg -P -c "${ARGS[@]}" "$WORK/corpus.jsonl")")
  RGD+=("$(seconds rg -c "${LOOSE[@]}" "$WORK/corpus.jsonl")")
  PR+=("$(python3 bench/pii/presidio.py bench/pii/patterns.tsv "$WORK/slice.jsonl" --nlp spacy \
    | sed -E 's/.* = ([0-9.]+) MB\/s/\1/')")
  PRN+=("$(python3 bench/pii/presidio.py bench/pii/patterns.tsv "$WORK/slice.jsonl" --nlp none \
    | sed -E 's/.* = ([0-9.]+) MB\/s/\1/')")
done
echo "load after: $(uptime)"
"$BIN" data scan "$WORK/corpus.jsonl" --json > "$WORK/scan.json"
HITS=$(python3 -c "import json;d=json.load(open('$WORK/scan.json'));print(sum(sum(f['hits'].values()) for f in d['files']))")
python3 - "$MB" "$(median "${TG[@]}")" "$(median "${ONE[@]}")" "$(median "${RG[@]}")" \
  "$(median "${RGD[@]}")" "$(median "${PR[@]}")" "$(median "${PRN[@]}")" "$HITS" "$(nproc)" <<'PY'
import sys
mb, tg, one, rg, rgd, presidio, bare, hits, cores = sys.argv[1:]
mb, tg, one, rg, rgd, presidio, bare = map(float, (mb, tg, one, rg, rgd, presidio, bare))
tg_rate, one_rate, rg_rate, rgd_rate = mb / tg, mb / one, mb / rg, mb / rgd
print(f"corpus: {mb:.1f} MB; median of the rounds")
print(f"tollgate data scan, {cores} cores: {tg_rate:.1f} MB/s ({hits} validated hits)")
print(f"tollgate data scan, --jobs 1 on 1 core: {one_rate:.1f} MB/s")
print(f"ripgrep -P (same patterns, no validation, 1 thread): {rg_rate:.1f} MB/s")
print(f"ripgrep default engine (no look-arounds, 1 thread): {rgd_rate:.1f} MB/s")
print(f"presidio (pattern recognizers, blank spaCy zh pipeline, 5 MB slice): {presidio:.2f} MB/s")
print(f"presidio (pattern recognizers, no NLP engine at all, 5 MB slice): {bare:.2f} MB/s")
print(f"ratio tollgate/ripgrep -P: {tg_rate / rg_rate:.2f}x ({one_rate / rg_rate:.2f}x on 1 core); "
      f"tollgate/ripgrep default: {tg_rate / rgd_rate:.2f}x ({one_rate / rgd_rate:.2f}x on 1 core)")
print(f"ratio tollgate/presidio: {tg_rate / presidio:.0f}x ({one_rate / presidio:.0f}x on 1 core); "
      f"without its NLP engine: {tg_rate / bare:.0f}x ({one_rate / bare:.0f}x on 1 core)")
PY
