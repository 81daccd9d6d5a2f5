#!/usr/bin/env bash
# Recovery point and time at the national scale: a checked backup of the store (`dataraya backup`, which also opens
# the copy, checks it and verifies its audit trail), then recovery: `dataraya restore` to a new path and `serve` on it
# until /health answers (the engine loaded, the matching model ready). Medians of RUNS runs, in seconds.
#   benchmarks/recovery.sh      (BUILD names the build folder, default .build; GRADUATES the dataset size)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
graduates=${GRADUATES:-1000000}
bin=${BUILD:-.build}/release/dataraya
out=benchmarks/out
data=$out/data-$graduates
work=$out/recovery-$graduates
mkdir -p "$work"
[ -f "$data/graduates.csv" ] || "$bin" generate --out "$data" --graduates "$graduates" --as-of 2026-11-29 >/dev/null
[ -f "$work/store.sqlite" ] || "$bin" import --db "$work/store.sqlite" "$data" >/dev/null
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
now() { date +%s.%N; }
backups=() restores=() starts=()
for run in $(seq "$runs"); do
    rm -f "$work"/backup.sqlite* "$work"/restored.sqlite*
    t0=$(now); "$bin" backup --db "$work/store.sqlite" --to "$work/backup.sqlite" >/dev/null; t1=$(now)
    "$bin" restore --from "$work/backup.sqlite" --db "$work/restored.sqlite" >/dev/null; t2=$(now)
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$bin" serve --db "$work/restored.sqlite" --port "$port" >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 2400); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
    t3=$(now)
    kill "$server"; wait "$server" 2>/dev/null || true
    backups+=("$(awk "BEGIN {print $t1 - $t0}")") restores+=("$(awk "BEGIN {print $t2 - $t1}")") starts+=("$(awk "BEGIN {print $t3 - $t2}")")
done
size=$(du -m "$work/store.sqlite" | cut -f1)
echo "| measure ($graduates graduates, store $size MB, median of $runs) | seconds |"
echo "| --- | ---: |"
echo "| checked backup (copy, quick_check, audit trail verified, records counted) | $(printf '%s\n' "${backups[@]}" | median) |"
echo "| restore to a new path | $(printf '%s\n' "${restores[@]}" | median) |"
echo "| start on the restored store until /health answers | $(printf '%s\n' "${starts[@]}" | median) |"
