"""Filters the public templates use to print events: headlines, amounts, languages, links that keep filters.

They return plain strings; Django's autoescaping applies to them like to any other value.
"""

from decimal import Decimal

from django import template
from django.utils.translation import get_language_info

from deals import eventdates, headlines
from deals import money as money_text
from deals.charts import stacked_bars

register = template.Library()

# Codes Django's own table lacks or names unhelpfully for readers.
_LANGUAGES = {"zh": "Chinese", "zh-hans": "Chinese (simplified)", "zh-hant": "Chinese (traditional)"}


@register.filter
def event_headline(event) -> str:
    return headlines.event_headline(event)


@register.filter
def deal_headline(deal) -> str:
    return headlines.deal_headline(deal)


@register.filter
def date_label(event) -> str:
    """'reported 14 Nov 2024', 'planned for 2026', or the date at its precision."""
    return eventdates.event_date_label(event)


@register.filter
def is_planned(event) -> bool:
    return eventdates.event_is_planned(event)


@register.filter
def amount_words(amount, object_type: str = "other") -> str:
    """'$30B', 'of a $40B round', 'at a $300B valuation': what each figure is, in words."""
    return money_text.amount_in_words(amount, object_type=object_type)


@register.filter
def sources_summary(mentions) -> str:
    """'1 source', '1 source, 4 quotes', '2 sources, 3 quotes': sources are articles, not quotes."""
    mentions = list(mentions)
    articles = len({mention.article_id for mention in mentions})
    text = pluralize_sources(articles)
    return text if len(mentions) == articles else f"{text}, {len(mentions)} quotes"


@register.filter
def by_article(mentions) -> list[tuple]:
    """The quotes grouped under their article, in the prefetched order: [(article, [mention, ...]), ...]."""
    groups: dict[int, tuple] = {}
    for mention in mentions:
        groups.setdefault(mention.article_id, (mention.article, []))[1].append(mention)
    return list(groups.values())


@register.filter
def money(amount) -> str:
    """'¥100B': the amount in its own currency, compactly."""
    return headlines.amount_compact(amount)


@register.filter
def usd(amount) -> str:
    """'≈ $677M', or nothing when the amount is already in dollars or has no rate."""
    return headlines.amount_usd(amount)


@register.filter
def usd_compact(value) -> str:
    """'$20.5B'; nothing for a missing or zero figure, so templates can print a dash instead."""
    if not value:
        return ""
    return headlines.compact_money(low=Decimal(value), currency="USD")


@register.filter
def language_name(code: str) -> str:
    code = (code or "").lower()
    if code in _LANGUAGES:
        return _LANGUAGES[code]
    try:
        return get_language_info(code)["name"]
    except KeyError:
        return code or "unknown language"


@register.filter
def language_direction(code: str) -> str:
    """'rtl' for scripts written right to left, so quotes are laid out correctly inside English pages."""
    return "rtl" if (code or "").split("-")[0].lower() in {"ar", "he", "fa", "ur", "ps", "yi"} else "ltr"


@register.filter
def parties_by_role(deal, role: str) -> list:
    """The deal's parties in one role, read from the prefetched list (no query)."""
    return [party for party in deal.parties.all() if party.role == role]


@register.filter
def pluralize_sources(count: int) -> str:
    return f"{count} source" if count == 1 else f"{count} sources"


@register.simple_tag(takes_context=True)
def query_with(context, **changes) -> str:
    """The current GET query with some parameters replaced or removed (None or ''): '?kind=investment&after=…'."""
    query = context["request"].GET.copy()
    for key, value in changes.items():
        query.pop(key, None)
        if value not in (None, ""):
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def iso_period(event) -> str:
    """A machine-readable date at the event's precision for <time datetime>: '2024-11-13', '2024-06', '2019'."""
    if event.date_precision == "day":
        return event.date.isoformat()
    if event.date_precision in ("year", "quarter"):
        # HTML has no quarter format; the year is true where a month would claim too much.
        return f"{event.date.year:04d}"
    return f"{event.date.year:04d}-{event.date.month:02d}"


@register.simple_tag
def stacked_chart(data, chart_id: str, title: str, width: int = 640, height: int = 260):
    return stacked_bars(data=data, chart_id=chart_id, title=title, width=width, height=height)


@register.filter
def plain_decimal(value) -> str:
    """A rate as stored, without trailing zeros or exponent: 0.00677, 1.0345."""
    if value is None:
        return ""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text
