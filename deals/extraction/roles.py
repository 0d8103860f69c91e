"""Who plays which part in a move, and whose money each figure is.

Party roles follow from the move's kind and object ("buy Nvidia GPUs": Nvidia sells; "buy Graphcore": Graphcore
is the target) and from the words around a name: a co-investor phrase ("alongside", "aux côtés de", "주도"), the
one sold to ("to Nvidia"), the one lent to. Amount roles: `value` is the acting side's own money; a figure
named as the whole round, fund or venture ("a $40 billion round", "raised $6.6 billion", a joint venture's
size) is `total`; a price per share is `per_share`. The words are data in data/cues/<lang>.json.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .cues import CueSet, PhraseSet
from .textindex import FoldedText
from .types import ExtractedAmount

PARTNER_KINDS = {"partnership", "joint_venture", "launch", "commitment"}
CO_INVESTING_KINDS = {"investment", "acquisition", "commitment"}
# Goods, a plant or a unit are bought from their owner; a company or a stake is the target itself.
BOUGHT_FROM_OWNER = {"goods", "asset", "unit"}
# A venture's or a fund's size is shared by all who put money in: it is not the acting side's own money.
SHARED_SIZE_OBJECTS = {"venture", "fund"}
TOTAL_KINDS = {"investment", "acquisition", "launch", "joint_venture", "commitment", "other"}
_REACH_BEFORE = 30  # "alongside Microsoft, Nvidia and" runs a few names on
_REACH_AFTER = 6  # "X-led", "X주도", "X领投" follow the name closely
_LONGEST_PHRASE = 40
_SIZE_REACH = 30  # "$400m European tech fund": a size stands a few words before its noun  # hits are looked up by where they start: look this far further back


def _touches(phrases: PhraseSet | None, index: FoldedText, start: int, end: int, *, before: int, after: int) -> bool:
    """A phrase ending within `before` characters ahead of [start, end) or starting within `after` behind it."""
    if phrases is None:
        return False
    lo, hi = max(0, start - before - _LONGEST_PHRASE), min(index.source_length, end + after + _LONGEST_PHRASE)
    for h in phrases.hits(index, lo, hi):
        if h.end <= start and start - h.end <= before:
            return True
        if h.start >= end and h.start - end <= after:
            return True
    return False


def _in_list_after(
    phrases: PhraseSet | None, text: str, index: FoldedText, span: tuple[int, int], names, conjunctions
) -> bool:
    """The name stands in the list a phrase opens: "alongside Microsoft, Nvidia and Thrive" (only names,
    commas and conjunctions between), not "together with Microsoft in OpenAI"."""
    if phrases is None:
        return False
    start = span[0]
    for h in phrases.hits(index, max(0, start - _REACH_BEFORE - _LONGEST_PHRASE), start):
        if h.end > start or start - h.end > _REACH_BEFORE:
            continue
        gap = list(text[h.end : start])
        for s, e in names:
            if h.end <= s and e <= start:
                gap[s - h.end : e - h.end] = " " * (e - s)
        words = "".join(gap).replace(",", " ").replace("、", " ").replace("،", " ").split()
        if all(w in conjunctions for w in words):
            return True
    return False


def party_role(
    *,
    kind: str,
    object_type: str,
    index: FoldedText,
    cues: CueSet,
    span: tuple[int, int],
    sold_to: bool,
    text: str,
    names: tuple[tuple[int, int], ...] = (),
) -> str:
    """The part of one counterparty named at `span`; `sold_to` when the words make it the one sold or lent to;
    `names` the other company names around it."""
    if object_type == "venture" and kind in PARTNER_KINDS:
        return "partner"  # those who put money into a venture with the acting side own it with it
    if kind in CO_INVESTING_KINDS and (
        _in_list_after(cues.co_investors, text, index, span, names, cues.conjunctions)
        or _in_list_after(cues.investor_lists, text, index, span, names, cues.conjunctions)
        or _touches(cues.co_investors_after, index, *span, before=-1, after=_REACH_AFTER)
    ):
        return "co_investor"
    if kind == "commitment" and object_type == "stake":
        return "target"  # a pledge to invest in a company: the company whose shares the money buys
    if kind in PARTNER_KINDS:
        return "partner"
    if kind == "investment":
        return "target"
    if kind == "acquisition":
        return "seller" if object_type in BOUGHT_FROM_OWNER else "target"
    if kind == "divestment":
        return "buyer" if sold_to else "target"
    if kind == "financing":
        return "borrower" if sold_to else "lender"
    return "other"


@dataclass(frozen=True)
class MoveFacts:
    """What the amount roles of one move depend on: its kind and object, and where its object noun stands."""

    kind: str
    object_type: str
    index: FoldedText
    cues: CueSet
    object_span: tuple[int, int] | None = None
    text: str = ""
    others: tuple[tuple[int, int], ...] = ()  # where companies not on the tracked side are named in the move


def amount_role(*, amount: ExtractedAmount, move: MoveFacts) -> str:
    if amount.role != "value":
        return amount.role  # a stake or a valuation was told by its own words
    cues, index = move.cues, move.index
    if _touches(cues.per_share, index, amount.start, amount.end, before=-1, after=4) or _per_share_before(amount, move):
        return "per_share"
    if move.kind in TOTAL_KINDS and not _own_verb_before(amount, move):
        if _touches(cues.totals, index, amount.start, amount.end, before=14, after=-1):
            return "total"
        if _touches(cues.totals_after, index, amount.start, _past_name(amount.end, move), before=-1, after=3):
            return "total"  # "a $40 billion funding round", "$40 billion OpenAI funding round"
    if move.kind in ("joint_venture", "launch") and move.object_type in SHARED_SIZE_OBJECTS:
        return "total"
    if (
        move.object_type in SHARED_SIZE_OBJECTS
        and move.object_span
        and _sizes(amount, move.object_span, move.text, cues)
    ):
        return "total"  # "a $400m European tech fund", "10兆円規模の投資ファンド": the fund's size, not the stake
    return "value"


_CLAUSE_MARKS = frozenset(",;،，、；")
_VERB_REACH = 6  # "投资了20亿美元", "ضخت 500 مليون": the figure right after the verb is what it puts in
_SUBJECT_GAP = 3  # "亚马逊投资500亿美元": a company named right before the verb is the one investing


def _past_name(end: int, move: MoveFacts) -> int:
    """Where the words after a figure go on past a company's name told right after it (a headline's "$40 billion
    OpenAI funding round")."""
    return next((e for s, e in move.others if 0 <= s - end <= 1 and not move.text[end:s].strip()), end)


