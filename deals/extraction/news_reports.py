"""What a news outlet's report changes in the moves it tells: their day and their stage.

A day named as the day an outlet reported a move ("Bloomberg reported on Tuesday that SoftBank sold ...",
"블룸버그통신이 10일 보도했다", "据彭博社周五报道") is when the report came out, the publication day or just before it:
the text gives no day of the move, and the publication day stands in for it (date basis "publication"). The
companies' own word next to a day ("said on Tuesday", "当地时间8月18日，软银集团宣布") dates their announcement,
a step of the move itself, and is no report's day.

An article whose lead tells its news as an outlet's report ("the Financial Times reported", "le Korea Economic
Daily rapporte que", "日本经济新闻获悉") has the plans it tells only from that report: a move it would call
announced is rumored there, unless its clause cites the companies' own word ("announced", "agreed", "발표").
What the report says was done or called off keeps that stage.

data/reports/<lang>.json, in the cue syntax of cues.py:
  report_verbs  a news outlet reporting ("reported", "berichtete", "보도했다", "报道", "获悉")
  own_words     the companies putting a move on the record ("announced", "agreed", "発表", "宣布")

    is_report_day(ctx, date) -> True for "the Financial Times reported on Monday"
    told_by_a_report(ctx) -> True when the article's lead credits an outlet's report
    on_the_record(ctx, spans) -> True when one of the spans cites the companies' own word
"""

from __future__ import annotations

import bisect
import json
from functools import lru_cache
from pathlib import Path

from .cues import Cue, PhraseSet, load_cues
from .types import ExtractedDate

DATA_DIR = Path(__file__).parent / "data" / "reports"
KNOWN_KEYS = frozenset({"language", "report_verbs", "own_words"})

REPORT_LAG = 3  # days: a report's day is the publication day or a day or a weekend before it
BEFORE = 30  # characters from the verb to a day after it: "reported on Monday", "ذكرت وكالة بلومبرغ يوم الأربعاء"
AFTER = 60  # from a day to the verb after it: "am Dienstag unter Berufung auf Dokumente berichtete"
OWN_WORD = 12  # characters: the companies' own word right next to the day dates their announcement
SUBJECT = 12  # characters from the tracked side's name to its own verb ("SoftBank Group Corp. reported")
LEAD = 3  # sentences: where an article says whose report its news is


class ReportDataError(ValueError):
    """A report-word file with a key no rule reads."""


def validate(data: dict, language: str) -> None:
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise ReportDataError(f"data/reports/{language}.json: unknown keys {unknown}")


@lru_cache(maxsize=16)
def _phrases(language: str) -> tuple[PhraseSet, PhraseSet] | None:
    """(report verbs, own words) of the language, None when it has no file."""
    path = DATA_DIR / f"{language}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    validate(data, language)
    script = load_cues(language)[0].script

    def phrase_set(key: str) -> PhraseSet:
        return PhraseSet([Cue(p, key, False, None, len(p.split())) for p in data.get(key, [])], script)

    return phrase_set("report_verbs"), phrase_set("own_words")


def is_report_day(ctx, d: ExtractedDate) -> bool:
    """Whether the day `d` (of the article ctx, an events.ArticleContext) is only the day a news outlet
    reported the news: a report verb next to it in its sentence, no move's cue between them, and no word of
    the companies' own beside it."""
    phrases = _phrases(ctx.cues.language)
    if phrases is None or d.precision != "day" or d.start is None or d.end is None:
        return False
    if not 0 <= (ctx.published - d.date).days <= REPORT_LAG:
        return False
    verbs, own = phrases
    s0, s1 = _sentence_around(ctx, d.start)
    if own.hits(ctx.index, max(s0, d.start - OWN_WORD), min(s1, d.end + OWN_WORD)):
        return False
    for h in _outlet_reports(ctx, verbs, max(s0, d.start - BEFORE), min(s1, d.end + AFTER)):
        lo, hi = (h.end, d.start) if h.end <= d.start else (d.end, h.start)
        if not ctx.cues.kinds.hits(ctx.index, lo, max(lo, hi)):
            return True
    return False


def told_by_a_report(ctx) -> bool:
    """Whether the article's lead tells its news as a news outlet's report ("the Financial Times reported")."""
    phrases = _phrases(ctx.cues.language)
    if phrases is None or not ctx.sentences:
        return False
    end = ctx.sentences[min(LEAD, len(ctx.sentences)) - 1].end
    return bool(_outlet_reports(ctx, phrases[0], 0, end))


def on_the_record(ctx, spans: list[tuple[int, int]]) -> bool:
    """Whether any of the move's clauses cites the companies' own word."""
    phrases = _phrases(ctx.cues.language)
    return phrases is not None and any(phrases[1].hits(ctx.index, a, b) for a, b in spans)


def _outlet_reports(ctx, verbs: PhraseSet, start: int, end: int) -> list:
    """The report verbs in [start, end) whose subject is no company of the tracked side: "SoftBank reported
    a net loss" is the company's own account of its results, no outlet's report."""
    own = [m.end for m in ctx.mentions if m.side]
    return [h for h in verbs.hits(ctx.index, start, end) if not any(0 <= h.start - e <= SUBJECT for e in own)]


def _sentence_around(ctx, pos: int) -> tuple[int, int]:
    if not ctx.sentences:
        return 0, ctx.index.source_length
    k = max(0, bisect.bisect_right([s.start for s in ctx.sentences], pos) - 1)
    return ctx.sentences[k].start, ctx.sentences[k].end
