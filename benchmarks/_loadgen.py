"""Load generator for service_load.py, run as its own process: threads + http.client.

    python benchmarks/_loadgen.py SPEC.json OUT.json

SPEC: {"host", "port", "path", "connections", "seconds", "max_requests", "token",
       "requests": [{"body": {...}, "anonymous": bool, "forwarded_for": "10.x.y.z"}, ...]}
Each thread takes the next request from the shared list until the list, ``max_requests`` or
``seconds`` runs out (so it always stops by itself). gunicorn's sync workers close every
connection after a response, so each request opens a new loopback connection. Writes OUT: the
per-request latencies, statuses, wall time and this process's CPU time. Prints nothing.
"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    requests = spec["requests"][: spec["max_requests"]]
    encoded = [json.dumps(r["body"]).encode() for r in requests]
    deadline = time.monotonic() + spec["seconds"]
    lock = threading.Lock()
    cursor = [0]
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    created = [0]

    def worker() -> None:
        while True:
            with lock:
                index = cursor[0]
                cursor[0] += 1
            if index >= len(requests) or time.monotonic() > deadline:
                return
            req = requests[index]
            headers = {"Content-Type": "application/json"}
            if req.get("anonymous"):
                headers["X-Forwarded-For"] = req["forwarded_for"]
            else:
                headers["Authorization"] = f"Bearer {spec['token']}"
            started = time.perf_counter()
            try:
                conn = http.client.HTTPConnection(spec["host"], spec["port"], timeout=60)
                conn.request("POST", spec["path"], body=encoded[index], headers=headers)
                response = conn.getresponse()
                payload = response.read()
                conn.close()
                status = str(response.status)
            except OSError as exc:
                status, payload = type(exc).__name__, b""
            elapsed = time.perf_counter() - started
            n_created = 0
            if status == "200" and payload:
                n_created = json.loads(payload).get("created", 0)
            elif status == "201":
                n_created = 1
            with lock:
                latencies.append(elapsed)
                statuses[status] = statuses.get(status, 0) + 1
                created[0] += n_created

    cpu0 = time.process_time()
    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(spec["connections"])]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(
            {
                "wall": wall,
                "latencies": latencies,
                "statuses": statuses,
                "created": created[0],
                "cpu": time.process_time() - cpu0,
            },
            out,
        )


if __name__ == "__main__":
    main()
