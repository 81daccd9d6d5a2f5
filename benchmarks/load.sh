#!/usr/bin/env bash
# Load test of the HTTP service on loopback with wrk: 64 connections for DURATION seconds each on the bare health
# route (the upper bound), a dashboard-style query, a record read, and a one-vacancy batch write by an agency system
# (the whole write path: decode, access policy, durable upsert with its audit entry, engine merge, index upkeep; each
# write is a synchronous commit, so it measures the disk as much as the code). Prints req/s, p99 latency and errors.
#   benchmarks/load.sh STORE   (a store made by `dataraya import`; the release binary must be built)
# BUILD names the build folder (default .build).
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:?usage: benchmarks/load.sh STORE}
duration=${DURATION:-30}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
out=$(mktemp -d)
bin=${BUILD:-.build}/release/dataraya
key=$("$bin" users add --db "$store" --name "load-$port" --category G2G --role ANALYST | tail -1)
writer=$("$bin" users add --db "$store" --name "load-writer-$port" --category G2G --role AGENCY_SYSTEM --agency JTM | tail -1)
"$bin" serve --db "$store" --host 127.0.0.1 --port "$port" >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
cat >"$out/query.lua" <<LUA
wrk.method = "POST"
wrk.headers["X-API-Key"] = "$key"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"dataset": "graduates", "filters": [{"column": "graduation_year", "op": "eq", "value": 2024}], "group_by": ["programme.institution.state"], "measures": [{"fn": "count"}, {"fn": "median", "column": "monthly_salary"}, {"fn": "rate", "where": {"column": "status", "op": "in", "values": ["EMPLOYED", "SELF_EMPLOYED"]}}]}'
LUA
cat >"$out/write.lua" <<LUA
wrk.method = "POST"
wrk.headers["X-API-Key"] = "$writer"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '[{"vacancy_id": "V9999999", "employer_id": "E000001", "title": "Juruteknik Elektrik", "masco_code": "7411", "field": "ELECTRICAL", "min_level": 3, "essential_skills": ["ELE001", "ELE002"], "optional_skills": [], "state": "Selangor", "salary_min": 1800, "salary_max": 2400, "openings": 1, "posted_on": "2026-11-20", "closes_on": "2027-01-31"}]'
LUA
cat >"$out/read.lua" <<LUA
wrk.headers["X-API-Key"] = "$key"
LUA
run() {
    local name=$1
    shift
    wrk -t2 -c64 -d"${duration}s" --latency "$@" >"$out/wrk.txt"
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$out/wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$out/wrk.txt")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' "$out/wrk.txt" | tr '\n' ' ')
    echo "| $name | $rps | $p99 | ${errors:-none} |"
}
echo "| endpoint (64 connections, ${duration} s) | req/s | p99 | errors |"
echo "| --- | ---: | ---: | --- |"
run "GET /health" "http://127.0.0.1:$port/health"
run "POST /api/v1/query (2024 by state: count, median, rate)" -s "$out/query.lua" "http://127.0.0.1:$port/api/v1/query"
run "GET /api/v1/graduates/{id}" -s "$out/read.lua" "http://127.0.0.1:$port/api/v1/graduates/G0000042"
run "POST /api/v1/vacancies (a batch of one, upserted)" -s "$out/write.lua" "http://127.0.0.1:$port/api/v1/vacancies"
