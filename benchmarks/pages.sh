#!/usr/bin/env bash
# Times every page as a browser asks for it, server side (curl's time to the last byte on loopback), at the
# 100,000-graduate demo: the release server with `--demo`, signed in as the demo graduate and employer for their
# pages. Prints the median of RUNS requests per page; the goal is under 50 ms for each (docs/PAGES.md).
#   benchmarks/pages.sh      (BUILD names the build folder, default .build; GRADUATES the demo size)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-21}
graduates=${GRADUATES:-100000}
bin=${BUILD:-.build}/release/dataraya
work=benchmarks/out/pages-$graduates
mkdir -p "$work"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --db "$work/store.sqlite" --port "$port" --demo --demo-graduates "$graduates" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
for _ in $(seq 1200); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.25; done
base="http://127.0.0.1:$port"
sign_in() {
    local jar=$1 login=$2 password=$3 token
    token=$(curl -s -c "$jar" -b "$jar" "$base/login" | grep -o 'name="csrf_token" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$base/login" --data-urlencode "login=$login" --data-urlencode "password=$password" \
        --data-urlencode "csrf_token=$token"
}
read -r graduate graduate_password < <(sed -n 1p "$work/demo-sign-ins.txt")
read -r employer employer_password < <(sed -n 2p "$work/demo-sign-ins.txt")
sign_in "$work/graduate.jar" "$graduate" "$graduate_password"
sign_in "$work/employer.jar" "$employer" "$employer_password"
vacancy=$(curl -s -b "$work/employer.jar" "$base/employer" | grep -o 'href="/employer/vacancies/[^/]*/candidates"' | head -1 | sed 's|.*vacancies/||; s|/candidates"||')
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_page() {
    local name=$1 path=$2 jar=${3:-/dev/null}
    curl -s -b "$jar" -o /dev/null "$base$path"   # the first answer may fill caches; it is not counted
    local ms
    ms=$(for _ in $(seq "$runs"); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$base$path"; done | median)
    printf '| %s | `%s` | %.1f |\n' "$name" "$path" "$(python3 -c "print($ms * 1000)")"
}
echo "| page | path | median ms ($runs requests) |"
echo "| --- | --- | ---: |"
time_page home /
time_page sign-in /login
time_page dashboards /dashboards
time_page "graduates dashboard" "/dashboards/graduates?year=2024"
time_page "graduate's record" /graduate "$work/graduate.jar"
time_page "graduate's jobs" /graduate/jobs "$work/graduate.jar"
time_page "graduate's invitations" /graduate/invitations "$work/graduate.jar"
time_page "employer's vacancies" /employer "$work/employer.jar"
[ -n "$vacancy" ] && time_page "a vacancy's candidates" "/employer/vacancies/$vacancy/candidates" "$work/employer.jar"
