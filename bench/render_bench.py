#!/usr/bin/env python3
"""In-process, uncached render time of the public pages and the API list against /healthz, in the same run.

Signed in as a staff user: editors never get a cached page, every request renders its page afresh; they
share the parts cached per data version (aggregates, cards). With --cold the cache is a dummy one, so
nothing at all is reused (a cold cache after every change). Prints the median and best of each page and
its ratio to /healthz's median:

    .venv/bin/python bench/render_bench.py --db sqlite:////path/to/seed.sqlite3 --repeat 30
    .venv/bin/python bench/render_bench.py --db postgres://postgres@127.0.0.1:5432/dt_bench10k --repeat 20

Nothing here is a timed test; run it by hand and read the load average it prints beside the figures.
On a busy machine `--cpu` measures this process's CPU time per request instead of the wall clock: the time
spent waiting for a core drops out (on SQLite the queries run in-process and count; PostgreSQL's do not).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def setup(database: str, *, cold: bool = False) -> None:
    """Django with the production settings against `database`: a database name on the local PostgreSQL, or a
    whole URL (sqlite:////path/to/file.sqlite3); `cold` makes the page and fragment caches dummies."""
    os.environ.update(
        DJANGO_PRODUCTION="1",
        SECRET_KEY="bench-only-secret-key-not-for-production-0123456789abcdef",
        SECURE_SSL_REDIRECT="0",
        DEBUG="0",
        ALLOWED_HOSTS="testserver,127.0.0.1",
        DEALTRACKER_BENCH="1",
        API_ANON_THROTTLE_RATE="1000000/minute",
        DATABASE_URL=database if "://" in database else f"postgres://postgres@127.0.0.1:5432/{database}",
        DJANGO_SETTINGS_MODULE="dealtracker.settings",
    )
    import django

    django.setup()
    from django.conf import settings

    if cold:
        for name in ("pages", "fragments"):
            settings.CACHES[name] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}


def pages(search: str) -> dict[str, str]:
    """One address per kind of page: the busiest published deal and counterparty, a word every seed knows."""
    from django.db.models import Count

    from deals.models import Company, Deal

    deal = (
        Deal.objects.filter(events__review_state="published").annotate(n=Count("events")).order_by("-n", "pk").first()
    )
    company = (
        Company.objects.filter(is_tracked=False, deal_parties__deal__events__review_state="published")
        .annotate(n=Count("deal_parties"))
        .order_by("-n", "pk")
        .first()
    )
    return {
        "healthz": "/healthz",
        "home": "/",
        "deal": deal.get_absolute_url(),
        "company": company.get_absolute_url(),
        "search": f"/?q={search}",
        "api list": "/api/v1/events/",
        "feed": "/feed/",
    }


def measure(client, path: str, repeat: int, clock=time.perf_counter) -> list[float]:
    assert client.get(path).status_code == 200, path  # warm-up: imports, template loading, connection
    walls = []
    for _ in range(repeat):
        started = clock()
        response = client.get(path)
        walls.append((clock() - started) * 1000)
        assert response.status_code == 200, path
    return walls


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=f"sqlite:///{ROOT / 'db.sqlite3'}")
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--search", default="softbank")
    parser.add_argument("--anonymous", action="store_true", help="Measure as an anonymous reader instead.")
    parser.add_argument("--cold", action="store_true", help="A dummy page cache: nothing is reused.")
    parser.add_argument("--cpu", action="store_true", help="This process's CPU time, not the wall clock.")
    args = parser.parse_args()
    setup(args.db, cold=args.cold)
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    if not args.anonymous:
        user, _ = get_user_model().objects.get_or_create(
            username="render-bench", defaults={"is_staff": True, "is_superuser": True}
        )
        client.force_login(user)
    targets = pages(args.search)
    # Interleaved rounds, so a burst of load elsewhere on the machine hits every page alike.
    walls: dict[str, list[float]] = {name: [] for name in targets}
    for path in targets.values():
        measure(client, path, 1)
    for _ in range(args.repeat):
        for name, path in targets.items():
            walls[name] += measure(client, path, 1, clock=time.process_time if args.cpu else time.perf_counter)
    base = statistics.median(walls["healthz"])
    mode = "cold (dummy cache)" if args.cold else "page cache bypassed, parts shared"
    who = "anonymous" if args.anonymous else "signed in"
    clock = "CPU ms of this process" if args.cpu else "wall ms"
    print(f"{who}, {mode}; {clock}; {args.repeat} requests per page, {time.strftime('%H:%M UTC')}")
    print("| page | path | p50 ms | best ms | p95 ms | x /healthz p50 |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for name, path in targets.items():
        values = sorted(walls[name])
        p95 = values[min(len(values) - 1, int(len(values) * 0.95))]
        print(
            f"| {name} | `{path}` | {statistics.median(values):.1f} | {values[0]:.1f} | {p95:.1f} | "
            f"{statistics.median(values) / base:.1f} |"
        )
    print("load average:", " ".join(f"{x:.2f}" for x in os.getloadavg()))


if __name__ == "__main__":
    main()
