#!/usr/bin/env bash
# Installs what the page tests drive a real browser with, only when missing (running it again changes nothing and
# prints nothing): Debian's chromium and chromium-driver (WebDriver), and a virtualenv at Tests/browser/.venv with
# selenium and selenium-axe-python (which bundles axe-core 4.9) from PyPI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-chromium.sh
if ! command -v chromedriver >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    log="$(mktemp)"
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium-driver; } >"$log" 2>&1; then
        echo "install-browser-tests: apt-get failed:" >&2
        tail -n 20 "$log" >&2
        exit 1
    fi
    rm -f "$log"
fi
venv=Tests/browser/.venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import selenium, selenium_axe_python' >/dev/null 2>&1; then
    python3 -m venv "$venv" >/dev/null 2>&1 || { apt-get install -y -qq python3-venv >/dev/null 2>&1 && python3 -m venv "$venv"; }
    "$venv/bin/pip" install -q -r Tests/browser/requirements.txt
fi
