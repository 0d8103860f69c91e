"""Step 6, amounts and their roles: the figures a move's clause states, and what each figure is.

    clause_amounts(ctx, scan, clause) -> the clause's figures
    stated_amounts(ctx, scan, amounts) -> without percentages other than a stake's
    refine_roles(candidates, ctx) -> a figure right after a valuation word becomes a valuation
    with_usd(candidates, convert) -> every amount converted at its move's date

The roles that follow from the move's kind and object (total, per_share...) are stated later, in roles.py.
"""

from __future__ import annotations

from dataclasses import replace

from .events import ArticleContext, Candidate
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
        )
    ]


def refine_roles(candidates: list[Candidate], ctx: ArticleContext) -> None:
    """A figure right after a valuation word is a valuation ("at a valuation of nearly $300 billion")."""
    if ctx.cues.valuation is None:
        return
    for cand in candidates:
        new = []
        for a in cand.amounts:
            if a.role == "value":
                hits = ctx.cues.valuation.hits(ctx.index, max(0, a.start - 30), a.start)
                if hits:
                    a = replace(a, role="valuation")
            new.append(a)
        cand.amounts = new


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
