#!/usr/bin/env python3
"""Abuse benchmark: attacks a live `dataraya serve` on loopback for DURATION seconds while a normal client reads a
dashboard and a record every 50 ms, and prints the normal client's latency (p50, p99, max), its errors, and what
each attack got back. Only 127.0.0.1; every loop is bounded by the duration.

    benchmarks/abuse.py PORT ANALYST_KEY AGENCY_KEY G2B_KEY [DURATION]
"""
import json
import socket
import sys
import threading
import time
import urllib.request
from collections import Counter

port, analyst, agency, employer = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
duration = float(sys.argv[5]) if len(sys.argv) > 5 else 30.0
base = f"http://127.0.0.1:{port}"
stop_at = time.monotonic() + duration
outcomes = {name: Counter() for name in ["header", "query", "profile", "batches", "pdf", "half-open", "slow-head", "slow-body"]}
lock = threading.Lock()


def running():
    return time.monotonic() < stop_at


def call(method, path, body=None, headers=None, timeout=30):
    request = urllib.request.Request(base + path, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except Exception as error:  # noqa: BLE001 - an attack's failure is counted, not raised
        return type(error).__name__


def record(name, outcome):
    with lock:
        outcomes[name][str(outcome)] += 1


def attack(name, body):
    def loop():
        while running():
            record(name, body())
    return loop


wide_header = (",".join(f"c{i}" for i in range(100_000)) + "\n").encode()
csv_headers = {"X-API-Key": agency, "Content-Type": "text/csv"}
wide_query = json.dumps({"dataset": "graduates", "group_by": ["student_id"], "measures": [{"fn": "count"}]}).encode()
long_in = json.dumps({"dataset": "graduates", "filters": [{"column": "status", "op": "in", "values": [str(i) for i in range(5000)]}]}).encode()
json_headers = {"X-API-Key": analyst, "Content-Type": "application/json"}
profile = json.dumps({"skills": [f"S{i}" for i in range(10_000)]}).encode()
employer_headers = {"X-API-Key": employer, "Content-Type": "application/json"}


def half_open():
    sockets = []
    while running() and len(sockets) < 2000:
        s = socket.socket()
        s.setblocking(False)
        s.connect_ex(("127.0.0.1", port))
        sockets.append(s)
    while running():
        time.sleep(0.2)
    closed = 0
    for s in sockets:
        try:
            closed += s.recv(1) == b""
        except OSError:
            pass
        s.close()
    record("half-open", f"{closed} of {len(sockets)} closed by the server")


def slow_head():
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    sent = 0
    try:
        for byte in b"GET /health HTTP/1.1\r\nHost: x\r\n":
            if not running():
                break
            s.send(bytes([byte]))
            sent += 1
            time.sleep(1)
        record("slow-head", "still open at the end")
    except OSError:
        record("slow-head", f"closed by the server after {sent} bytes")
    finally:
        s.close()


def slow_body():
    s = socket.create_connection(("127.0.0.1", port), timeout=5)
    s.sendall(f"POST /api/v1/query HTTP/1.1\r\nHost: x\r\nX-API-Key: {analyst}\r\n"
              "Content-Type: application/json\r\nContent-Length: 10000\r\n\r\n".encode())
    sent = 0
    try:
        while running() and sent < 10_000:
            s.send(b" ")
            sent += 1
            time.sleep(0.5)
            s.setblocking(False)
            try:
                answer = s.recv(64)
                status = answer[9:12].decode() if answer else "no answer"
                record("slow-body", f"closed by the server ({status}) after {sent} bytes")
                return
            except BlockingIOError:
                pass
            finally:
                s.setblocking(True)
        record("slow-body", "still open at the end")
    except OSError:
        record("slow-body", f"closed by the server after {sent} bytes")
    finally:
        s.close()


attacks = [
    attack("header", lambda: call("POST", "/api/v1/institutions", wide_header, csv_headers)),
    attack("query", lambda: call("POST", "/api/v1/query", wide_query, json_headers)),
    attack("query", lambda: call("POST", "/api/v1/query", long_in, json_headers)),
    attack("profile", lambda: call("POST", "/api/v1/match/jobs", profile, {"Content-Type": "application/json"})),
    attack("batches", lambda: call("POST", "/api/v1/vacancies", b"[]", employer_headers)),
    half_open,
    slow_head,
    slow_body,
] + [attack("pdf", lambda: call("GET", "/reports/graduate-employability.pdf", timeout=120)) for _ in range(12)]

latencies, errors = [], Counter()


def normal():
    while running():
        for path in ["/api/v1/dashboards/overview", "/api/v1/dashboards/vacancies", "/health"]:
            started = time.monotonic()
            status = call("GET", path, headers={"X-API-Key": analyst}, timeout=10)
            latencies.append(time.monotonic() - started)
            if status != 200:
                errors[f"{path} {status}"] += 1
        time.sleep(0.05)


threads = [threading.Thread(target=a, daemon=True) for a in attacks] + [threading.Thread(target=normal)]
for t in threads:
    t.start()
threads[-1].join()
time.sleep(1)
latencies.sort()
pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
print(f"normal client: {len(latencies)} requests, p50 {pick(0.5):.0f} ms, p99 {pick(0.99):.0f} ms, "
      f"max {latencies[-1] * 1000:.0f} ms, errors {dict(errors) or 'none'}")
for name, counts in outcomes.items():
    print(f"{name}: {dict(counts)}")
sys.exit(0 if pick(0.99) < 1000 and not errors else 1)
