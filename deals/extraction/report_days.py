"""A day named as the day a news outlet reported a move dates the report, not the move.

"Bloomberg reported on Tuesday that SoftBank sold ...", "블룸버그통신이 10일 보도했다", "据彭博社周五报道": the day
is when the report came out, the publication day or just before it; the text gives no day of the move, and
the publication day stands in for it (date basis "publication"). The companies' own word ("said on Tuesday",
"18日、発表した") dates their announcement, a step of the move itself, and is no report.

data/reports/<lang>.json: {"language": ..., "report_verbs": [...]}: the verbs of a news outlet reporting
("reported", "berichtete", "보도했다", "报道"), in the cue syntax of cues.py.

    is_report_day(ctx, date) -> True for "the Financial Times reported on Monday"
"""

from __future__ import annotations

import bisect
import json
from functools import lru_cache
from pathlib import Path

from .cues import Cue, PhraseSet, load_cues
from .types import ExtractedDate

DATA_DIR = Path(__file__).parent / "data" / "reports"
KNOWN_KEYS = frozenset({"language", "report_verbs"})

REPORT_LAG = 3  # days: a report's day is the publication day or a day or a weekend before it
BEFORE = 30  # characters from the verb to a day after it: "reported on Monday", "ذكرت وكالة بلومبرغ يوم الأربعاء"
AFTER = 60  # from a day to the verb after it: "am Dienstag unter Berufung auf Dokumente berichtete"


class ReportDataError(ValueError):
    """A report-verb file with a key no rule reads."""


def validate(data: dict, language: str) -> None:
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ReportDataError(f"data/reports/{language}.json: unknown keys {unknown}")


@lru_cache(maxsize=16)
def report_verbs(language: str) -> PhraseSet | None:
    """The language's verbs of a news outlet reporting, None when it has no file."""
    path = DATA_DIR / f"{language}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    validate(data, language)
    script = load_cues(language)[0].script
    cues = [Cue(p, "report", False, None, len(p.split())) for p in data.get("report_verbs", [])]
    return PhraseSet(cues, script)


def is_report_day(ctx, d: ExtractedDate) -> bool:
    """Whether the day `d` (of the article ctx, an events.ArticleContext) is only the day a news outlet
    reported the news: a report verb next to it in its sentence, no move's cue between them."""
    if d.precision != "day" or d.start is None or d.end is None:
        return False
    if not 0 <= (ctx.published - d.date).days <= REPORT_LAG:
        return False
    verbs = report_verbs(ctx.cues.language)
    if verbs is None:
        return False
    s0, s1 = _sentence_around(ctx, d.start)
    for h in verbs.hits(ctx.index, max(s0, d.start - BEFORE), min(s1, d.end + AFTER)):
        lo, hi = (h.end, d.start) if h.end <= d.start else (d.end, h.start)
        if not ctx.cues.kinds.hits(ctx.index, lo, max(lo, hi)):
            return True
    return False


def _sentence_around(ctx, pos: int) -> tuple[int, int]:
    starts = [s.start for s in ctx.sentences]
    k = max(0, bisect.bisect_right(starts, pos) - 1)
    if not ctx.sentences:
        return 0, ctx.index.source_length
    s = ctx.sentences[k]
    return s.start, s.end