def _own_verb_before(amount: ExtractedAmount, move: MoveFacts) -> bool:
    """The figure is what the move's own verb puts in ("在…融资中投资了20亿美元", "ضخت 500 مليون دولار في جولة"):
    the round named around it is where the money goes, not the figure's size. A verb that raises or leads the
    round ("raised", "领投") sizes it; another investor's verb says nothing of SoftBank's money."""
    cues, index = move.cues, move.index
    lo = max(0, amount.start - _VERB_REACH - _LONGEST_PHRASE)
    rounds = [
        (h.start, h.end) for p in (cues.totals, cues.co_investors_after) if p for h in p.hits(index, lo, amount.end)
    ]
    return any(
        h.end <= amount.start
        and amount.start - h.end <= _VERB_REACH
        and not any(s < h.end and h.start < e for s, e in rounds)
        and not _CLAUSE_MARKS & set(move.text[h.end : amount.start])
        for h in cues.kinds.hits(index, lo, amount.start)
        if h.label == move.kind and not h.weak and not any(0 <= h.start - e <= _SUBJECT_GAP for _, e in move.others)
    )


def _per_share_before(amount: ExtractedAmount, move: MoveFacts) -> bool:
    """ "a per-share price of $51" prices the figure after it; "$51 a share, raising $4.87 billion" and "주당
    51달러에 매각해 48억 달러" do not: across a comma or another figure, the phrase belongs to that figure."""
    if move.cues.per_share is None:
        return False
    lo = max(0, amount.start - 12 - _LONGEST_PHRASE)
    return any(
        h.end <= amount.start
        and amount.start - h.end <= 12
        and not any(c in _CLAUSE_MARKS or c.isdigit() for c in move.text[h.end : amount.start])
        for h in move.cues.per_share.hits(move.index, lo, amount.start)
    )


def _sizes(amount: ExtractedAmount, span: tuple[int, int], text: str, cues: CueSet) -> bool:
    """The figure stands inside the object's noun phrase: before the noun with no preposition between, or
    right after it ("un fonds de 5 milliards")."""
    if amount.end <= span[0] and span[0] - amount.end <= _SIZE_REACH:
        words = text[amount.end : span[0]].replace("(", " ").replace(")", " ").split()
        return len(words) <= 4 and not any(w.casefold() in cues.prepositions for w in words)
    return 0 <= amount.start - span[1] <= 6


def with_amount_roles(amounts: list[ExtractedAmount], *, move: MoveFacts) -> list[ExtractedAmount]:
    out = []
    for a in amounts:
        role = amount_role(amount=a, move=move)
        out.append(a if role == a.role else replace(a, role=role))
    return out
