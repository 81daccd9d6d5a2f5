#!/usr/bin/env bash
# Times `dataraya generate` at 1,000,000 graduates: median wall time and peak memory over RUNS runs.
set -euo pipefail
cd "$(dirname "$0")/.."
graduates=${GRADUATES:-1000000}
runs=${RUNS:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
times=()
peaks=()
for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time" "${BUILD:-.build}/release/dataraya" generate --out "$out/data" --graduates "$graduates" >/dev/null
    read -r seconds kib <"$out/time"
    times+=("$seconds")
    peaks+=("$kib")
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
bytes=$(du -sb "$out/data" | cut -f1)
echo "generate --graduates $graduates: median $(median "${times[@]}") s over $runs runs (runs: ${times[*]}),"\
     "peak memory median $(( $(median "${peaks[@]}" | cut -d. -f1) / 1024 )) MiB, output $(( bytes / 1048576 )) MiB"
