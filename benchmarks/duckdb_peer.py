#!/usr/bin/env python3
"""The peer a user would pick instead of DataRaya's engine: DuckDB, on the same CSV files and queries.

  duckdb_peer.py load-durable DIR DBFILE     load the nine CSV files into a DuckDB database file; print seconds
  duckdb_peer.py load-and-query DIR QUERIES RUNS
      read_csv the nine files into memory, then run every query of QUERIES RUNS times;
      print JSON {"load_seconds", "queries": [{"name", "median_ms", "runs_ms", "rows"}], "peak_rss_mib"}
"""
import json
import resource
import statistics
import sys
import time

import duckdb

DATASETS = ["institutions", "programmes", "instructors", "employers", "applications", "students", "certificates",
            "graduates", "vacancies"]


def load(connection, directory):
    started = time.perf_counter()
    for name in DATASETS:
        connection.execute(f"CREATE TABLE {name} AS SELECT * FROM read_csv('{directory}/{name}.csv', header = true)")
    return time.perf_counter() - started


def plain(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def main():
    command = sys.argv[1]
    if command == "load-durable":
        directory, database = sys.argv[2], sys.argv[3]
        started = time.perf_counter()
        connection = duckdb.connect(database)
        load(connection, directory)
        connection.execute("CHECKPOINT")
        connection.close()
        print(f"{time.perf_counter() - started:.3f}")
    elif command == "load-and-query":
        directory, queries_file, runs = sys.argv[2], sys.argv[3], int(sys.argv[4])
        connection = duckdb.connect()
        load_seconds = load(connection, directory)
        results = []
        for query in json.load(open(queries_file)):
            timings, rows = [], None
            for _ in range(runs):
                started = time.perf_counter()
                rows = connection.execute(query["sql"]).fetchall()
                timings.append((time.perf_counter() - started) * 1000)
            results.append({"name": query["name"], "median_ms": statistics.median(timings), "runs_ms": timings,
                            "rows": [[plain(v) for v in row] for row in rows]})
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"load_seconds": load_seconds, "queries": results, "peak_rss_mib": peak,
                          "threads": connection.execute("SELECT current_setting('threads')").fetchone()[0],
                          "duckdb": duckdb.__version__}))
    else:
        sys.exit(f"unknown command {command}")


if __name__ == "__main__":
    main()
