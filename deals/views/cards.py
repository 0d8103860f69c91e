"""Each move's card rendered once per version of the data and shared by every list that shows it.

A card (headline, dates, money in words and in dollars, parties, quotes grouped by source) was most of a
list page's cost, the same HTML on the home page, every company page, every search and every filter that
lists the move. Cards are kept per data version (see deals.views.cache), so an edit re-renders them on the
next request; only the moves whose card is not cached yet have their amounts, quotes and parties read from
the database, and are written by deals.views.card_html.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict

from django.core.cache import caches
from django.db.models import QuerySet
from django.utils.safestring import SafeString, mark_safe

from deals.models import Amount, DealParty, Event, Mention
from deals.views.card_html import card_html
from deals.views.card_rows import amounts_of, mentions_of, parties_of


def _key(version: str, event: Event, heading: int) -> str:
    return "card:" + hashlib.sha256(f"{version}\n{event.pk}\n{heading}".encode()).hexdigest()


def attach_cards(request, events: list[Event], *, heading: int) -> None:
    """Set `event.card`, its rendered list item, on each event (events as event_page(details=False) gives them)."""
    version = getattr(request, "data_version", None)
    keys = {event.pk: _key(version, event, heading) for event in events} if version else {}
    cached = caches["fragments"].get_many(list(keys.values())) if keys else {}
    missing = [event for event in events if keys.get(event.pk) not in cached]
    if missing:
        _prefetch_for_cards(missing)
    fresh: dict[str, SafeString] = {}
    for event in events:
        key = keys.get(event.pk)
        if key in cached:
            event.card = mark_safe(cached[key])  # noqa: S308 - HTML this module rendered from the template
            continue
        event.card = mark_safe(card_html(event, heading=heading))  # noqa: S308 - every value escaped there
        if key:
            fresh[key] = str(event.card)
    if fresh:
        from deals.views.cache import TIMEOUT

        caches["fragments"].set_many(fresh, TIMEOUT)


def _prefetched(model, rows: list) -> QuerySet:
    """A queryset already holding `rows`, as a prefetch leaves it on each instance."""
    queryset = QuerySet(model=model)
    queryset._result_cache = rows
    queryset._prefetch_done = True
    return queryset


def _prefetch_for_cards(events: list[Event]) -> None:
    """The prefetches of deals.selectors.page_details() (amounts, quotes with their articles, the deal's
    parties with their companies), in three queries (deals.views.card_rows) and its order within each event
    and deal.

    Django's prefetch_related_objects() clones and filters a queryset per event and relation to hold the
    rows (150 clones for a page of 50 cards, a quarter of a cold list's Python); the rows are the same.
    """
    amounts, mentions, parties = defaultdict(list), defaultdict(list), defaultdict(list)
    ids = [event.pk for event in events]
    # Grouped here per event or deal: ordering by the foreign key would join its table for its own ordering.
    for amount in amounts_of(ids):
        amounts[amount.event_id].append(amount)
    for mention in mentions_of(ids):
        mentions[mention.event_id].append(mention)
    for party in parties_of(dict.fromkeys(event.deal_id for event in events)):
        parties[party.deal_id].append(party)
    for event in events:
        cache = event.__dict__.setdefault("_prefetched_objects_cache", {})
        cache["amounts"] = _prefetched(Amount, amounts[event.pk])
        cache["mentions"] = _prefetched(Mention, mentions[event.pk])
        deal_cache = event.deal.__dict__.setdefault("_prefetched_objects_cache", {})
        deal_cache["parties"] = _prefetched(DealParty, parties[event.deal_id])
