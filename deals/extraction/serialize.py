"""An ExtractionResult as the evaluation's JSON object (shared/eval/README.md)."""

from __future__ import annotations

from decimal import Decimal

from .types import ExtractedAmount, ExtractedEvent, ExtractionResult


def number(value: Decimal | float | None):
    """A JSON number: int when whole, else float; None stays None."""
    if value is None:
        return None
    d = Decimal(str(value)) if not isinstance(value, Decimal) else value
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def amount_to_eval(a: ExtractedAmount) -> dict:
    return {
        "role": a.role,
        "low": number(a.low),
        "high": number(a.high),
        "currency": a.currency,
        "qualifier": a.qualifier,
        "usd_low": number(a.usd_low),
        "usd_high": number(a.usd_high),
        "text": a.text,
    }


def event_to_eval(e: ExtractedEvent) -> dict:
    return {
        "date": e.date.date.isoformat(),
        "date_precision": e.date.precision,
        "date_text": e.date.text,
        "date_approximate": e.date.approximate,
        "kind": e.kind,
        "status": e.status,
        "actor": e.actor.name if e.actor else None,
        "counterparties": [c.name for c in e.counterparties],
        "amounts": [amount_to_eval(a) for a in e.amounts],
        "quote": e.quote.text,
        "quotes": [q.text for q in (e.quotes or (e.quote,))],
        "confidence": round(float(e.confidence), 2),
        "date_basis": e.date_basis,
        "object": {"type": e.object_type, "text": e.object_text, "label": e.object_label},
        "roles": {c.name: e.role_of(c.name) for c in e.counterparties},
    }


def result_to_eval(result: ExtractionResult) -> dict:
    return {
        "events": [event_to_eval(e) for e in result.events],
        "language": result.language,
        "warnings": list(result.warnings),
    }
