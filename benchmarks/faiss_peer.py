#!/usr/bin/env python3
"""The exact searches a user would pick instead of DataRaya's: FAISS IndexFlatIP and NumPy (`M @ q` and
argpartition), on the exported vectors, with the queries, k and thread count of `dataraya-bench match`.

  faiss_peer.py faiss VECTORS_DIR RUNS
  faiss_peer.py numpy VECTORS_DIR RUNS

Prints JSON: per direction (jobs: the vacancy matrix, queries = graduate rows 0..; candidates: the graduate matrix,
queries = vacancy rows 0..) the single-query latency (mean over 200 queries, median of RUNS), the batch time of
2,000 queries, the top-10 rows and scores; peak RSS (getrusage) and the RSS before loading; the BLAS and OpenMP
libraries in use as threadpoolctl sees them. Each library runs in a process of its own so that its peak RSS is its own.
"""
import json
import resource
import statistics
import sys
import time

import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits

K = 10
THREADS = 2
SINGLE = 200
BATCH = 2000
NUMPY_BLOCK = 64


def rss_mib(key="VmRSS"):
    for line in open("/proc/self/status"):
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def numpy_top(matrix, query):
    scores = matrix @ query
    part = np.argpartition(-scores, K)[:K]
    order = np.lexsort((part, -scores[part]))  # score descending, then row
    return part[order], scores[part][order]


def numpy_batch(matrix, queries):
    rows, values = [], []
    for start in range(0, len(queries), NUMPY_BLOCK):
        scores = queries[start:start + NUMPY_BLOCK] @ matrix.T
        part = np.argpartition(-scores, K, axis=1)[:, :K]
        top = np.take_along_axis(scores, part, axis=1)
        for i in range(len(part)):
            order = np.lexsort((part[i], -top[i]))
            rows.append(part[i][order])
            values.append(top[i][order])
    return rows, values


def main():
    library, directory, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
    baseline = rss_mib()
    if library == "faiss":
        import faiss
        faiss.omp_set_num_threads(THREADS)
        version = faiss.__version__
    elif library == "numpy":
        version = np.__version__
    else:
        sys.exit(f"unknown library {library}")
    with threadpool_limits(limits=THREADS):
        vacancies = np.load(f"{directory}/vacancies.npy")
        graduates = np.load(f"{directory}/graduates.npy")
        directions = []
        for name, matrix, source in [("jobs", vacancies, graduates[:BATCH].copy()),
                                     ("candidates", graduates, vacancies[:BATCH].copy())]:
            if library == "faiss":
                index = faiss.IndexFlatIP(matrix.shape[1])
                index.add(matrix)

                def single(q):
                    values, rows = index.search(q[None, :], K)
                    return rows[0], values[0]

                def batch(qs):
                    values, rows = index.search(qs, K)
                    return list(rows), list(values)
            else:
                def single(q, matrix=matrix):
                    return numpy_top(matrix, q)

                def batch(qs, matrix=matrix):
                    return numpy_batch(matrix, qs)
            queries = source[:SINGLE]
            single_top = [single(q) for q in queries]  # warm-up, and the answers to compare
            per_query = []
            for _ in range(runs):
                started = time.perf_counter()
                for q in queries:
                    single(q)
                per_query.append((time.perf_counter() - started) * 1000 / len(queries))
            batch_runs = []
            batch_top = None
            for _ in range(runs):
                started = time.perf_counter()
                batch_top = batch(source)
                batch_runs.append(time.perf_counter() - started)
            directions.append({
                "name": name, "rows": int(matrix.shape[0]), "matrix_bytes": int(matrix.nbytes),
                "single_ms": statistics.median(per_query), "single_runs_ms": per_query,
                "batch_queries": len(source), "batch_seconds": statistics.median(batch_runs),
                "batch_runs_seconds": batch_runs, "batch_qps": len(source) / statistics.median(batch_runs),
                "single_top": [[[int(r), float(s)] for r, s in zip(rows, values)] for rows, values in single_top],
                "batch_top": [[[int(r), float(s)] for r, s in zip(rows, values)]
                              for rows, values in zip(batch_top[0][:SINGLE], batch_top[1][:SINGLE])],
            })
            if library == "faiss":
                del index
        info = [{key: lib.get(key) for key in ("user_api", "internal_api", "version", "num_threads",
                                               "threading_layer", "architecture", "filepath")}
                for lib in threadpool_info()]
    print(json.dumps({
        "library": library, "version": version, "k": K, "threads": THREADS, "directions": directions,
        "memory": {"baseline_rss_mib": baseline,
                   "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "raw_matrix_mib": (vacancies.nbytes + graduates.nbytes) / 1048576},
        "threadpools": info,
    }))


if __name__ == "__main__":
    main()
