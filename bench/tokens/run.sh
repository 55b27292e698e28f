#!/usr/bin/env bash
# Side-by-side speed and agreement of `tollgate tokens count`, HF tokenizers and tiktoken.
#
# Builds (once) a >= 100 MB English + Chinese JSON Lines corpus from Debian's manual pages,
# manpages-zh and the contracts in Tests/Fixtures/realdata, then counts it with the GPT-2
# tokenizer.json in one run: HF tokenizers (batch encode, 1 and 2 threads), tiktoken (an
# Encoding built from the same tokenizer.json, 1 and 2 threads) and the release build of
# tollgate (--jobs 1 and 2, and --sample 0.01). Checks the counts agree; prints MB/s and ratios.
#
# usage: bench/tokens/run.sh   (env: TOKENIZER, MIN_MB, TOLLGATE_BENCH_DIR; TOLLGATE_BINARY to use
#                              a release binary built elsewhere, e.g. from a clean `git archive`)
# needs: bench/setup (pip install tokenizers tiktoken; apt-get install manpages-zh)
set -euo pipefail
cd "$(dirname "$0")/../.."

work=${TOLLGATE_BENCH_DIR:-/tmp/tollgate-bench-tokens}
tokenizer=${TOKENIZER:-Tests/Fixtures/realdata/tokenizers/gpt2/tokenizer.json}
corpus=$work/corpus.jsonl
mkdir -p "$work"
[ -s "$corpus" ] || python3 bench/tokens/build_corpus.py "$corpus" "${MIN_MB:-100}"

if [ -n "${TOLLGATE_BINARY:-}" ]; then
  tollgate=$TOLLGATE_BINARY
else
  swift build -c release --scratch-path .build-tokens-release --product tollgate >&2
  tollgate=.build-tokens-release/release/tollgate
fi
results=$work/results.jsonl
: > "$results"

# Runs tollgate, appending {"tool", "threads", "seconds", "report"} to the results.
run_tollgate() {
  local label=$1 jobs=$2
  shift 2
  local start end
  start=$(date +%s.%N)
  "$tollgate" tokens count --tokenizer "$tokenizer" --json --jobs "$jobs" "$@" "$corpus" \
    > "$work/$label.json"
  end=$(date +%s.%N)
  python3 -c 'import json,sys; print(json.dumps({"tool": sys.argv[1], "threads": int(sys.argv[2]),
    "seconds": float(sys.argv[4]) - float(sys.argv[3]), "report": json.load(open(sys.argv[5]))}))' \
    "$label" "$jobs" "$start" "$end" "$work/$label.json" >> "$results"
}

echo "load before: $(uptime)" >&2
RAYON_NUM_THREADS=1 TOKENIZERS_PARALLELISM=true \
  python3 bench/tokens/reference.py hf "$tokenizer" "$corpus" >> "$results"
RAYON_NUM_THREADS=2 TOKENIZERS_PARALLELISM=true \
  python3 bench/tokens/reference.py hf "$tokenizer" "$corpus" >> "$results"
TIKTOKEN_THREADS=1 python3 bench/tokens/reference.py tiktoken "$tokenizer" "$corpus" >> "$results"
TIKTOKEN_THREADS=2 python3 bench/tokens/reference.py tiktoken "$tokenizer" "$corpus" >> "$results"
run_tollgate tollgate 1
run_tollgate tollgate 2
run_tollgate tollgate-sample 2 --sample 0.01 --seed 1
echo "load after: $(uptime)" >&2

python3 bench/tokens/summary.py "$results"
