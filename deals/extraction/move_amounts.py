"""Step 6, amounts and their roles: the figures a move's clause states, and what each figure is.

    clause_amounts(ctx, scan, clause) -> the clause's figures
    stated_amounts(ctx, scan, amounts) -> without percentages other than a stake's
    refine_roles(candidates, ctx) -> a figure right after a valuation word becomes a valuation
    with_usd(candidates, convert) -> every amount converted at its move's date
    with_restated_roles(amounts, text) -> a conversion in brackets plays the part of the figure it converts
    own_value(amounts, text, clause, anchor) -> one sum of SoftBank's own money per move

The roles that follow from the move's kind and object (total, per_share...) are stated later, in roles.py.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from decimal import Decimal

from . import money_lang
from .clauses import restates
from .events import ArticleContext, Candidate
from .money_numbers import normalise
from .move_cues import SentenceScan
from .types import PERCENT, ExtractedAmount


def clause_amounts(scan: SentenceScan, clause: tuple[int, int]) -> list[ExtractedAmount]:
    u0, u1 = clause
    return [a for a in scan.amounts if u0 <= a.start < u1]


def stated_amounts(ctx: ArticleContext, scan: SentenceScan, amounts: list[ExtractedAmount]) -> list[ExtractedAmount]:
    """Money, and a percentage only when it is a stake named as such ("a 10% stake")."""
    s0, s1 = scan.start, scan.end
    return [
        a
        for a in amounts
        if a.currency != PERCENT
        or (
            a.role == "stake_percent"
            and ctx.cues.stake_words.hits(ctx.index, max(s0, a.start - 40), min(s1, a.end + 40))
            and not _held_by_other(ctx.text, scan, a)
        )
    ]


def _held_by_other(text: str, scan: SentenceScan, a: ExtractedAmount) -> bool:
    """ "Deutsche Telekom (43% of the capital)": a percentage in brackets right after another company's name
    is what that company holds, not a stake of the tracked side's move."""
    return any(not m.side and m.end <= a.start and text[m.end : a.start].strip() in ("(", "（") for m in scan.mentions)


_VALUED_REACH = 16  # characters from a valuation to the word told after it, its conversion in brackets between


def refine_roles(candidates: list[Candidate], ctx: ArticleContext) -> None:
    """A figure right after a valuation word is a valuation ("at a valuation of nearly $300 billion")."""
    if ctx.cues.valuation is None:
        return
    money = money_lang.load(ctx.cues.language)
    for cand in candidates:
        new = []
        for a in cand.amounts:
            if a.role == "value" and not _priced(money, ctx.text, a):
                hits = ctx.cues.valuation.hits(ctx.index, max(0, a.start - 30), a.start)
                if any(not _values_the_figure_before(h.start, ctx.amounts) for h in hits):
                    a = replace(a, role="valuation")
            new.append(a)
        cand.amounts = new


def _priced(money, text: str, a: ExtractedAmount) -> bool:
    """ "an all-cash deal valued at $6.5 billion": the valuation word values the deal, whose worth is its price."""
    return money is not None and money.price_before.search(normalise(text[max(0, a.start - 80) : a.start])) is not None


def _values_the_figure_before(word_start: int, amounts: list[ExtractedAmount]) -> bool:
    """The valuation word was told right after an earlier figure, which the money step made the valuation
    ("以3000亿美元估值向OpenAI投资300亿美元"): it values that one, not the figure after it."""
    k = bisect.bisect_left(amounts, word_start, key=lambda x: x.start)
    before = amounts[k - 1] if k else None
    return before is not None and before.role == "valuation" and 0 <= word_start - before.end <= _VALUED_REACH


def with_usd(candidates: list[Candidate], convert) -> list[str]:
    """Convert every amount at its event's date; returns warnings."""
    warnings: list[str] = []
    for cand in candidates:
        converted = []
        for amount in cand.amounts:
            try:
                new, notes = convert(amount, on=cand.date.date)
                converted.append(new)
                warnings.extend(notes)
            except Exception as exc:  # noqa: BLE001 - one bad figure must not lose the event
                converted.append(amount)
                warnings.append(f"currency conversion failed for {amount.text!r}: {exc}")
        cand.amounts = converted
    return warnings


def with_restated_roles(amounts: list[ExtractedAmount], text: str) -> list[ExtractedAmount]:
    """A conversion in brackets is the same figure in another currency, so it plays the same part: "$1.7 billion
    (about 2 trillion won)" is the move's value twice, "a $40 billion round (€37 billion)" the round's total twice."""
    roles: dict[int, str] = {}
    ordered = sorted(amounts, key=lambda a: a.start)
    for prev, a in zip(ordered, ordered[1:], strict=False):
        if (
            PERCENT not in (a.currency, prev.currency)
            and a.currency != prev.currency
            and restates(text, prev.end, a.start)
        ):
            roles[id(a)] = roles.get(id(prev), prev.role)
    return [replace(a, role=roles[id(a)]) if roles.get(id(a), a.role) != a.role else a for a in amounts]


def own_value(
    amounts: list[ExtractedAmount], text: str, clause: tuple[int, int], anchor: tuple[int, int] | None
) -> list[ExtractedAmount]:
    """One move, one sum of SoftBank's own money: of the `value` figures in one currency, the one told right
    after the acting side's name (`anchor`, else the move's cue) stays its value; a different sum in that
    currency belongs to another party or another move ("Amazon 500億美元, 軟銀 300億美元"; "$13.5 billion
    ..., with $5 billion still undrawn") and becomes `other`, with its conversion in brackets."""
    values = [a for a in amounts if a.role == "value"]
    if len(values) < 2 or anchor is None:
        return amounts
    groups = _restatements(sorted(values, key=lambda a: a.start), text)
    told_here = [g for g in groups if clause[0] <= g[0].start < clause[1]] or groups
    chosen = min(told_here, key=lambda g: _reach(g[0], anchor))
    dropped = {id(a) for g in groups if g is not chosen and _other_sum(g, chosen) for a in g}
    return [replace(a, role="other") if id(a) in dropped else a for a in amounts]


def _restatements(values: list[ExtractedAmount], text: str) -> list[list[ExtractedAmount]]:
    """Figures grouped with the conversions that follow them in brackets."""
    groups: list[list[ExtractedAmount]] = []
    for a in values:
        if groups and restates(text, groups[-1][-1].end, a.start):
            groups[-1].append(a)
        else:
            groups.append([a])
    return groups


def _reach(a: ExtractedAmount, anchor: tuple[int, int]) -> tuple[int, int]:
    """How far a figure stands from the acting side's name: after it first, nearest first."""
    if a.start >= anchor[1]:
        return 0, a.start - anchor[1]
    return 1, anchor[0] - a.end


def _other_sum(group: list[ExtractedAmount], chosen: list[ExtractedAmount]) -> bool:
    """A different figure in a currency the chosen sum is told in."""
    return any(
        a.currency == c.currency and not (_near(a.low, c.low) and _near(a.high, c.high)) for a in group for c in chosen
    ) and not any(a.currency == c.currency and _near(a.low, c.low) for a in group for c in chosen)


def _near(x, y) -> bool:
    return abs(x - y) <= Decimal("0.1") * max(abs(x), abs(y), Decimal(1))
