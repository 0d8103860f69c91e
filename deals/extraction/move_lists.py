"""One clause, several companies in a list with no sum for each: "will back Plenty, Brain and Nauto", "les
sociétés qu'il a vendues, notamment Uber, Opendoor et Beike" tell one investment or sale per company named,
not one move shared by them all.

    split_by_list(cand, ctx) -> [cand] or one candidate per company of the list
"""

from __future__ import annotations

import re
from dataclasses import replace

from .events import ArticleContext, Candidate
from .move_parties import governed
from .move_split import distinct_names

# A stake taken or sold, or a company bought, is a move with each company; partners in one venture or
# lenders of one loan share a single move.
_PER_COMPANY = {"investment", "divestment", "acquisition"}
_LIST_GAP = 60  # characters between two names of a list: a comma or "and", and at most a short description
_COMMAS = (",", "，", "、", "،")
_NO_FIGURE = re.compile(r"\d")


def split_by_list(cand: Candidate, ctx: ArticleContext) -> list[Candidate]:
    """One candidate per company when the tracked side's move names two or more in one list after its cue
    and no sum goes with each; else [cand]."""
    if cand.kind not in _PER_COMPANY or cand.actor is None or not cand.actor.side or cand.primary is None:
        return [cand]
    if ctx.cues.head_final:
        # "네이버, 라인야후 지분 매각": before a final verb, the subject and the object read as one list
        return [cand]
    names = distinct_names(cand.counterparties)
    if len(names) < 2 or not all(n.start >= cand.primary.end for n in names):
        return [cand]
    if not all(_listed(ctx, a, b) for a, b in zip(names, names[1:], strict=False)):
        return [cand]
    if _investors_listed(ctx, cand.clause):
        return [cand]  # "with Microsoft, Coatue and Thrive among the investors": one round, its investors
    # a figure stated for the whole list is no company's own value
    amounts = [a for a in cand.amounts if a.role != "value"]
    return [
        replace(cand, counterparties=[n], amounts=list(amounts), quotes=list(cand.quotes), statuses=list(cand.statuses))
        for n in names
    ]


def _investors_listed(ctx: ArticleContext, clause: tuple[int, int]) -> bool:
    cues = ctx.cues
    return any(p is not None and p.hits(ctx.index, *clause) for p in (cues.investor_lists, cues.co_investors))


def _listed(ctx: ArticleContext, a, b) -> bool:
    """Whether `b` follows `a` in the same list: a comma or a conjunction opens the words between them, and
    no figure or other move's cue stands there."""
    gap = ctx.text[a.end : b.start]
    if not 0 < len(gap) <= _LIST_GAP or _NO_FIGURE.search(gap):
        return False
    opening = gap.strip()
    joined = opening.startswith(_COMMAS) or any(_opens_with(opening, w, ctx.cues.script) for w in ctx.cues.conjunctions)
    if not joined:
        return False
    if ctx.cues.relatives is not None and ctx.cues.relatives.hits(ctx.index, a.end, b.start):
        return False  # "Graphcore, la británica que quiso plantar cara a Nvidia": a clause about the first
    # "Ampere, a designer of processors based on Arm": a name after a preposition is no item of the list
    return not ctx.cues.kinds.hits(ctx.index, a.end, b.start) and not governed(ctx, b)


def _opens_with(gap: str, word: str, script: str) -> bool:
    if not gap.startswith(word):
        return False
    # "and" opens "and Nauto", not "Andreessen"
    return script != "latin" or len(gap) == len(word) or not gap[len(word)].isalnum()
