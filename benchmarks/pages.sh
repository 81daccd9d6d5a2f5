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
# The data-sharing pages: the researcher files one request (through the API) that KKTD then sees in its queue.
sign_in_as() { local login=$1 password; password=$(awk -v l="$login" '$1 == l {print $2}' "$work/demo-sign-ins.txt"); sign_in "$work/$login.jar" "$login" "$password"; }
for login in penyelidik-demo kktd-demo pengawal-demo; do sign_in_as "$login"; done
researcher_password=$(awk '$1 == "penyelidik-demo" {print $2}' "$work/demo-sign-ins.txt")
request=$(curl -s -u "penyelidik-demo:$researcher_password" -X POST "$base/api/v1/requests" -H 'Content-Type: application/json' -d '{
  "organisation": "Universiti Contoh", "purpose": "Kajian gaji graduan", "kind": "one_off",
  "period": {"from": "2026-01-01", "to": "2026-12-31"}, "delivery": "csv",
  "datasets": [{"dataset": "graduates", "columns": ["graduation_year", "monthly_salary", "status"]}]}' \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["request_id"])')
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
time_page catalogue /catalogue
time_page "a catalogue entry" /catalogue/graduates
time_page "a diagnostic" "/diagnostics/compare?group_by=state"
time_page "institution picker" "/reports/institution-profile.html?state=Johor"
time_page registration /register
time_page "the researcher's requests" /requests "$work/penyelidik-demo.jar"
time_page "a new request's form" /requests/new "$work/penyelidik-demo.jar"
time_page "a request at KKTD" "/requests/$request" "$work/kktd-demo.jar"
time_page "the registrations queue" /registrations "$work/pengawal-demo.jar"
