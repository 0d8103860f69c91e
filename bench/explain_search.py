#!/usr/bin/env python3
"""EXPLAIN ANALYZE of the search and of deep pages, on a benchmark database (PostgreSQL).

    .venv/bin/python bench/explain_search.py --db dt_bench100k [--term robotics] [--plans]

For the home page's search it prints the time of the page query and of the capped count the page shows
("1,000+ moves", deals.selectors.count_matches), the wall time of both as the page runs them (the page
with its prefetches), and every sequential scan in their plans (a "Seq Scan" on events, mentions, deals or parties fails the check). For the event
list it compares page 1 with page 2,000 (the keyset cursor the API would hand out), same page size.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
BIG_TABLES = ("deals_event", "deals_mention", "deals_deal", "deals_dealparty", "deals_amount", "deals_article")


def explain(queryset, *, count: bool = False) -> tuple[float, list[str], str]:
    """(execution ms, sequential scans on big tables, plan text); count=True explains COUNT(*) over it."""
    if count:
        from django.db import connection

        sql, params = queryset.values("pk").query.sql_with_params()
        with connection.cursor() as cursor:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) SELECT COUNT(*) FROM ({sql}) AS matches", params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
    else:
        plan = queryset.explain(analyze=True, buffers=True)
    took = float(re.search(r"Execution Time: ([\d.]+) ms", plan)[1])
    scans = sorted({m for m in re.findall(r"Seq Scan on (\w+)", plan) if m in BIG_TABLES})
    return took, scans, plan


def timed(fn, repeat: int = 5) -> float:
    fn()
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, (time.perf_counter() - started) * 1000)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="dt_bench100k")
    parser.add_argument("--term", action="append", help="Search words (repeatable); a default set otherwise.")
    parser.add_argument("--page", type=int, default=2000)
    parser.add_argument("--page-size", type=int, default=40)
    parser.add_argument("--plans", action="store_true", help="Print the full plans.")
    args = parser.parse_args()
    os.environ.update(
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{args.db}",
        DEBUG="0",
        DJANGO_SETTINGS_MODULE="dealtracker.settings",
    )
    import django

    django.setup()
    from deals.models import Event
    from deals.selectors import (
        MATCH_COUNT_CAP,
        count_matches,
        published_events,
        search_events,
        tracked_company,
        with_page_details,
    )

    family = tracked_company().family_ids()
    ok = True
    print(f"## {args.db}: {Event.objects.count()} events, {Event.objects.published().count()} published\n")
    print(f"| search | matches | page query ms | count to {MATCH_COUNT_CAP:,} ms | page+count wall ms | seq scans |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for term in args.term or ["robotics", "nexa", "data center", "vision fund", "zenith prism"]:
        events = search_events(queryset=published_events(family_ids=family), text=term)
        page = events.order_by("-date", "date_precision", "-pk")[:51]
        page_ms, page_scans, page_plan = explain(page)
        count_ms, count_scans, count_plan = explain(events.order_by()[: MATCH_COUNT_CAP + 1], count=True)
        wall = timed(lambda page=page, events=events: (list(with_page_details(page.all())), count_matches(events)))
        scans = sorted(set(page_scans) | set(count_scans))
        ok &= not scans
        print(
            f"| {term} | {events.count()} | {page_ms:.1f} | {count_ms:.1f} | {wall:.1f} | {', '.join(scans) or 'none'} |"
        )
        if args.plans:
            print(f"\n```\n{page_plan}\n```\n\n```\n{count_plan}\n```\n")

    # The API's list: newest first on (date, date_precision, id); page N starts after the row before it.
    ordered = Event.objects.published().order_by("-date", "date_precision", "-pk")
    size = args.page_size
    offset = (args.page - 1) * size
    last_before = ordered[offset - 1 : offset].values_list("date", "date_precision", "pk").first()
    print(f"\n| event list, {size} a page | query ms (EXPLAIN ANALYZE) | wall ms | seq scans |")
    print("| --- | ---: | ---: | --- |")
    first = ordered[: size + 1]
    rows = [("page 1", first)]
    if last_before is None:
        print(f"(fewer than {offset} published events: no page {args.page})")
    else:
        from deals.api.pagination import NEWEST_FIRST, _beyond

        # The very condition the API's cursor pagination writes.
        rows.append((f"page {args.page}", ordered.filter(_beyond(last_before, NEWEST_FIRST))[: size + 1]))
    for label, queryset in rows:
        took, scans, plan = explain(queryset)
        wall = timed(lambda qs=queryset: list(qs.all()))
        ok &= not scans
        print(f"| {label} | {took:.2f} | {wall:.2f} | {', '.join(scans) or 'none'} |")
        if args.plans:
            print(f"\n```\n{plan}\n```\n")
    print("\nindex only, no sequential scan on a big table:", "yes" if ok else "NO")


if __name__ == "__main__":
    main()
