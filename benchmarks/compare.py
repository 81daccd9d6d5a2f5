#!/usr/bin/env python3
"""Compares DataRaya's benchmark output with DuckDB's: checks that every query gives the same rows, then prints
the Markdown tables for RESULTS.md.

  compare.py OURS.json DUCKDB.json
"""
import json
import math
import sys


def same(a, b):
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is None and b is None
        return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def key(row):
    return [(v is None, str(v)) for v in row]


def main():
    ours, duck = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
    mismatches = 0
    print("| query | DataRaya ms | DuckDB ms | ratio |")
    print("| --- | ---: | ---: | ---: |")
    for mine, theirs in zip(ours["queries"], duck["queries"]):
        assert mine["name"] == theirs["name"]
        a, b = sorted(mine["rows"], key=key), sorted(theirs["rows"], key=key)
        agree = len(a) == len(b) and all(len(x) == len(y) and all(same(p, q) for p, q in zip(x, y)) for x, y in zip(a, b))
        if not agree:
            mismatches += 1
        ratio = mine["median_ms"] / theirs["median_ms"]
        flag = "" if agree else " (results differ)"
        print(f"| {mine['name']}{flag} | {mine['median_ms']:.1f} | {theirs['median_ms']:.1f} | {ratio:.2f} |")
    print()
    print(f"start-up into memory: DataRaya {ours['load_seconds']:.2f} s from SQLite, "
          f"DuckDB {duck['load_seconds']:.2f} s from CSV (read_csv)")
    print(f"peak memory: DataRaya {ours['peak_rss_mib']:.0f} MiB, DuckDB {duck['peak_rss_mib']:.0f} MiB "
          f"(DuckDB {duck['duckdb']}, {duck['threads']} threads)")
    if mismatches:
        sys.exit(f"{mismatches} queries gave different rows")


if __name__ == "__main__":
    main()
