"""Step 10, confidence: how sure the extraction is of a move, from the evidence its clause gives.

Each piece of evidence adds its weight from CONFIDENCE_WEIGHTS; the sum is capped at 1 and rounded to two
places. Every retelling merged into a move adds `retold` on top of the more confident of the two.

    score(MoveEvidence(strong_cue=True, actor_known=True, amount=True)) -> 0.6
"""

from __future__ import annotations

from dataclasses import dataclass

CONFIDENCE_WEIGHTS = {
    "strong_cue": 0.3,  # a verb names the move ("acquired")
    "weak_cue": 0.15,  # only a noun does ("the acquisition")
    "cue_repeated": 0.1,  # the clause names the kind more than once, with a verb among the cues
    "known_actor": 0.15,  # the actor is in the gazetteer
    "unknown_actor": 0.05,  # the actor is a name recognised by its shape only
    "known_counterparty": 0.15,  # a counterparty is in the gazetteer
    "unknown_counterparty": 0.05,  # counterparties are named, none of them in the gazetteer
    "amount": 0.15,  # the clause states a figure
    "stated_date": 0.1,  # the text states the date (not the publication day)
    "status_word": 0.05,  # a status word ("completed", "plans to") stands in the clause
    "retold": 0.05,  # each retelling merged into the move
}


@dataclass(frozen=True)
class MoveEvidence:
    strong_cue: bool = False
    cue_repeated: bool = False
    actor_known: bool = False
    counterparty_known: bool = False
    counterparty_named: bool = False
    amount: bool = False
    stated_date: bool = False
    status_word: bool = False


def score(evidence: MoveEvidence) -> float:
    w = CONFIDENCE_WEIGHTS
    # The weights are added in this order on purpose: the float sums, and so the rounded scores, stay stable.
    confidence = w["strong_cue"] if evidence.strong_cue else w["weak_cue"]
    confidence += w["cue_repeated"] if evidence.cue_repeated else 0.0
    confidence += w["known_actor"] if evidence.actor_known else w["unknown_actor"]
    if evidence.counterparty_known:
        confidence += w["known_counterparty"]
    elif evidence.counterparty_named:
        confidence += w["unknown_counterparty"]
    confidence += w["amount"] if evidence.amount else 0.0
    confidence += w["stated_date"] if evidence.stated_date else 0.0
    confidence += w["status_word"] if evidence.status_word else 0.0
    return round(min(1.0, confidence), 2)


def retold(a: float, b: float) -> float:
    """The confidence of a move told twice, with confidences `a` and `b`."""
    return min(1.0, max(a, b) + CONFIDENCE_WEIGHTS["retold"])
