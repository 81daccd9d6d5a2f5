#!/usr/bin/env bash
# Installs Debian's headless-capable Chromium for report PDFs and the browser checks of the report tests,
# only when no Chromium is on PATH already: running it again changes nothing and prints nothing.
set -euo pipefail
for candidate in chromium chromium-browser google-chrome; do
    command -v "$candidate" >/dev/null 2>&1 && exit 0
done
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-chromium: needs root or sudo to run apt-get" >&2; exit 1; }
    sudo="sudo"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
# apt's own output goes to a log that is shown only when the install fails, so success stays quiet.
if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } >"$log" 2>&1; then
    echo "install-chromium: apt-get failed:" >&2
    tail -n 20 "$log" >&2
    exit 1
fi
command -v chromium >/dev/null 2>&1 || { echo "install-chromium: chromium is still not on PATH after install" >&2; exit 1; }
