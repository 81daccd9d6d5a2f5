#!/usr/bin/env bash
# `make screenshots`: every page at 390 px and 1280 px wide, in Bahasa Melayu and English, signed in and out, into
# screenshots/ (not kept in git). Starts its own demo server on a free loopback port over a small demo store in a
# temporary folder, drives the pages as Tests/browser/check_pages.py does, prints its report, and stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-browser-tests.sh
bin=.build/debug/dataraya

work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$bin" serve --db "$work/store.sqlite" --port "$port" --demo --demo-graduates 2000 >"$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 600); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
read -r graduate graduate_password < <(sed -n 1p "$work/demo-sign-ins.txt")
read -r employer employer_password < <(sed -n 2p "$work/demo-sign-ins.txt")
skill=$(sed -n 2p models/skills.csv | cut -d, -f2)
mkdir -p screenshots
DATARAYA_SKILL="$skill" Tests/browser/.venv/bin/python Tests/browser/check_pages.py "http://127.0.0.1:$port" \
    "$graduate" "$graduate_password" "$employer" "$employer_password" --sign-ins "$work/demo-sign-ins.txt" --screenshots screenshots
echo
echo "screenshots: $(ls screenshots | wc -l) pictures in screenshots/"
