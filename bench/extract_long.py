#!/usr/bin/env python3
"""Time extract() on one long single paragraph (no line break): the worst case for per-paragraph work.

    .venv/bin/python bench/extract_long.py --sizes 100000 1000000 5000000 [--profile]

The paragraph is the seed articles' sentences joined with spaces and repeated to the size asked, so it holds
real company names, amounts and dates (the work grows with what is found, not only with the length). The
gazetteer is fixtures/companies.yaml; no database is needed. Prints seconds per size and peak memory.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import pstats
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deals.extraction.clean import find_boilerplate, inside  # noqa: E402
from deals.extraction.cues import boilerplate_markers  # noqa: E402
from deals.extraction.gazetteer import gazetteer_from_file  # noqa: E402
from deals.extraction.pipeline import extract, warm_up  # noqa: E402


def paragraph(size: int) -> str:
    """An English single paragraph of `size` characters built from the seed articles' text."""
    metadata = json.loads((ROOT / "fixtures" / "articles.json").read_text(encoding="utf-8"))
    lines = []
    for article in metadata:
        if article["language"] != "en":
            continue
        text = (ROOT / "fixtures" / article["file"]).read_text(encoding="utf-8")
        # Without the disclaimers and blurbs: one of them in a single paragraph would exclude all of it.
        excluded = find_boilerplate(text, **boilerplate_markers("en"))
        offset = 0
        for line in text.split("\n"):
            if line.strip() and not inside(excluded, offset, offset + len(line)):
                lines.append(" ".join(line.split()))
            offset += len(line) + 1
    unit = " ".join(lines) + " "
    return (unit * (size // len(unit) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 5_000_000])
    parser.add_argument("--profile", action="store_true", help="print the 25 costliest functions per size")
    args = parser.parse_args()
    gazetteer = gazetteer_from_file(ROOT / "fixtures" / "companies.yaml")
    warm_up(("en",))
    for size in args.sizes:
        text = paragraph(size)
        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        result = extract(text, published=dt.date(2025, 3, 7), language="en", gazetteer=gazetteer)
        if profiler:
            profiler.disable()
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"{size:>10,} chars  {seconds:8.2f} s  events {len(result.events):>4}  companies {len(result.companies):>5}"
            f"  peak {peak:,.0f} MB  warnings: {'; '.join(result.warnings) or '-'}",
            flush=True,
        )
        if profiler:
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
