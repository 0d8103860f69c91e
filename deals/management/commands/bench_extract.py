"""Time the extractor on the fixture articles, against dateparser's search_dates as a naive baseline."""

from __future__ import annotations

import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from deals.extraction.pipeline import extract, warm_up
from deals.services.gazetteer import build_gazetteer


def _peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


class Command(BaseCommand):
    help = "Benchmark extraction over fixtures/articles: ms per article, articles per second, peak memory."

    def add_arguments(self, parser):
        parser.add_argument("--passes", type=int, default=5)
        parser.add_argument(
            "--metadata",
            type=Path,
            default=None,
            help="Defaults to fixtures/articles.json.",
        )
        parser.add_argument(
            "--skip-baseline",
            action="store_true",
            help="Do not time dateparser.search_dates.",
        )

    def handle(self, *args, **options):
        metadata_path = Path(options["metadata"] or settings.BASE_DIR / "fixtures" / "articles.json")
        articles = _read_articles(metadata_path)
        gazetteer = build_gazetteer()
        started = time.perf_counter()
        warm_up(sorted({lang for *_, lang in articles if lang}))
        for _, text, published, language in articles:  # first run per language fills the parsers' caches
            extract(text, published=published, language=language, gazetteer=gazetteer)
        self.stdout.write(f"warm-up: {(time.perf_counter() - started) * 1000:.0f} ms")

        passes = max(1, options["passes"])
        per_article, pass_totals = _timed_passes(articles, gazetteer, passes)
        self.stdout.write(f"{'article':>8} {'chars':>7} {'ms/run':>8}")
        for aid, text, *_ in articles:
            self.stdout.write(f"{aid:>8} {len(text):>7} {per_article[aid] / passes * 1000:>8.1f}")
        total = sum(pass_totals)
        runs = passes * len(articles)
        self.stdout.write(
            f"total: {passes} passes x {len(articles)} articles; {min(pass_totals) * 1000:.1f} ms best pass, "
            f"{total / passes * 1000:.1f} ms mean pass, {total / runs * 1000:.1f} ms per article, "
            f"{runs / total:.1f} articles/s, peak memory {_peak_mb():.0f} MB"
        )
        if not options["skip_baseline"]:
            self._baseline(articles, ours=total / passes)

    def _baseline(self, articles, *, ours: float) -> None:
        from dateparser.search import search_dates

        t0 = time.perf_counter()
        for _, text, *_ in articles:
            try:
                search_dates(text)
            except Exception as exc:  # noqa: BLE001 - the baseline is a yardstick, not the product
                self.stderr.write(f"search_dates failed: {exc}")
        naive = time.perf_counter() - t0
        self.stdout.write(
            f"dateparser.search.search_dates (language detection left to it), one pass: {naive * 1000:.0f} ms; "
            f"extractor pass: {ours * 1000:.1f} ms; ratio {naive / ours:.0f}x; peak memory {_peak_mb():.0f} MB"
        )


def _read_articles(metadata_path: Path) -> list[tuple[str, str, dt.date, str | None]]:
    metadata = json.loads(metadata_path.read_text(encoding="utf-8"))
    return [
        (
            a["id"],
            (metadata_path.parent / a["file"]).read_text(encoding="utf-8"),
            dt.date.fromisoformat(a["published"]),
            a.get("language"),
        )
        for a in metadata
    ]


def _timed_passes(articles, gazetteer, passes: int) -> tuple[dict[str, float], list[float]]:
    per_article = {aid: 0.0 for aid, *_ in articles}
    pass_totals = []
    for _ in range(passes):
        pass_started = time.perf_counter()
        for aid, text, published, language in articles:
            t0 = time.perf_counter()
            extract(text, published=published, language=language, gazetteer=gazetteer)
            per_article[aid] += time.perf_counter() - t0
        pass_totals.append(time.perf_counter() - pass_started)
    return per_article, pass_totals
