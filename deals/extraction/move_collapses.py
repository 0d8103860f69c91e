"""A deal agreed, then called off later: "agreed in 2020 to sell it to Nvidia. That deal collapsed in February
2022", "2020년 9월 엔비디아에 매각하기로 합의했지만, … 올해 2월 무산됐다", "وافقت على بيعها لإنفيديا في صفقة أُلغيت في فبراير
2022". The collapse, dated apart from the agreement, is a move of its own: the same parties, cancelled on its day;
the agreement keeps the status it had when it was made.

    collapses(candidates, ctx) -> the cancellations told after the candidates' moves
"""

from __future__ import annotations

from dataclasses import replace

from .clauses import trim
from .cues import Hit
from .events import ArticleContext, Candidate
from .types import ExtractedDate, Quote

# Kinds a deal of which can be agreed and then fall through.
_AGREED_KINDS = {"acquisition", "divestment", "investment", "joint_venture", "partnership", "commitment"}
_DATE_REACH = 30  # characters between the word of the collapse and its date ("collapsed in February 2022")


def collapses(candidates: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """Each candidate followed, in the rest of its clause or in the next sentence, by a cancellation with a
    date of its own later than the move's: one cancelled candidate more, on that date."""
    found = []
    for cand in candidates:
        if cand.kind not in _AGREED_KINDS or cand.status == "completed" or not cand.counterparties:
            continue
        collapse = _collapse_after(cand, ctx)
        if collapse is None:
            continue
        word, date, quote = collapse
        if cand.status == "cancelled":
            cand.status, cand.statuses = "announced", ["announced"]  # agreed then; called off only later
        found.append(
            replace(
                cand,
                status="cancelled",
                statuses=["cancelled"],
                date=date,
                date_explicit=True,
                quote=quote,
                quotes=[quote],
                amounts=list(cand.amounts),
                counterparties=list(cand.counterparties),
            )
        )
    return found


def _collapse_after(cand: Candidate, ctx: ArticleContext) -> tuple[Hit, ExtractedDate, Quote] | None:
    i = cand.sentence_index
    spans = [(i, cand.primary.end if cand.primary else cand.clause[0], cand.clause[1])]
    if i + 1 < len(ctx.sentences):
        nxt = ctx.sentences[i + 1]
        spans.append((i + 1, nxt.start, nxt.end))
    for k, start, end in spans:
        words = [h for h in ctx.cues.statuses.hits(ctx.index, start, end) if h.label == "cancelled"]
        for word in words:
            if k != i and not _only_retells(ctx, cand, start, word):
                return None
            date = _own_date(ctx, k, word, cand)
            if date is not None:
                if k == i:
                    return word, date, cand.quote
                q0, q1 = trim(ctx.text, ctx.sentences[k].start, ctx.sentences[k].end)
                return word, date, Quote(ctx.text[q0:q1], q0, q1)
    return None


def _only_retells(ctx: ArticleContext, cand: Candidate, start: int, word: Hit) -> bool:
    """Whether the next sentence, up to the word of the collapse, speaks of no other move nor company: "That deal
    collapsed", not "Nvidia's bid for Arm was dropped"."""
    if ctx.cues.kinds.hits(ctx.index, start, word.start):
        return False
    parties = {m.name for m in [cand.actor, *cand.counterparties] if m is not None}
    return all(m.side or m.name in parties for m in ctx.mentions if start <= m.start < word.start)


def _own_date(ctx: ArticleContext, k: int, word: Hit, cand: Candidate) -> ExtractedDate | None:
    """The date told with the collapse, right after or before its word, later than the move's own and not
    after the publication day."""
    near = [
        d
        for d in ctx.dates.get(k, [])
        if d.start is not None
        and d.end is not None
        and (0 <= d.start - word.end <= _DATE_REACH or 0 <= word.start - d.end <= _DATE_REACH)
    ]
    # a collapse has happened: "the listing planned for the second quarter of 2026 was dropped" is another plan's
    later = [d for d in near if cand.date.date < d.date <= ctx.published]
    return min(later, key=lambda d: min(abs(d.start - word.end), abs(word.start - d.end))) if later else None
