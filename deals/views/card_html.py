"""One move's card in a list, written in Python: the one place its markup lives.

The card was a template of some 70 nodes, and on a cold list (the first one after any change, or a search
or filter whose cards are not cached yet) its rendering was most of the page: about 60 variable lookups and
filter calls per card through the template engine, over 1 ms a card, 50 cards a page. The same helpers
write the same text here (the template filters of deals_extras, the headline and money code), and every
value goes through conditional_escape as the template's autoescaping did.

Needs an event as event_page() gives it with the prefetches of deals.selectors.page_details().
"""

from __future__ import annotations

import html
from functools import lru_cache

from django.template.defaultfilters import date as date_filter
from django.urls import get_script_prefix, get_urlconf, reverse

from deals.models import DealKind, EventStatus, PartyRole
from deals.templatetags.deals_extras import (
    amount_words,
    by_article,
    date_label,
    event_headline,
    is_planned,
    iso_period,
    language_direction,
    language_name,
    money,
    sources_summary,
    usd,
)


def _e(value) -> str:
    """conditional_escape without its lazy-string wrapper, a fifth of the card's cost: the same escaping."""
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


@lru_cache(maxsize=16384)
def _url(prefix: str, urlconf, name: str, key: str, value) -> str:
    """reverse() for one address, kept per script prefix and URLconf: the models' get_absolute_url() reverse
    the same few thousand addresses, three a card, at some 40 microseconds each, half a card's time."""
    return reverse(name, urlconf=urlconf, kwargs={key: value})


def _company_url(company) -> str:
    return _url(get_script_prefix(), get_urlconf(), "company-detail", "slug", company.slug)


def _deal_url(deal) -> str:
    return _url(get_script_prefix(), get_urlconf(), "deal-detail", "pk", deal.pk)


# The labels get_FOO_display() looks up, without rebuilding a dict of the field's choices on every call.
_STATUS_LABELS = {value: str(label) for value, label in EventStatus.choices}
_KIND_LABELS = {value: str(label) for value, label in DealKind.choices}
_ROLE_LABELS = {value: str(label) for value, label in PartyRole.choices}


def _label(labels: dict[str, str], value) -> str:
    return labels.get(value, str(value))


@lru_cache(maxsize=4096)
def _published(day) -> tuple[str, str]:
    """An article's date for <time datetime> and for reading ('4 Nov 2024'); articles share their days."""
    return _e(date_filter(day, "Y-m-d")), _e(date_filter(day, "j M Y"))


def _meta(event) -> str:
    deal = event.deal
    if is_planned(event):
        status = '<span class="badge status status-planned">Planned</span>'
    else:
        status = (
            f'<span class="badge status status-{_e(event.status)}">{_e(_label(_STATUS_LABELS, event.status))}</span>'
        )
    return (
        '    <p class="event-meta">\n'
        f'      <time datetime="{_e(iso_period(event))}" class="event-date">{_e(date_label(event))}</time>\n'
        f'      <span class="badge kind kind-{_e(deal.kind)}">{_e(_label(_KIND_LABELS, deal.kind))}</span>\n'
        f"      {status}\n"
        "    </p>\n"
    )


def _amount(amount, object_type: str) -> str:
    if amount.role == "value":
        in_usd = usd(amount)
        text = f'<strong class="amount-original">{_e(money(amount))}</strong>'
        if in_usd:
            text += f' <span class="amount-usd">{_e(in_usd)}</span>'
    else:
        text = f'<span class="amount-words amount-{_e(amount.role)}">{_e(amount_words(amount, object_type))}</span>'
    if amount.text:
        text += f' <span class="amount-text">as written: “<bdi>{_e(amount.text)}</bdi>”</span>'
    return f'      <li class="amount">\n        {text}\n      </li>\n'


def _amounts(event) -> str:
    amounts = event.amounts.all()
    if not amounts:
        return ""
    object_type = event.deal.object_type
    items = "".join(_amount(amount, object_type) for amount in amounts)
    return f'    <ul class="amounts">\n{items}    </ul>\n'


def _parties(event) -> str:
    parties = ", ".join(
        f'<a href="{_e(_company_url(party.company))}"><bdi>{_e(party.company.name)}</bdi></a>'
        f' <span class="role">({_e(_label(_ROLE_LABELS, party.role).lower())})</span>'
        for party in event.deal.parties.all()
    )
    return f'    <p class="parties">\n      {parties}\n    </p>\n'


def _source(article, quotes) -> str:
    language = article.language
    blocks = "".join(
        f'          <blockquote lang="{_e(language)}" dir="{_e(language_direction(language))}" cite="{_e(article.url)}">\n'
        f"            <p>{_e(mention.quote)}</p>\n"
        "          </blockquote>\n"
        for mention in quotes
    )
    name = f"<bdi>{_e(article.outlet or article.title or 'Untitled article')}</bdi>"
    if article.url:
        name = f'<a href="{_e(article.url)}" rel="noopener nofollow">{name}</a>'
    iso, label = _published(article.published_on)
    return (
        '        <li class="source">\n'
        f"{blocks}"
        '          <p class="source-meta">\n'
        f"            {name},\n"
        f"            {_e(language_name(language))},\n"
        f'            <time datetime="{iso}">{label}</time>\n'
        "          </p>\n"
        "        </li>\n"
    )


def _sources(event) -> str:
    mentions = event.mentions.all()
    items = "".join(_source(article, quotes) for article, quotes in by_article(mentions))
    return (
        '    <details class="sources">\n'
        f"      <summary>{_e(sources_summary(mentions))}</summary>\n"
        f"      <ul>\n{items}      </ul>\n"
        "    </details>\n"
    )


def card_html(event, *, heading: int) -> str:
    """The move's list item: date, kind and status, headline linked to its deal, amounts, parties, quotes."""
    pk = event.pk
    level = heading or 4
    return (
        f'<li class="event status-{_e(event.status)}" id="event-{pk}">\n'
        f'  <article aria-labelledby="event-{pk}-headline">\n'
        f"{_meta(event)}"
        f'    <h{level} class="event-headline" id="event-{pk}-headline">'
        f'<a href="{_e(_deal_url(event.deal))}#event-{pk}">{_e(event_headline(event))}</a></h{level}>\n'
        f"{_amounts(event)}"
        f"{_parties(event)}"
        f"{_sources(event)}"
        "  </article>\n"
        "</li>\n"
    )
