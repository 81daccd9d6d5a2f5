#!/usr/bin/env bash
# The benchmark suite. Run through `make bench` (which builds the release binary first).
# Prints medians of several runs; record results with the machine and date in benchmarks/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v /usr/bin/time >/dev/null || { apt-get update -qq && apt-get install -y -qq time; }
benchmarks/generate.sh "$@"
