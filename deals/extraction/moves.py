"""Steps 3 and 8, the move's kind and status, from the cue words of its clause.

    clause_kind(kind_hits) -> ("acquisition", <the cue that opened the move>)
    choose_status(primary, status_hits, kind_hits) -> "completed"

A verb outranks a noun, the kind with the most cue weight wins, and a status word nearest the move's cue
sets its status (a negation within reach cancels it).
"""

from __future__ import annotations

from .clauses import overlaps
from .cues import CueSet, Hit
from .textindex import FoldedText

# Kinds that have a counterparty by nature: a move of them needs a counterparty or an amount.
NEEDS_OBJECT = {
    "investment",
    "acquisition",
    "partnership",
    "joint_venture",
    "divestment",
    "financing",
    "commitment",
}
STATUS_RANK = {"cancelled": 3, "completed": 2, "rumored": 1, "announced": 0}


def clause_kind(hits: list[Hit], *, head_final: bool = False) -> tuple[str, Hit]:
    """The kind of move a clause's cues name, and the cue that opens it; `head_final` when the language puts
    the clause's main verb last."""
    kind, primary = _choose_kind(hits, head_final)
    if kind == "launch" and any(h.label == "joint_venture" for h in hits):
        kind = "joint_venture"  # founding a joint venture is the venture
    return kind, primary


def _choose_kind(hits: list[Hit], head_final: bool) -> tuple[str, Hit]:
    # A verb outranks a noun: "sold its stake" is a sale, whatever "stake" suggests on its own.
    # A venture noun names the kind itself ("成立合资公司": found a joint venture): it stays.
    if any(not h.weak for h in hits):
        hits = [h for h in hits if not h.weak or h.label == "joint_venture"]
    scores: dict[str, float] = {}
    for h in hits:
        scores[h.label] = scores.get(h.label, 0.0) + h.weight
    # Between cues of equal weight the clause's main verb decides: the first in English, the last where the
    # verb comes last ("約4565億円を投じてヤフーを子会社化した": spending the money is how it was acquired).
    sign = 1 if head_final else -1
    kind = max(scores, key=lambda k: (scores[k], sign * _edge(hits, k, head_final)))
    pledges = [h for h in hits if h.label == "commitment" and not h.weak]
    if kind == "joint_venture" and pledges and pledges[0].start < min(h.start for h in hits if h.label == kind):
        kind = "commitment"  # "a commitment to invest $15 billion in the joint Stargate project": the venture is its object
    best = max((h for h in hits if h.label == kind), key=lambda h: (h.weight, -h.start))
    return kind, best


def _edge(hits: list[Hit], kind: str, last: bool) -> int:
    starts = [h.start for h in hits if h.label == kind]
    return max(starts) if last else min(starts)


def venture_kind(kind: str, primary: Hit) -> str:
    """The kind of a move whose parties include a company the article introduced as a joint venture."""
    # a pledge of money to a venture stays a commitment: the venture is its object
    if kind not in ("joint_venture", "commitment") and (primary.weak or kind in ("launch", "partnership")):
        return "joint_venture"
    return kind


def is_move(kind: str, strong: bool, *, has_counterparty: bool, has_amount: bool, in_quote: bool) -> bool:
    """Whether a clause states a move: a kind with a counterparty by nature, or a noun cue alone, needs a
    counterparty or an amount; words inside a quotation need both."""
    if kind in NEEDS_OBJECT and not has_counterparty and not has_amount:
        return False
    if not strong and not has_counterparty and not has_amount:
        return False
    # what an executive says in a quotation is a view, not a reported move
    return not (in_quote and not (has_counterparty and has_amount))


def planned_kind(
    kind: str, cues: CueSet, index: FoldedText, clause: tuple[int, int], masks: list[tuple[int, int]], has_amount: bool
) -> str:
    """Money spread over years is a plan, not one stake: such an investment is a commitment."""
    if (
        kind == "investment"
        and cues.plan_periods is not None
        and has_amount
        and any(not any(overlaps((h.start, h.end), m) for m in masks) for h in cues.plan_periods.hits(index, *clause))
    ):
        return "commitment"
    return kind


def _distance(a: Hit, b: Hit) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def choose_status(primary: Hit, status_hits: list[Hit], kind_hits: list[Hit], *, hearsay: bool = False) -> str:
    """The status of the move `primary` opens, from the status words of its clause; `hearsay` when its
    sentence attributes it to unnamed sources."""
    # A negation near the move outweighs everything else said about it ("blocked ... from investing").
    cancelled = [h for h in status_hits if h.label == "cancelled" and _distance(h, primary) <= 150]
    if cancelled:
        return "cancelled"
    if hearsay:
        return "rumored"  # "people familiar said it agreed", "契約を結んだことが分かった": not yet on the record
    if any(h.label == "completed" and h.implied_status == "completed" for h in status_hits):
        return "completed"  # "announced the sale, netting $5.8 billion": the money is in, whatever was announced
    if status_hits:
        nearest = min(
            status_hits,
            key=lambda h: (_distance(h, primary), -STATUS_RANK.get(h.label, 0)),
        )
        if nearest.label == "announced" and primary.implied_status == "completed":
            return "completed"  # "said it had sold", "売却したと発表した": the report of a done move
        if nearest.label == "announced" and any(h.implied_status == "rumored" for h in status_hits):
            return "rumored"  # "計画についても協議を続けている", "in talks over a plan": the plan is talked over
        return nearest.label
    implied = [h.implied_status for h in kind_hits if h.implied_status]
    if primary.implied_status:
        return primary.implied_status
    if implied:
        return implied[0]
    return "announced"
