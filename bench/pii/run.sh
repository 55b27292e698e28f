#!/bin/bash
# bench/pii: tollgate data scan vs ripgrep (same patterns, no validation) vs Presidio (pattern
# recognizers only, same patterns) on one synthetic Chinese JSONL corpus. Prints MB/s and ratios.
# Usage: bench/pii/run.sh [SIZE_MB] (default 200; Presidio gets a 2 MB slice of it).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZE=${1:-200}
WORK=$(mktemp -d /tmp/tollgate-bench-pii.XXXX)
trap 'rm -rf "$WORK"' EXIT
BIN=${TOLLGATE_BINARY:-.build-pii-release/release/tollgate}
[ -x "$BIN" ] || swift build -c release --product tollgate --scratch-path .build-pii-release
python3 bench/pii_make_corpus.py "$SIZE" "$WORK/corpus.jsonl"
head -c 2000000 "$WORK/corpus.jsonl" | head -n -1 > "$WORK/slice.jsonl"
MB=$(python3 -c "import os;print(os.path.getsize('$WORK/corpus.jsonl')/1e6)")
cat "$WORK/corpus.jsonl" > /dev/null  # page cache
echo "load: $(uptime)"
now() { date +%s.%N; }
rate() { python3 -c "print(f'{$1/($3-$2):.1f}')"; }

t0=$(now); "$BIN" data scan "$WORK/corpus.jsonl" --json > "$WORK/scan.json"; t1=$(now)
TG=$(rate "$MB" "$t0" "$t1")
ARGS=(); while IFS=$'\t' read -r _ regex; do ARGS+=(-e "$regex"); done < bench/pii/patterns.tsv
t0=$(now); rg -P -c "${ARGS[@]}" "$WORK/corpus.jsonl" > /dev/null || true; t1=$(now)
RG=$(rate "$MB" "$t0" "$t1")
PRESIDIO=$(python3 bench/pii_presidio.py bench/pii/patterns.tsv "$WORK/slice.jsonl" | tee /dev/stderr \
  | sed -E 's/.* = ([0-9.]+) MB\/s/\1/')
echo "tollgate data scan: $TG MB/s ($(python3 -c "import json;d=json.load(open('$WORK/scan.json'));print(sum(sum(f['hits'].values()) for f in d['files']))") validated hits)"
echo "ripgrep -P (same patterns, no validation): $RG MB/s"
echo "presidio (pattern recognizers, blank NLP): $PRESIDIO MB/s"
python3 -c "print(f'ratio tollgate/ripgrep: {$TG/$RG:.2f}x; tollgate/presidio: {$TG/$PRESIDIO:.0f}x')"
