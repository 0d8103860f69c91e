"""Hand-built extraction results, so the import service is tested without the extractor's quirks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from deals.extraction.types import (
    CompanyRef,
    ExtractedAmount,
    ExtractedDate,
    ExtractedEvent,
    ExtractionResult,
    Quote,
)


def ref(text: str, name: str | None = None, *, at: int = 0, known: bool = True) -> CompanyRef:
    return CompanyRef(name=name or text, text=text, start=at, end=at + len(text), known=known)


def usd(low: str, high: str | None = None, *, text: str = "", role: str = "value", currency: str = "USD", rate="1"):
    low_d, high_d = Decimal(low), Decimal(high or low)
    rate_d = Decimal(rate)
    return ExtractedAmount(
        role=role,
        low=low_d,
        high=high_d,
        currency=currency,
        qualifier="range" if high_d > low_d else "exact",
        text=text or f"{low} {currency}",
        start=0,
        end=1,
        usd_low=(low_d * rate_d).quantize(Decimal("0.01")),
        usd_high=(high_d * rate_d).quantize(Decimal("0.01")),
        usd_rate=rate_d,
        usd_rate_date=dt.date(2024, 11, 14),
    )


def event(
    text: str,
    sentence: str,
    *,
    actor: str | None = "SoftBank Group",
    counterparties: tuple[str, ...] = (),
    kind: str = "investment",
    status: str = "announced",
    date: dt.date = dt.date(2024, 11, 14),
    precision: str = "day",
    date_text: str | None = "on 14 November",
    amounts: tuple[ExtractedAmount, ...] = (),
    confidence: float = 0.7,
    extra_sentences: tuple[str, ...] = (),
    object_type: str = "other",
    object_label: str | None = None,
    roles: tuple[tuple[str, str], ...] = (),
    date_basis: str | None = None,
) -> ExtractedEvent:
    """An event quoting `sentence`, which must occur in `text` (offsets are computed, never typed)."""

    def quote(s: str) -> Quote:
        start = text.index(s)
        return Quote(text=s, start=start, end=start + len(s))

    main = quote(sentence)
    return ExtractedEvent(
        kind=kind,
        status=status,
        date=ExtractedDate(date=date, precision=precision, text=date_text),
        actor=ref(actor) if actor else None,
        counterparties=tuple(ref(c) for c in counterparties),
        amounts=amounts,
        quote=main,
        confidence=confidence,
        quotes=(main, *(quote(s) for s in extra_sentences)),
        object_type=object_type,
        object_label=object_label,
        roles=roles,
        # As the extractor does: a date phrase in the text dates the move, none leaves the report's day.
        date_basis=date_basis or ("stated" if date_text else "publication"),
    )


def result(*events: ExtractedEvent, language: str = "en") -> ExtractionResult:
    return ExtractionResult(language=language, events=tuple(events))
