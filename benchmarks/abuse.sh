#!/usr/bin/env bash
# Abuse benchmark: a release `dataraya serve` over STORE on loopback, attacked for DURATION seconds (default 30) by
# wide CSV headers, over-limit queries and profiles, a G2B batch flood, 12 concurrent PDF reports, 2,000 half-open
# connections, a slow request head and a slow request body, while a normal client measures its latency
# (benchmarks/abuse.py). Fails when the normal client's p99 is 1 s or more, it gets an error, or the server dies.
#   benchmarks/abuse.sh STORE
set -euo pipefail
cd "$(dirname "$0")/.."
store=${1:?usage: benchmarks/abuse.sh STORE}
duration=${DURATION:-30}
bin=${BUILD:-.build}/release/dataraya
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
out=$(mktemp -d)
analyst=$("$bin" users add --db "$store" --name "abuse-analyst-$port" --category G2G --role ANALYST | tail -1)
agency=$("$bin" users add --db "$store" --name "abuse-agency-$port" --category G2G --role AGENCY_SYSTEM --agency JTM | tail -1)
employer=$("$bin" users add --db "$store" --name "abuse-employer-$port" --category G2B --role EMPLOYER --employer E000001 | tail -1)
"$bin" serve --db "$store" --host 127.0.0.1 --port "$port" --idle-timeout 5 --request-body-timeout 5 >"$out/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$out"' EXIT
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.1; done
status=0
python3 benchmarks/abuse.py "$port" "$analyst" "$agency" "$employer" "$duration" || status=$?
kill -0 $server || { echo "the server died"; exit 1; }
echo "server still up; its peak memory: $(grep VmHWM /proc/$server/status | awk '{print $2, $3}')"
exit $status
