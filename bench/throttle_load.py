#!/usr/bin/env python3
"""Does the anonymous API throttle hold against a client that rotates X-Forwarded-For, with 4 workers?

Starts gunicorn (4 sync workers, production settings, DEBUG=false) on 127.0.0.1 against a PostgreSQL
database, sends a bounded number of anonymous GET /api/v1/companies/ requests from a few threads, each with
a new random X-Forwarded-For, then stops the server it started. Loopback only; every request has a 10 s
timeout and the run stops after --max-seconds whatever happens.

    createdb -h 127.0.0.1 -U postgres dt_throttle
    .venv/bin/python bench/throttle_load.py --db dt_throttle [--requests 2000] [--rate 120/minute]

Prints the answers by status, how many were let through in each throttle window, and the request rate.
"""

from __future__ import annotations

import argparse
import collections
import concurrent.futures
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
PY = ROOT / ".venv" / "bin" / "python"


def server_env(db: str, rate: str) -> dict[str, str]:
    return {
        **os.environ,
        "DEBUG": "false",
        "SECRET_KEY": "bench-only-secret-key-not-for-production-0123456789abcdef",
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:5432/{db}",
        "API_ANON_THROTTLE_RATE": rate,
        "LOG_LEVEL": "ERROR",
    }


def start_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen:
    subprocess.run([PY, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True)
    server = subprocess.Popen(
        [ROOT / ".venv/bin/gunicorn", "dealtracker.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: stopped as one below
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            requests.get(f"http://127.0.0.1:{port}/healthz", timeout=10)
            return server
        except requests.RequestException:
            time.sleep(0.5)
    stop_server(server)
    raise SystemExit("gunicorn did not answer within 60 s")


def stop_server(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


def run_load(base: str, total: int, threads: int, max_seconds: float, forge: bool) -> list[tuple[float, int]]:
    results: list[tuple[float, int]] = []
    lock = threading.Lock()
    started = time.monotonic()
    counter = iter(range(total))

    def worker() -> None:
        session = requests.Session()
        rng = random.Random()
        while time.monotonic() - started < max_seconds:
            with lock:
                if next(counter, None) is None:
                    return
            forged = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
            headers = {"X-Forwarded-For": forged} if forge else {}
            try:
                status = session.get(f"{base}/api/v1/companies/", headers=headers, timeout=10).status_code
            except requests.RequestException:
                status = 0  # timeout or refused connection
            with lock:
                results.append((time.monotonic() - started, status))

    with concurrent.futures.ThreadPoolExecutor(threads) as pool:
        for future in [pool.submit(worker) for _ in range(threads)]:
            future.result()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, default=8131)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rate", default="120/minute")
    parser.add_argument("--max-seconds", type=float, default=300)
    parser.add_argument("--no-forwarded-for", action="store_true", help="send no X-Forwarded-For at all")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))  # runs the finally below: the server stops too
    server = start_server(server_env(args.db, args.rate), args.port, args.workers)
    try:
        results = run_load(
            f"http://127.0.0.1:{args.port}", args.requests, args.threads, args.max_seconds, not args.no_forwarded_for
        )
    finally:
        stop_server(server)
    elapsed = max((t for t, _ in results), default=0.0)
    by_status = collections.Counter(status for _, status in results)
    period = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}[args.rate.split("/")[1]]
    allowed_per_window = collections.Counter(int(t // period) for t, status in results if status == 200)
    print(
        f"{len(results)} requests in {elapsed:.1f} s ({len(results) / max(elapsed, 1e-9):.0f}/s), "
        f"{args.workers} workers, rate {args.rate}, "
        + ("no X-Forwarded-For" if args.no_forwarded_for else "a new X-Forwarded-For on every request")
    )
    print("answers:", dict(sorted(by_status.items())))
    print(f"let through per {period} s window since the start:", dict(sorted(allowed_per_window.items())))
    sys.exit(0 if by_status.get(0, 0) == 0 else 1)


if __name__ == "__main__":
    main()
