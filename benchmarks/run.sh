#!/usr/bin/env bash
# The benchmark suite, run by `make bench` after the release build. Every figure is a median of RUNS runs.
#   1. generating the national dataset at GRADUATES graduates;
#   2. loading the nine CSV files durably: `dataraya import` into SQLite against DuckDB into a database file;
#   3. start-up into memory (ours from SQLite, DuckDB's read_csv) and the dashboard queries of queries.json,
#      with every query's rows checked to agree between the two engines; peak memory;
#   4. the pages' server-side times at the 100,000-graduate demo (benchmarks/pages.sh);
#   5. matching: the model trained on the store, the vectors exported, then the exact inner-product search
#      (`dataraya-bench match`) against FAISS IndexFlatIP and NumPy on those vectors, top-k checked to agree
#      (compare_matching.py), and the quality of the matching against the generator's matching-truth.csv.
#   6. abuse: attacks on a live server (benchmarks/abuse.sh) while a normal client keeps its p99 under 1 s;
#   7. recovery: a checked backup, a restore and a start on the restored store (benchmarks/recovery.sh).
# BUILD names the build folder (default .build); ONLY=matching runs step 4 alone (importing the store once if it
# is missing).
# Record the printed tables, with the machine and the date, in benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
GRADUATES=${GRADUATES:-1000000}
BUILD=${BUILD:-.build}
ONLY=${ONLY:-all}
AS_OF=2026-11-29
bin=$BUILD/release
out=benchmarks/out
data=$out/data-$GRADUATES
mkdir -p "$out"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
[ -x benchmarks/.venv/bin/python ] || python3 -m venv benchmarks/.venv
benchmarks/.venv/bin/pip install -q -r benchmarks/requirements.txt
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# A dataset from before the generator wrote matching-truth.csv is made again.
if [ ! -f "$data/matching-truth.csv" ]; then
    rm -rf "$data"
    "$bin/dataraya" generate --out "$data" --graduates "$GRADUATES" --as-of "$AS_OF" >/dev/null
fi

if [ "$ONLY" != matching ]; then
echo "== generating $GRADUATES graduates"
GRADUATES=$GRADUATES RUNS=3 BUILD=$BUILD benchmarks/generate.sh

echo "== durable load of the nine files"
ours=() theirs=()
for _ in $(seq "$RUNS"); do
    rm -f "$out/bench.sqlite"* "$out/bench.duckdb"*
    /usr/bin/time -f "%e" -o "$out/time" "$bin/dataraya" import --db "$out/bench.sqlite" "$data" >/dev/null
    ours+=("$(cat "$out/time")")
    theirs+=("$(benchmarks/.venv/bin/python benchmarks/duckdb_peer.py load-durable "$data" "$out/bench.duckdb")")
done
echo "DataRaya import (validated, SQLite, durable): median $(median "${ours[@]}") s (runs: ${ours[*]})"
echo "DuckDB read_csv into a database file:        median $(median "${theirs[@]}") s (runs: ${theirs[*]})"

echo "== start-up and queries"
"$bin/dataraya-bench" "$out/bench.sqlite" benchmarks/queries.json "$RUNS" >"$out/ours.json"
benchmarks/.venv/bin/python benchmarks/duckdb_peer.py load-and-query "$data" benchmarks/queries.json "$RUNS" >"$out/duckdb.json"
python3 benchmarks/compare.py "$out/ours.json" "$out/duckdb.json"

echo "== pages: each page's server-side time at the 100,000-graduate demo (goal: under 50 ms)"
BUILD=$BUILD benchmarks/pages.sh
fi

echo "== matching: exact inner-product search against FAISS and NumPy, and quality"
if [ ! -f "$out/bench.sqlite" ] || [ "$data/matching-truth.csv" -nt "$out/bench.sqlite" ]; then
    rm -f "$out/bench.sqlite"*
    "$bin/dataraya" import --db "$out/bench.sqlite" "$data" >/dev/null
fi
"$bin/dataraya" model train --db "$out/bench.sqlite" --models "$out/model"
rm -rf "$out/vectors"
"$bin/dataraya" vectors export --db "$out/bench.sqlite" --models "$out/model" --today "$AS_OF" --out "$out/vectors"
"$bin/dataraya-bench" match "$out/vectors" "$RUNS" "$out/bench.sqlite" "$out/model" "$AS_OF" >"$out/match-ours.json"
# OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE, where this machine sets them for older OpenBLAS builds, slow a current
# NumPy: the peers run without them (threadpoolctl reports the kernel they then use); DataRaya's side keeps them.
for library in faiss numpy; do
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE benchmarks/.venv/bin/python benchmarks/faiss_peer.py \
        "$library" "$out/vectors" "$RUNS" >"$out/match-$library.json"
done
benchmarks/.venv/bin/python benchmarks/compare_matching.py "$out/match-ours.json" "$out/match-faiss.json" \
    "$out/match-numpy.json" "$out/vectors"
"$bin/dataraya" match evaluate --db "$out/bench.sqlite" --models "$out/model" --truth "$data/matching-truth.csv" \
    --today "$AS_OF" --sample 1000

echo "== abuse: attacks on a live server while a normal client measures its latency"
DURATION=${ABUSE_SECONDS:-30} BUILD=$BUILD benchmarks/abuse.sh "$out/bench.sqlite"

echo "== recovery: a checked backup, a restore and a start on it"
GRADUATES=$GRADUATES BUILD=$BUILD benchmarks/recovery.sh
