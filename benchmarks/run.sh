#!/usr/bin/env bash
# The benchmark suite, run by `make bench` after the release build. Every figure is a median of RUNS runs.
#   1. generating the national dataset at GRADUATES graduates;
#   2. loading the nine CSV files durably: `dataraya import` into SQLite against DuckDB into a database file;
#   3. start-up into memory (ours from SQLite, DuckDB's read_csv) and the dashboard queries of queries.json,
#      with every query's rows checked to agree between the two engines; peak memory.
# Record the printed tables, with the machine and the date, in benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
GRADUATES=${GRADUATES:-1000000}
out=benchmarks/out
data=$out/data-$GRADUATES
mkdir -p "$out"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
[ -x benchmarks/.venv/bin/python ] || python3 -m venv benchmarks/.venv
benchmarks/.venv/bin/pip install -q -r benchmarks/requirements.txt
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

echo "== generating $GRADUATES graduates"
GRADUATES=$GRADUATES RUNS=3 benchmarks/generate.sh
[ -f "$data/graduates.csv" ] || .build/release/dataraya generate --out "$data" --graduates "$GRADUATES" --as-of 2026-11-29 >/dev/null

echo "== durable load of the nine files"
ours=() theirs=()
for _ in $(seq "$RUNS"); do
    rm -f "$out/bench.sqlite"* "$out/bench.duckdb"*
    /usr/bin/time -f "%e" -o "$out/time" .build/release/dataraya import --db "$out/bench.sqlite" "$data" >/dev/null
    ours+=("$(cat "$out/time")")
    theirs+=("$(benchmarks/.venv/bin/python benchmarks/duckdb_peer.py load-durable "$data" "$out/bench.duckdb")")
done
echo "DataRaya import (validated, SQLite, durable): median $(median "${ours[@]}") s (runs: ${ours[*]})"
echo "DuckDB read_csv into a database file:        median $(median "${theirs[@]}") s (runs: ${theirs[*]})"

echo "== start-up and queries"
.build/release/dataraya-bench "$out/bench.sqlite" benchmarks/queries.json "$RUNS" >"$out/ours.json"
benchmarks/.venv/bin/python benchmarks/duckdb_peer.py load-and-query "$data" benchmarks/queries.json "$RUNS" >"$out/duckdb.json"
python3 benchmarks/compare.py "$out/ours.json" "$out/duckdb.json"
