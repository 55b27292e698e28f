#!/bin/bash
# bench/hash: tollgate data snapshot (with and without --dvc) vs cat > /dev/null, md5sum,
# sha256sum, openssl dgst -md5 / -sha256 and dvc add --no-commit (temp git+dvc repo), on one
# 1 GB file and on 20,000 files of 50 KB, all in the page cache. The tools run interleaved,
# ROUNDS times (one of each per round, so load from others' builds hits all alike); each time
# is the median of its rounds. Prints MB/s and ratios, the load, and checks the .dvc files agree.
# Usage: bench/hash/run.sh [BIG_MB] [SMALL_FILES] [ROUNDS]   (defaults 1000, 20000 and 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIG=${1:-1000}
COUNT=${2:-20000}
ROUNDS=${3:-3}
WORK=$(mktemp -d /tmp/tollgate-bench-hash.XXXX)
trap 'rm -rf "$WORK"' EXIT
BIN=$(realpath "${TOLLGATE_BINARY:-.build-pii-release/release/tollgate}")
[ -x "$BIN" ] || swift build -c release --product tollgate --scratch-path .build-pii-release

mkdir -p "$WORK/repo/big" "$WORK/repo/small"
head -c "${BIG}000000" /dev/urandom > "$WORK/repo/big/big.bin"
python3 - "$WORK/repo/small" "$COUNT" <<'PY'
import os, random, sys
rng = random.Random(7)
for i in range(int(sys.argv[2])):
    folder = os.path.join(sys.argv[1], f"{i // 1000:02d}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{i:05d}.bin"), "wb") as f: f.write(rng.randbytes(50_000))
PY
cd "$WORK/repo"
git init -q && dvc init -q
# DVC caches file hashes by inode and mtime in its site cache; emptied before each dvc run so
# every run hashes the bytes, as a first `dvc add` does.
dvc config --local core.site_cache_dir "$WORK/site"
cat big/big.bin > /dev/null; find small -type f -exec cat {} + > /dev/null
echo "load before: $(uptime)"
now() { date +%s.%N; }
declare -A T
run() {
  local name=$1; shift; local t0; t0=$(now); "$@" > /dev/null 2>&1
  T[$name]="${T[$name]:-} $(python3 -c "print($(now)-$t0)")"
}
dvc_add() { rm -rf "$WORK/site"; dvc add --no-commit "$1"; }
each() { find small -type f -print0 | xargs -0 "$@"; }

for round in $(seq "$ROUNDS"); do
  run cat_big cat big/big.bin
  run md5sum_big md5sum big/big.bin
  run sha256sum_big sha256sum big/big.bin
  run opensslmd5_big openssl dgst -md5 big/big.bin
  run openssl_big openssl dgst -sha256 big/big.bin
  run tollgate_big "$BIN" data snapshot big --name big --dvc --out big.manifest.json
  run tgsha_big "$BIN" data snapshot big --name big --out big-sha.manifest.json
  cp big.dvc big.dvc.by-tollgate
  run dvc_big dvc_add big
  run cat_small sh -c 'find small -type f -exec cat {} + '
  run md5sum_small each md5sum
  run sha256sum_small each sha256sum
  run opensslmd5_small each openssl dgst -md5
  run openssl_small each openssl dgst -sha256
  run tollgate_small "$BIN" data snapshot small --name small --dvc --out small.manifest.json
  run tgsha_small "$BIN" data snapshot small --name small --out small-sha.manifest.json
  run tgsha1_small taskset -c 0 "$BIN" data snapshot small --name small --out small-sha.manifest.json
  cp small.dvc small.dvc.by-tollgate
  run dvc_small dvc_add small
done
echo "load after:  $(uptime)"

for kind in big small; do
  if cmp -s "$kind.dvc" "$kind.dvc.by-tollgate"; then echo "$kind.dvc: identical to DVC's"; else
    echo "$kind.dvc: DIFFERS from DVC's"; fi
done
python3 - "$BIG" "$COUNT" "$ROUNDS" <<PY
import statistics, sys
t = {$(for k in "${!T[@]}"; do printf '"%s": [%s], ' "$k" "$(echo ${T[$k]} | tr ' ' ',')"; done)}
t = {k: statistics.median(v) for k, v in t.items()}
big = int(sys.argv[1]); small = int(sys.argv[2]) * 0.05
print(f"median of {sys.argv[3]} interleaved rounds")
for k in ["cat", "md5sum", "sha256sum", "opensslmd5", "openssl", "dvc", "tollgate", "tgsha"]:
    print(f"1 file {big} MB: {k:10s} {t[k + '_big']:6.2f} s {big / t[k + '_big']:8.0f} MB/s")
for k in ["cat", "md5sum", "sha256sum", "opensslmd5", "openssl", "dvc", "tollgate", "tgsha",
          "tgsha1"]:
    s = t[k + "_small"]
    print(f"{sys.argv[2]} x 50 KB: {k:10s} {s:6.2f} s {small / s:8.0f} MB/s")
print("tollgate = snapshot --dvc (SHA-256 + MD5, what dvc add does and more); tgsha = without"
      " --dvc; tgsha1 = that pinned to one core; opensslmd5 / openssl = openssl dgst -md5 / -sha256"
      " (one core)")
def r(a, b, kind): return t[f"{a}_{kind}"] / t[f"{b}_{kind}"]
print(f"big, --dvc: {r('dvc', 'tollgate', 'big'):.2f}x dvc add; "
      f"{r('opensslmd5', 'tollgate', 'big'):.2f}x openssl dgst -md5; "
      f"{r('md5sum', 'tollgate', 'big'):.2f}x md5sum")
print(f"big, SHA-256 only: {r('openssl', 'tgsha', 'big'):.2f}x openssl dgst -sha256; "
      f"{r('dvc', 'tgsha', 'big'):.2f}x dvc add; {r('sha256sum', 'tgsha', 'big'):.2f}x sha256sum")
print(f"small, --dvc: {r('dvc', 'tollgate', 'small'):.2f}x dvc add; "
      f"{r('opensslmd5', 'tollgate', 'small'):.2f}x openssl dgst -md5; "
      f"{r('md5sum', 'tollgate', 'small'):.2f}x md5sum")
print(f"small, SHA-256 only: {r('dvc', 'tgsha', 'small'):.2f}x dvc add; "
      f"{r('sha256sum', 'tgsha', 'small'):.2f}x sha256sum; "
      f"{r('openssl', 'tgsha', 'small'):.2f}x openssl dgst -sha256 "
      f"({r('openssl', 'tgsha1', 'small'):.2f}x on one core)")
PY
