"""A description word that introduces the next name of a list rather than describing the company before it:
"les sociétés qu'il a vendues, notamment Uber, la société immobilière en ligne Opendoor, la société de soins
Guardant et …": "la société" there opens the phrase that names Opendoor.

    introduces_name(ctx, hit, hits, named) -> True when the description at `hit` ends in a name of the list
"""

from __future__ import annotations

from .companies import Mention
from .cues import Hit
from .events import ArticleContext

_APPOSITIVE_REACH = 45  # "la société immobilière en ligne Opendoor": a few words, then the name they describe
_COMMAS = (",", "،", "，")


def introduces_name(ctx: ArticleContext, hit: Hit, hits: list[Hit], named: list[Mention]) -> bool:
    """Whether a description word opens a phrase that ends in the company it describes, the next item of a
    list: a name (among `named`) follows within a few words, with no clause or other description word (`hits`)
    between, and the list goes on after it."""
    following = [m for m in named if 0 < m.start - hit.end <= _APPOSITIVE_REACH]
    if not following:
        return False
    name, relatives = following[0], ctx.cues.relatives
    gap = ctx.text[hit.end : name.start]
    if any(c in gap for c in (*_COMMAS, "(", "（")) or any(hit.end <= h.start < name.start for h in hits):
        return False
    if relatives is not None and relatives.hits(ctx.index, hit.start, name.start):
        return False  # "que quiso plantar cara a Nvidia": a clause about the company, not a name for it
    after = ctx.text[name.end : name.end + 6].lstrip()
    return after[:1] in _COMMAS or any(after.startswith(w + " ") for w in ctx.cues.conjunctions)
