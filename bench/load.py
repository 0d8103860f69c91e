#!/usr/bin/env python3
"""Drive a running bench/serve.sh with bounded loads and print p50/p95/p99 and throughput per page.

Two measurements per scenario, both on loopback only:

* constant rate (open loop, wrk2-style): requests are scheduled at t0 + i/rate whatever happens to earlier
  ones, and each latency runs from the *intended* send time, so a stall counts against every request it
  delays (no coordinated omission). Bounded: rate x duration requests, 10 s timeout each.
* saturation (closed loop, wrk): N connections back to back for a fixed time; the throughput, compared with
  the trivial view's in the same run, says how much of the machine's ceiling a page reaches.

    .venv/bin/python bench/load.py --db dt_bench10k --base http://127.0.0.1:8100 \
        --rate 50 --duration 60 --saturate 20 --json bench/out/10k.json

Scenarios rotate over many addresses (200 deals, 100 companies, 40 search words, 200 events) chosen
deterministically from the database, so one cached row does not flatter a page.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from urllib.parse import urlsplit

import psycopg

SEARCH_WORDS = [
    "robotics",
    "energy",
    "nexa",
    "quant",
    "aurora",
    "helix",
    "vertex",
    "lumen",
    "sora",
    "orbit",
    "tensor",
    "data center",
    "chip",
    "quantum",
    "battery",
    "drug discovery",
    "warehouse",
    "autonomous",
    "satellite",
    "cloud",
    "arm",
    "paypay",
    "vision fund",
    "acquire",
    "invest",
    "pledged",
    "joint venture",
    "bridge loan",
    "softbank nexa",
    "health",
    "logistics",
    "fintech",
    "motors",
    "semiconductor",
    "zenith",
    "prism",
    "onyx",
    "atlas",
    "falcon",
    "meridian",
]
MAX_IN_FLIGHT = 64  # open requests at most; beyond, a request counts as an error without being sent
DEFAULT_SCENARIOS = [
    "ping",
    "home",
    "deal",
    "company",
    "group",
    "search",
    "api_list",
    "api_deep",
    "api_detail",
]


def _cursor(date, precision, pk) -> str:
    raw = json.dumps([date.isoformat(), precision, pk, 1], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def targets(db: str) -> dict[str, list[str]]:
    """The addresses of each scenario, read from the benchmark database (same data, same addresses)."""
    with psycopg.connect(f"postgresql://postgres@127.0.0.1:5432/{db}") as conn:
        q = lambda sql, *args: conn.execute(sql, args).fetchall()
        deals = q(
            "SELECT DISTINCT deal_id, md5(deal_id::text) FROM deals_event WHERE review_state='published' "
            "ORDER BY md5(deal_id::text) LIMIT 200"
        )
        events = q("SELECT id FROM deals_event WHERE review_state='published' ORDER BY md5(id::text) LIMIT 200")
        companies = q(
            "SELECT c.slug FROM deals_company c WHERE c.parent_id IS NULL AND NOT c.is_tracked AND EXISTS ("
            " SELECT 1 FROM deals_dealparty p JOIN deals_event e ON e.deal_id = p.deal_id"
            " WHERE p.company_id = c.id AND e.review_state='published') ORDER BY md5(c.slug) LIMIT 100"
        )
        group = q("SELECT slug FROM deals_company WHERE is_tracked ORDER BY parent_id NULLS FIRST, id LIMIT 1")
        published = q("SELECT count(*) FROM deals_event WHERE review_state='published'")[0][0]
        # The last full page of the API list (newest first, 50 a page): the deepest a reader can walk.
        depth = max(published - 50, 0)
        deep = q(
            "SELECT date, date_precision, id FROM deals_event WHERE review_state='published' "
            "ORDER BY date DESC, date_precision, id DESC OFFSET %s LIMIT 1",
            depth - 1,
        )[0]
    return {
        "ping": ["/bench/ping"],
        "home": ["/"],
        "deal": [f"/deals/{row[0]}/" for row in deals],
        "company": [f"/companies/{row[0]}/" for row in companies],
        "group": [f"/companies/{group[0][0]}/"],
        "search": [f"/?q={word.replace(' ', '+')}" for word in SEARCH_WORDS],
        "api_list": ["/api/v1/events/"],
        "api_deep": [f"/api/v1/events/?cursor={_cursor(*deep)}"],
        "api_detail": [f"/api/v1/events/{row[0]}/" for row in events],
        "_meta": [f"published={published}", f"deep_page={depth // 50 + 1}"],
    }


# --- constant rate, open loop ---------------------------------------------------------------------------


@dataclass
class Result:
    scenario: str
    mode: str
    requests: int
    seconds: float
    throughput: float
    p50: float
    p95: float
    p99: float
    max: float
    non_2xx: int
    errors: int
    statuses: dict = field(default_factory=dict)
    # The machine's 1-minute load average when the scenario ended: other work on a shared machine shows here.
    loadavg: float = field(default_factory=lambda: os.getloadavg()[0])


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]  # nearest rank


async def _one(host: str, port: int, path: str, timeout: float) -> int:
    reader, writer = await asyncio.wait_for(asyncio.open_connection(host, port), timeout)
    try:
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: dealtracker-bench\r\nAccept: */*\r\n"
            f"Connection: close\r\n\r\n".encode()
        )
        await writer.drain()
        data = await asyncio.wait_for(reader.read(), timeout)  # to EOF: the whole body is received
    finally:
        writer.close()
    match = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return int(match[1]) if match else 0


async def _constant(base: str, paths: list[str], rate: float, duration: float, timeout: float) -> tuple:
    url = urlsplit(base)
    total = int(rate * duration)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    loop = asyncio.get_running_loop()
    start = loop.time() + 0.2

    in_flight = 0

    async def fire(i: int):
        nonlocal errors, in_flight
        intended = start + i / rate
        delay = intended - loop.time()
        if delay > 0:
            await asyncio.sleep(delay)
        if in_flight >= MAX_IN_FLIGHT:
            # The server is far behind: count the request as failed rather than pile up a queue that
            # would take minutes to drain and spill into the next scenario.
            errors += 1
            return
        in_flight += 1
        try:
            status = await _one(url.hostname, url.port or 80, paths[i % len(paths)], timeout)
        except (TimeoutError, OSError):
            errors += 1
            return
        finally:
            in_flight -= 1
        latencies.append((loop.time() - intended) * 1000)
        statuses[status] = statuses.get(status, 0) + 1

    await asyncio.gather(*(fire(i) for i in range(total)))
    return latencies, statuses, errors, loop.time() - start


def constant_rate(scenario: str, base: str, paths: list[str], *, rate: float, duration: float) -> Result:
    latencies, statuses, errors, seconds = asyncio.run(_constant(base, paths, rate, duration, timeout=10.0))
    return Result(
        scenario=scenario,
        mode=f"{rate:g}/s x {duration:g}s",
        requests=len(latencies) + errors,
        seconds=seconds,
        throughput=len(latencies) / seconds,
        p50=percentile(latencies, 50),
        p95=percentile(latencies, 95),
        p99=percentile(latencies, 99),
        max=max(latencies, default=float("nan")),
        non_2xx=sum(n for s, n in statuses.items() if not 200 <= s < 300),
        errors=errors,
        statuses={str(k): v for k, v in sorted(statuses.items())},
    )


# --- saturation, closed loop (wrk) ----------------------------------------------------------------------

WRK_SCRIPT = """
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"p50\\": %f, \\"p95\\": %f, \\"p99\\": %f, \\"max\\": %f, \\"requests\\": %d, \\"seconds\\": %f, \\"non2xx3xx\\": %d, \\"errors\\": %d}\\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.duration / 1e6, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def saturate(
    scenario: str,
    base: str,
    paths: list[str],
    *,
    seconds: float,
    connections: int,
    threads: int,
) -> Result:
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk")
    with tempfile.TemporaryDirectory() as tmp:
        script, listing = (
            os.path.join(tmp, "rotate.lua"),
            os.path.join(tmp, "paths.txt"),
        )
        with open(script, "w") as fh:
            fh.write(WRK_SCRIPT)
        with open(listing, "w") as fh:
            fh.write("\n".join(paths) + "\n")
        out = subprocess.run(
            [
                "wrk",
                f"-t{threads}",
                f"-c{connections}",
                f"-d{seconds:g}s",
                "--timeout",
                "10s",
                "-s",
                script,
                base,
            ],
            env={**os.environ, "WRK_PATHS": listing},
            check=True,
            capture_output=True,
            text=True,
            timeout=seconds + 60,
        ).stdout
    data = json.loads(out.split("JSON ", 1)[1])
    return Result(
        scenario=scenario,
        mode=f"wrk -c{connections} {seconds:g}s",
        requests=data["requests"],
        seconds=data["seconds"],
        throughput=data["requests"] / data["seconds"],
        p50=data["p50"],
        p95=data["p95"],
        p99=data["p99"],
        max=data["max"],
        non_2xx=data["non2xx3xx"],
        errors=data["errors"],
    )


