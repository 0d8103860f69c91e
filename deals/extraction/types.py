"""The extraction package's public records.

Every record is a frozen dataclass. Offsets (`start`, `end`) are character offsets into the
text that was passed to `extract()`, so `text[start:end]` is the verbatim phrase.
Money is Decimal, never float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

KINDS = (
    "investment",
    "acquisition",
    "partnership",
    "joint_venture",
    "financing",
    "commitment",
    "divestment",
    "launch",
    "other",
)
STATUSES = ("rumored", "announced", "completed", "cancelled")
PRECISIONS = ("day", "month", "quarter", "year")
# value: the SoftBank side's own money in the move; total: the whole round, fund or venture others share.
AMOUNT_ROLES = ("value", "total", "valuation", "stake_percent", "per_share", "other")
OBJECT_TYPES = ("company", "stake", "unit", "asset", "goods", "debt", "fund", "venture", "other")
PARTY_ROLES = ("target", "buyer", "seller", "partner", "lender", "borrower", "co_investor", "other")
DATE_BASES = ("stated", "publication")
QUALIFIERS = ("exact", "about", "up_to", "at_least", "range")
PERCENT = "PERCENT"


@dataclass(frozen=True)
class GazetteerEntry:
    """One known company: its canonical English name and every spelling news uses for it."""

    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    kind: str = "company"  # company | fund | public_body
    slug: str = ""
    tracked: bool = False  # its family (it and its units) is the acting side when present
    country: str = ""  # ISO 3166 code: "the Japanese group" stands for a Japanese company


@dataclass(frozen=True)
class Gazetteer:
    entries: tuple[GazetteerEntry, ...] = ()


@dataclass(frozen=True)
class CompanyRef:
    """A company named (or referred back to) in the text."""

    name: str  # canonical name when known, else the surface form
    text: str  # verbatim surface text
    start: int
    end: int
    known: bool  # True when it came from the gazetteer
    via_backreference: bool = False


@dataclass(frozen=True)
class ExtractedAmount:
    role: str  # one of AMOUNT_ROLES
    low: Decimal
    high: Decimal
    currency: str  # ISO 4217 or PERCENT
    qualifier: str  # one of QUALIFIERS
    text: str
    start: int
    end: int
    usd_low: Decimal | None = None
    usd_high: Decimal | None = None
    usd_rate: Decimal | None = None  # USD per one unit of `currency`
    usd_rate_date: dt.date | None = None


@dataclass(frozen=True)
class ExtractedDate:
    date: dt.date  # first day of the period for coarser precisions
    precision: str  # one of PRECISIONS
    text: str | None = None  # None when the publication date stands in
    start: int | None = None
    end: int | None = None
    approximate: bool = False  # "about ten months ago": the period is an estimate the text hedges


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ExtractedEvent:
    kind: str
    status: str
    date: ExtractedDate
    actor: CompanyRef | None
    counterparties: tuple[CompanyRef, ...]
    amounts: tuple[ExtractedAmount, ...]
    quote: Quote  # the main sentence or clause stating the move
    confidence: float  # 0..1, used to order drafts for review
    quotes: tuple[Quote, ...] = ()  # every supporting sentence, main one first (after merges)
    object_type: str = "other"  # one of OBJECT_TYPES: what changes hands or is created
    object_text: str | None = None  # the article's phrase for the object, verbatim; None when only implied
    object_label: str | None = None  # a short English label for pages: "Sakai plant", "GPUs", "robotics division"
    roles: tuple[tuple[str, str], ...] = ()  # (counterparty name, one of PARTY_ROLES), in counterparty order
    date_basis: str = "publication"  # "stated" when the text dates the move, else the report's day stands in

    def role_of(self, name: str) -> str:
        return dict(self.roles).get(name, "other")


@dataclass(frozen=True)
class ExtractionResult:
    language: str
    events: tuple[ExtractedEvent, ...] = ()
    companies: tuple[CompanyRef, ...] = ()
    warnings: tuple[str, ...] = ()
    excluded: tuple[tuple[int, int], ...] = field(default=())  # boilerplate spans left out
