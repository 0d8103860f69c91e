"""One clause, several moves: a list pairing each counterparty with its own sum ("$300 million in WeWork,
$63.5 million in SB Energy and $75 million in Zymergen"; "出售58億美元輝達持股、出清48億美元T-Mobile持股") tells
one move per pair, each with its own figure, not one move with every name and every figure.

    split_by_sums(cand, text) -> [cand] or one candidate per (counterparty, sum) pair
"""

from __future__ import annotations

from dataclasses import replace

from .clauses import restates
from .events import Candidate
from .non_parties import is_non_party
from .types import ExtractedAmount


def split_by_sums(cand: Candidate, text: str) -> list[Candidate]:
    names = distinct_names(cand.counterparties)
    groups = _sums(cand.amounts, text)
    if len(names) < 2 or len(groups) != len(names) or len({g[0].currency for g in groups}) != 1:
        return [cand]
    # each name with the sum told next to it, in the same order: the list reads name-sum or sum-name throughout
    after = all(_next_to(g, n, text, name_first=True) for n, g in zip(names, groups, strict=True))
    before = all(_next_to(g, n, text, name_first=False) for n, g in zip(names, groups, strict=True))
    if not (after or before):
        return [cand]
    return [
        replace(cand, counterparties=[n], amounts=list(g), quotes=list(cand.quotes), statuses=list(cand.statuses))
        for n, g in zip(names, groups, strict=True)
    ]


def distinct_names(mentions: list) -> list:
    """The companies named, each once, in the order of the text; a ticker or an outlet is no party."""
    out, seen = [], set()
    for m in sorted(mentions, key=lambda m: m.start):
        if m.name not in seen and not is_non_party(m.surface) and not is_non_party(m.name):
            seen.add(m.name)
            out.append(m)
    return out


def _sums(amounts: list[ExtractedAmount], text: str) -> list[list[ExtractedAmount]]:
    groups: list[list[ExtractedAmount]] = []
    for a in sorted((a for a in amounts if a.role == "value"), key=lambda a: a.start):
        if groups and restates(text, groups[-1][-1].end, a.start):
            groups[-1].append(a)
        else:
            groups.append([a])
    return groups


_NEXT_TO = 8  # characters between a name and its own sum in a list ("WeWork Cos的3亿美元", "$75 million in Zymergen")


def _next_to(group: list[ExtractedAmount], name, text: str, *, name_first: bool) -> bool:
    if name_first:
        gap = group[0].start - name.end
    else:
        gap = name.start - group[-1].end
    return 0 <= gap <= _NEXT_TO
