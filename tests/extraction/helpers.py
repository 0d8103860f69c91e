"""Shared set-up for the extraction tests: the company file's gazetteer, read without Django."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from deals.extraction.gazetteer import gazetteer_from_file
from deals.extraction.pipeline import extract
from deals.extraction.serialize import result_to_eval

ROOT = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def gazetteer():
    return gazetteer_from_file(ROOT / "fixtures" / "companies.yaml")


def run(text: str, *, language: str | None = None, published: dt.date = dt.date(2025, 3, 7)) -> dict:
    return result_to_eval(extract(text, published=published, language=language, gazetteer=gazetteer()))


def tracked_moves(language: str, text: str, *, published: dt.date = dt.date(2025, 3, 7)) -> list[dict]:
    """The moves whose actor is the tracked side (SoftBank and its units), in the order the article tells them."""
    events = run(text, language=language, published=published)["events"]
    return [e for e in events if (e.get("actor") or "").startswith("SoftBank")]


def only(data: dict, kind: str | None = None) -> dict:
    events = [e for e in data["events"] if kind is None or e["kind"] == kind]
    assert len(events) == 1, data["events"]
    return events[0]