# --- report ---------------------------------------------------------------------------------------------


def check_all(base: str, urls: dict[str, list[str]], scenarios: list[str]) -> None:
    """Every address answers 200 before any timing: a 404 or 500 measured fast would be a lie."""
    url = urlsplit(base)
    for name in scenarios:
        for path in urls[name][:20]:
            status = asyncio.run(_one(url.hostname, url.port or 80, path, 30))
            if status != 200:
                sys.exit(f"{name}: {path} answered {status}")


def wait_ready(base: str, *, limit: float = 180) -> None:
    """An overloaded page leaves a queue behind: let the server drain it before the next measurement."""
    url = urlsplit(base)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            if (
                asyncio.run(_one(url.hostname, url.port or 80, "/bench/ping", 5)) == 200
                and time.monotonic() - started < 0.05
            ):
                return
        except (TimeoutError, OSError):
            pass
        time.sleep(1)
    sys.exit("the server did not recover within the time limit")


def table(results: list[Result], ceiling: float | None) -> str:
    lines = [
        "| scenario | load | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | vs ping | non-2xx | errors | loadavg |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        ratio = f"{100 * r.throughput / ceiling:.0f} %" if ceiling and r.mode.startswith("wrk") else ""
        lines.append(
            f"| {r.scenario} | {r.mode} | {r.requests} | {r.p50:.1f} | {r.p95:.1f} | {r.p99:.1f} | {r.max:.0f} | "
            f"{r.throughput:.1f} | {ratio} | {r.non_2xx} | {r.errors} | {r.loadavg:.1f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="dt_bench10k")
    parser.add_argument("--base", default="http://127.0.0.1:8100")
    parser.add_argument("--scenarios", default=",".join(DEFAULT_SCENARIOS))
    parser.add_argument(
        "--rate",
        type=float,
        default=50,
        help="Constant rate, requests a second (0 skips).",
    )
    parser.add_argument(
        "--duration",
        type=float,
        default=60,
        help="Seconds of constant-rate load per scenario.",
    )
    parser.add_argument("--long", default="home,api_list", help="Scenarios held for --long-duration.")
    parser.add_argument("--long-duration", type=float, default=60)
    parser.add_argument(
        "--saturate",
        type=float,
        default=20,
        help="Seconds of wrk per scenario (0 skips).",
    )
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--json", help="Also write the results here.")
    args = parser.parse_args()
    if urlsplit(args.base).hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("Loopback only: --base must be http://127.0.0.1:PORT.")
    scenarios = args.scenarios.split(",")
    urls = targets(args.db)
    print(f"# {args.db}: {' '.join(urls['_meta'])}", flush=True)
    wait_ready(args.base)
    check_all(args.base, urls, scenarios)
    results: list[Result] = []
    if args.rate > 0:
        for name in scenarios:
            duration = args.long_duration if name in args.long.split(",") else args.duration
            results.append(constant_rate(name, args.base, urls[name], rate=args.rate, duration=duration))
            print(table(results[-1:], None).splitlines()[-1], flush=True)
            wait_ready(args.base)
    ceiling = None
    if args.saturate > 0:
        for name in scenarios:
            result = saturate(
                name,
                args.base,
                urls[name],
                seconds=args.saturate,
                connections=args.connections,
                threads=args.threads,
            )
            if name == "ping":
                ceiling = result.throughput
            results.append(result)
            print(table(results[-1:], ceiling).splitlines()[-1], flush=True)
            wait_ready(args.base)
    print()
    print(table(results, ceiling))
    if args.json:
        os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
        with open(args.json, "w") as fh:
            json.dump(
                {
                    "db": args.db,
                    "meta": urls["_meta"],
                    "ceiling": ceiling,
                    "load": os.getloadavg(),
                    "results": [asdict(r) for r in results],
                },
                fh,
                indent=1,
            )


if __name__ == "__main__":
    main()
