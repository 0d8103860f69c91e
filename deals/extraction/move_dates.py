"""Step 7, the date and its basis: when a move happened, and whether the text states it.

    move_date(ctx, scan, clause, primary) -> (date, stated)

The date in the move's clause nearest its cue (not a deadline, "by 2025", nor the day it was told when the
clause names another), else a date elsewhere in the sentence that belongs to no other move, else the date that
opens the paragraph ("In December, ..."); a move without any takes the publication day (basis "publication").
A move told without a date right after a dated one with the same counterparty shares its day
(`inherit_dates`).
"""

from __future__ import annotations

import datetime as dt

from .clauses import inside_any
from .cues import Hit
from .events import ArticleContext, Candidate
from .move_cues import SentenceScan
from .move_parties import actors_agree, same_party
from .news_reports import is_report_day
from .types import ExtractedDate


def move_date(
    ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int], primary: Hit
) -> tuple[ExtractedDate, bool]:
    """The move's date and whether the text states it (False: the publication day)."""
    i, (u0, u1), head_final = scan.index, clause, ctx.cues.head_final
    told = [d for d in ctx.dates.get(i, []) if not is_report_day(ctx, d)]  # a news outlet's day is no move's
    in_clause = _outside_relatives(ctx, [d for d in told if u0 <= (d.start or -1) < u1], primary)
    date = closest_date(_move_dates(_not_deadlines(ctx, in_clause), ctx.published), primary, head_final=head_final)
    if date is None:  # a date elsewhere in the sentence, unless it belongs to another move there
        others = [
            (a, b) for a, b in scan.clauses if (a, b) != (u0, u1) and any(a <= h.start < b for h in scan.kind_hits)
        ]
        date = closest_date(
            _not_deadlines(ctx, [d for d in told if not inside_any(others, d.start, d.end)]),
            primary,
            head_final=head_final,
        )
    if date is None:
        date = _leading_paragraph_date(ctx, i)
    if date is None:
        return ExtractedDate(ctx.published, "day", None, None, None), False
    return date, True


def _outside_relatives(ctx: ArticleContext, dates: list[ExtractedDate], primary: Hit) -> list[ExtractedDate]:
    """ "A annoncé mercredi la cession …, renonçant au projet qu'il avait présenté en avril": a date in a relative
    clause opened after the move's cue tells of what that clause is about, not of the move."""
    relatives = ctx.cues.relatives
    if relatives is None or len(dates) < 2:
        return dates
    kept = [
        d
        for d in dates
        if d.start is None or d.start <= primary.end or not relatives.hits(ctx.index, primary.end, d.start)
    ]
    return kept or dates


def closest_date(dates: list[ExtractedDate], primary: Hit, *, head_final: bool = False) -> ExtractedDate | None:
    dated = [d for d in dates if d.start is not None]
    if not dated:
        return None

    # Japanese and Korean put a move's date before its verb; a date after the verb opens the next clause.
    def distance(d: ExtractedDate) -> int:
        gap = abs(((d.start + d.end) // 2) - ((primary.start + primary.end) // 2))
        return gap * 4 if head_final and d.start >= primary.end else gap

    return min(dated, key=distance)


def _leading_paragraph_date(ctx: ArticleContext, i: int) -> ExtractedDate | None:
    """The date that opens the first sentence of the sentence's paragraph ("In December, ...")."""
    para = ctx.paragraph_of[i]
    first = i
    while first > 0 and ctx.paragraph_of[first - 1] == para:
        first -= 1
    if first == i:
        return None
    opening = ctx.sentences[first]
    for d in ctx.dates.get(first, []):
        if d.start is not None and d.start - opening.start <= 4:
            return d
    return None


_DEADLINE_REACH = 24  # characters before a date a deadline phrase may start in ("expected to close in")


def _not_deadlines(ctx: ArticleContext, dates: list[ExtractedDate]) -> list[ExtractedDate]:
    """ "Said last month it would invest 150 billion yen by 2025": the deadline is not the move's date."""
    if not dates or ctx.cues.deadlines is None:
        return dates
    alone = len(dates) < 2
    n = ctx.index.source_length

    def deadline(d: ExtractedDate) -> bool:
        if d.start is None or d.end is None:
            return False
        after = ctx.cues.deadlines.hits(ctx.index, d.end, min(n, d.end + 8))
        before = ctx.cues.deadlines.hits(ctx.index, max(0, d.start - _DEADLINE_REACH), d.start)
        if alone:  # a lone date goes only for a phrase that cannot be read otherwise ("expected to close in")
            dense = ctx.cues.script in ("cjk", "hangul")
            after = [h for h in after if _unmistakable(h, dense)]
            before = [h for h in before if _unmistakable(h, dense)]
        return any(h.start - d.end <= 1 for h in after) or any(d.start - h.end <= 2 for h in before)

    kept = [d for d in dates if not deadline(d)]
    return kept if alone else kept or dates


def _unmistakable(hit: Hit, dense: bool) -> bool:
    """A deadline phrase of several words, or of three characters or more where words are not spaced ("by the
    end of", "预计于"); not one that also reads otherwise ("through a margin loan", "2019年前后")."""
    return hit.words >= 3 or (dense and len(hit.phrase.strip("*")) >= 3)


def _move_dates(dates: list[ExtractedDate], published: dt.date) -> list[ExtractedDate]:
    """ "Said on Tuesday it sold its stake in October": the day of the news is when it was told; another
    date in the same clause is when the move happened."""
    if len(dates) < 2:
        return dates
    week = dt.timedelta(days=7)
    moves = [d for d in dates if not (d.precision == "day" and published - week <= d.date <= published)]
    return moves or dates


def inherit_dates(candidates: list[Candidate], published: dt.date) -> None:
    """A move told without a date right after a dated one with the same counterparty is its detail and
    shares its day ("said on Tuesday it would expand its partnership with Nvidia. Under the agreement, it
    will buy 4,000 Nvidia chips"), rather than taking the publication day."""
    for k, cand in enumerate(candidates):
        if cand.date_explicit or not cand.counterparties or k == 0:
            continue
        prev = candidates[k - 1]
        if (
            prev.date_explicit
            and prev.date.precision == "day"  # a news day ("on Tuesday"), not the year of a past move
            and 0 < cand.sentence_index - prev.sentence_index <= 1
            and prev.counterparties
            and any(same_party(x, y) for x in prev.counterparties for y in cand.counterparties)
            and actors_agree(prev, cand)
            and 0 <= (published - prev.date.date).days <= 7
        ):
            cand.date, cand.date_explicit = prev.date, True
