#!/usr/bin/env python3
"""Profile one page in-process with the production settings: pyinstrument's call tree plus every SQL query
with its time, slowest first. Run by hand against a benchmark database:

    .venv/bin/python bench/profile_page.py --db dt_bench10k / /api/v1/events/ --repeat 5
    .venv/bin/python bench/profile_page.py --db sqlite:////tmp/seed.sqlite3 --signed-in "/?q=softbank" --tree

The first request warms caches and is not profiled.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from render_bench import setup  # noqa: E402  (the same production settings and caches)


class _CProfiler:
    """cProfile behind pyinstrument's start/stop/output_text, for a virtualenv without pyinstrument."""

    def __init__(self, interval: float = 0.0) -> None:
        import cProfile

        self.profile = cProfile.Profile()

    def start(self) -> None:
        self.profile.enable()

    def stop(self) -> None:
        self.profile.disable()

    def output_text(self, **_options) -> str:
        import io
        import pstats

        out = io.StringIO()
        stats = pstats.Stats(self.profile, stream=out)
        stats.sort_stats("cumulative").print_stats(45)
        stats.sort_stats("tottime").print_stats(25)
        return out.getvalue()


def _profiler_class():
    try:
        from pyinstrument import Profiler
    except ImportError:
        return _CProfiler
    return Profiler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--db", default="dt_bench10k")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--tree", action="store_true", help="Print pyinstrument's call tree too.")
    parser.add_argument("--cold", action="store_true", help="Dummy page and fragment caches: nothing reused.")
    parser.add_argument("--signed-in", action="store_true", help="As an editor, who never gets a cached page.")
    args = parser.parse_args()
    setup(args.db, cold=args.cold)
    from django.db import connection
    from django.test import Client

    Profiler = _profiler_class()

    client = Client()
    if args.signed_in:
        from django.contrib.auth import get_user_model

        user, _ = get_user_model().objects.get_or_create(
            username="render-bench", defaults={"is_staff": True, "is_superuser": True}
        )
        client.force_login(user)
    for path in args.paths:
        assert client.get(path).status_code == 200, path
        queries: list[tuple[float, str]] = []

        def timed(execute, sql, params, many, context, queries=queries):
            started = time.perf_counter()
            try:
                return execute(sql, params, many, context)
            finally:
                queries.append(((time.perf_counter() - started) * 1000, sql))

        profiler = Profiler(interval=0.0005)
        walls = []
        with connection.execute_wrapper(timed):
            profiler.start()
            for _ in range(args.repeat):
                started = time.perf_counter()
                response = client.get(path)
                walls.append((time.perf_counter() - started) * 1000)
            profiler.stop()
        per_request = len(queries) // args.repeat
        sql_ms = sum(ms for ms, _ in queries) / args.repeat
        print(
            f"\n=== {path}: {min(walls):.1f} ms best, {sorted(walls)[len(walls) // 2]:.1f} ms median, "
            f"{len(response.content)} bytes, {per_request} queries, {sql_ms:.1f} ms in SQL per request"
        )
        for ms, sql in sorted(queries, reverse=True)[: min(6, len(queries))]:
            print(f"  {ms:8.1f} ms  {sql[:300]}")
        if args.tree:
            print(profiler.output_text(unicode=True, color=False, show_all=False))


if __name__ == "__main__":
    main()
