#!/usr/bin/env bash
# Compares two release builds of DataRaya on the same data, interleaved run by run so that the machine's drift falls
# on both alike: the durable import of the nine files, start-up and the dashboard queries (`dataraya-bench`), and the
# HTTP load test (`load.sh`, every route at 64 connections). For recording a change's cost in RESULTS.md.
#   BEFORE=/path/to/other/.build AFTER=.build benchmarks/before_after.sh
# Each build folder must hold release builds of `dataraya` and `dataraya-bench`. Medians of RUNS runs.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${BEFORE:?name the earlier build folder in BEFORE}
AFTER=${AFTER:-.build}
RUNS=${RUNS:-3}
GRADUATES=${GRADUATES:-1000000}
AS_OF=2026-11-29
out=benchmarks/out
data=$out/data-$GRADUATES
mkdir -p "$out"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
[ -f "$data/graduates.csv" ] || "$AFTER/release/dataraya" generate --out "$data" --graduates "$GRADUATES" --as-of "$AS_OF" >/dev/null

echo "== durable import of the nine files"
before=() after=()
for _ in $(seq "$RUNS"); do
    for side in before after; do
        build=$BEFORE
        [ "$side" = after ] && build=$AFTER
        rm -f "$out/ba-$side.sqlite"*
        /usr/bin/time -f "%e" -o "$out/time" "$build/release/dataraya" import --db "$out/ba-$side.sqlite" "$data" >/dev/null
        if [ "$side" = before ]; then before+=("$(cat "$out/time")"); else after+=("$(cat "$out/time")"); fi
    done
done
echo "before: median $(median "${before[@]}") s (runs: ${before[*]})"
echo "after:  median $(median "${after[@]}") s (runs: ${after[*]})"

echo "== start-up and queries"
"$BEFORE/release/dataraya-bench" "$out/ba-before.sqlite" benchmarks/queries.json "$RUNS" >"$out/ba-before.json"
"$AFTER/release/dataraya-bench" "$out/ba-after.sqlite" benchmarks/queries.json "$RUNS" >"$out/ba-after.json"
python3 - "$out/ba-before.json" "$out/ba-after.json" <<'PY'
import json, sys
before, after = (json.load(open(path)) for path in sys.argv[1:3])
def rows(result):
    return {q["name"]: q["median_ms"] for q in result["queries"]}
print(f"start-up: before {before['load_seconds']:.2f} s, after {after['load_seconds']:.2f} s")
b, a = rows(before), rows(after)
print("| query | before ms | after ms | after / before |")
print("| --- | ---: | ---: | ---: |")
for name in b:
    print(f"| {name} | {b[name]:.1f} | {a[name]:.1f} | {a[name] / b[name]:.2f} |")
PY

echo "== HTTP load (64 connections)"
for side in before after; do
    build=$BEFORE
    [ "$side" = after ] && build=$AFTER
    echo "-- $side"
    BUILD=$build DURATION=${DURATION:-15} benchmarks/load.sh "$out/ba-$side.sqlite"
done
