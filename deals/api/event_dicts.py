"""Events and amounts as plain dicts, written out by hand: the same dicts DRF's field-by-field walk builds
(tests/api/test_serializers.py holds them equal), several times faster for a page of nested events."""

from decimal import Decimal

from django.utils import timezone

from deals.eventdates import event_date_label, event_is_planned
from deals.extraction.periods import period_end, period_start
from deals.headlines import amount_compact, deal_headline, event_headline
from deals.scope import deal_sector_slugs


def _decimal(value, places: int):
    return None if value is None else f"{value.quantize(_QUANTA[places]):f}"


_QUANTA = {places: Decimal(1).scaleb(-places) for places in (2, 4, 12)}


def _datetime(value, tz=None):
    """As DRF's DateTimeField prints it: in the current time zone, UTC written as Z."""
    if value is None:
        return None
    text = value.astimezone(tz or timezone.get_current_timezone()).isoformat() if value.tzinfo else value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _company_ref(company) -> dict:
    return {"id": company.pk, "slug": company.slug, "name": company.name}


def _parties(event) -> list[dict]:
    return [{"company": _company_ref(p.company), "role": p.role} for p in event.deal.parties.all()]


def amount_dict(amount) -> dict:
    return {
        "id": amount.pk,
        "event": amount.event_id,
        "role": amount.role,
        "low": _decimal(amount.low, 4),
        "high": _decimal(amount.high, 4),
        "currency": amount.currency,
        "qualifier": amount.qualifier,
        "text": amount.text,
        "display": amount_compact(amount),
        "usd_low": _decimal(amount.usd_low, 2),
        "usd_high": _decimal(amount.usd_high, 2),
        "usd_rate": _decimal(amount.usd_rate, 12),
        "usd_rate_date": amount.usd_rate_date.isoformat() if amount.usd_rate_date else None,
    }


def _source(mention) -> dict:
    article = mention.article
    return {
        "article": mention.article_id,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url or None,
        "language": article.language,
        "published_on": article.published_on.isoformat(),
        "quote": mention.quote,
        "start": mention.start,
        "end": mention.end,
    }


EVENT_BUILDERS = {
    "id": lambda s, e: e.pk,
    "headline": lambda s, e: event_headline(e),
    "deal": lambda s, e: {
        "id": e.deal.pk,
        "kind": e.deal.kind,
        "object_type": e.deal.object_type,
        "object_label": e.deal.object_label,
        "headline": deal_headline(e.deal),
    },
    "parties": lambda s, e: _parties(e),
    "amounts": lambda s, e: [amount_dict(a) for a in e.amounts.all()],
    "date": lambda s, e: e.date.isoformat(),
    "date_precision": lambda s, e: e.date_precision,
    "date_text": lambda s, e: e.date_text,
    "date_basis": lambda s, e: e.date_basis,
    "date_approximate": lambda s, e: e.date_approximate,
    "date_display": lambda s, e: e.date_display,
    "date_label": lambda s, e: event_date_label(e),
    "planned": lambda s, e: event_is_planned(e),
    "period_start": lambda s, e: period_start(e.date, e.date_precision).isoformat(),
    "period_end": lambda s, e: period_end(e.date, e.date_precision).isoformat(),
    "status": lambda s, e: e.status,
    "summary": lambda s, e: e.summary,
    "review_state": lambda s, e: e.review_state,
    "confidence": lambda s, e: float(e.confidence),
    "edited_by_editor": lambda s, e: e.edited_by_editor,
    "version": lambda s, e: e.version,
    "sources": lambda s, e: [_source(m) for m in e.mentions.all()],
    "page_url": lambda s, e: s._page_url(e),
    "published_at": lambda s, e: _datetime(e.published_at, s._tz),
    "created_at": lambda s, e: _datetime(e.created_at, s._tz),
    "updated_at": lambda s, e: _datetime(e.updated_at, s._tz),
    "is_ai": lambda s, e: e.deal.is_ai,
    "sectors": lambda s, e: deal_sector_slugs(e.deal),
}
