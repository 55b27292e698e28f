#!/bin/bash
# bench/hash: tollgate data snapshot vs cat > /dev/null, sha256sum, openssl dgst -sha256 and
# dvc add --no-commit (temp git+dvc repo), on one 1 GB file and on 20,000 files of 50 KB, all in
# the page cache. Prints MB/s and ratios, and checks the .dvc files agree.
# Usage: bench/hash/run.sh [BIG_MB] [SMALL_FILES]   (defaults 1000 and 20000)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIG=${1:-1000}
COUNT=${2:-20000}
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
cat big/big.bin > /dev/null; find small -type f -exec cat {} + > /dev/null
echo "load: $(uptime)"
now() { date +%s.%N; }
declare -A T
run() { local name=$1; shift; local t0; t0=$(now); "$@" > /dev/null 2>&1; T[$name]=$(python3 -c "print($(now)-$t0)"); }

run cat_big cat big/big.bin
run sha256sum_big sha256sum big/big.bin
run openssl_big openssl dgst -sha256 big/big.bin
run dvc_big dvc add --no-commit big
cp big.dvc big.dvc.by-dvc
run tollgate_big "$BIN" data snapshot big --name big --dvc --out big.manifest.json
run tgsha_big "$BIN" data snapshot big --name big --out big-sha.manifest.json
run cat_small sh -c 'find small -type f -exec cat {} + '
run sha256sum_small sh -c 'find small -type f -print0 | xargs -0 sha256sum'
run dvc_small dvc add --no-commit small
cp small.dvc small.dvc.by-dvc
run tollgate_small "$BIN" data snapshot small --name small --dvc --out small.manifest.json
run tgsha_small "$BIN" data snapshot small --name small --out small-sha.manifest.json

for kind in big small; do
  if cmp -s "$kind.dvc" "$kind.dvc.by-dvc"; then echo "$kind.dvc: identical to DVC's"; else
    echo "$kind.dvc: DIFFERS from DVC's"; fi
done
python3 - "$BIG" "$COUNT" <<PY
import sys
t = {$(for k in "${!T[@]}"; do printf '"%s": %s, ' "$k" "${T[$k]}"; done)}
big = int(sys.argv[1]); small = int(sys.argv[2]) * 0.05
for k in ["cat_big", "sha256sum_big", "openssl_big", "dvc_big", "tollgate_big", "tgsha_big"]:
    print(f"1 file {big} MB: {k[:-4]:10s} {t[k]:6.2f} s {big/t[k]:8.0f} MB/s")
for k in ["cat_small", "sha256sum_small", "dvc_small", "tollgate_small", "tgsha_small"]:
    print(f"{sys.argv[2]} x 50 KB: {k[:-6]:10s} {t[k]:6.2f} s {small/t[k]:8.0f} MB/s")
print("tollgate = snapshot --dvc (SHA-256 + MD5, what dvc add does and more); tgsha = without --dvc")
print(f"big: SHA-256 only vs openssl dgst (1 core) {t['openssl_big']/t['tgsha_big']:.2f}x; --dvc vs dvc add {t['dvc_big']/t['tollgate_big']:.1f}x; vs sha256sum {t['sha256sum_big']/t['tgsha_big']:.1f}x")
print(f"small: --dvc vs dvc add {t['dvc_small']/t['tollgate_small']:.1f}x; SHA-256 only vs dvc add {t['dvc_small']/t['tgsha_small']:.1f}x; vs sha256sum {t['sha256sum_small']/t['tgsha_small']:.1f}x")
PY
