"""The records the move steps pass along: the article as they read it, and a move being built (`Candidate`).

A candidate is one clause's move; merging folds the retellings of one move into one candidate, which
becomes an ExtractedEvent at the end. The steps themselves are listed in steps.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from .companies import Mention
from .cues import CueSet, Hit
from .textindex import FoldedText
from .types import ExtractedAmount, ExtractedDate, Quote, Sentence


@dataclass
class Candidate:
    kind: str
    status: str
    date: ExtractedDate
    actor: Mention | None
    counterparties: list[Mention]
    amounts: list[ExtractedAmount]
    quote: Quote
    confidence: float
    quotes: list[Quote] = field(default_factory=list)
    date_explicit: bool = False
    statuses: list[str] = field(default_factory=list)
    sentence_index: int = 0
    status_counts: Counter = field(default_factory=Counter)
    kinds_named: frozenset = frozenset()  # every kind a cue of its clause named, the chosen one included
    primary: Hit | None = None  # the cue word that opened the move
    clause: tuple[int, int] = (0, 0)  # the clause stating it
    sentence: tuple[int, int] = (0, 0)
    object_type: str = "other"
    object_text: str | None = None
    object_label: str | None = None
    roles: dict = field(default_factory=dict)  # counterparty name -> role
    retold: list = field(default_factory=list)  # (clause, cue, sentence) of each retelling merged into it
    awaits_round: bool = False  # one investor among others in a round whose company the clause does not name
    lends: bool = False  # the side's money buys another's debt ("900 Millionen Euro in Wirecard-Anleihe"): it lends
    venture: str | None = None  # the named venture the move creates or pays into ("Stargate"), not a party

    def __post_init__(self):
        if not self.status_counts:
            self.status_counts.update(self.statuses)


@dataclass
class ArticleContext:
    text: str
    index: FoldedText
    sentences: list[Sentence]
    mentions: list[Mention]
    cues: CueSet
    amounts: list[ExtractedAmount]
    dates: dict[int, list[ExtractedDate]]  # sentence index -> dates in it
    published: dt.date
    paragraph_of: list[int]  # sentence index -> paragraph number
    has_tracked: bool = False
