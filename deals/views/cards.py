"""Each move's card rendered once per version of the data and shared by every list that shows it.

A card (headline, dates, money in words and in dollars, parties, quotes grouped by source) was most of a
list page's cost, the same HTML on the home page, every company page, every search and every filter that
lists the move. Cards are kept per data version (see deals.views.cache), so an edit re-renders them on the
next request; only the moves whose card is not cached yet have their amounts, quotes and parties read from
the database, and are written by deals.views.card_html.
"""

from __future__ import annotations

import hashlib

from django.core.cache import caches
from django.db.models import prefetch_related_objects
from django.utils.safestring import SafeString, mark_safe

from deals.models import Event
from deals.selectors import page_details
from deals.views.card_html import card_html


def _key(version: str, event: Event, heading: int) -> str:
    return "card:" + hashlib.sha256(f"{version}\n{event.pk}\n{heading}".encode()).hexdigest()


def attach_cards(request, events: list[Event], *, heading: int) -> None:
    """Set `event.card`, its rendered list item, on each event (events as event_page(details=False) gives them)."""
    version = getattr(request, "data_version", None)
    keys = {event.pk: _key(version, event, heading) for event in events} if version else {}
    cached = caches["fragments"].get_many(list(keys.values())) if keys else {}
    missing = [event for event in events if keys.get(event.pk) not in cached]
    if missing:
        # The same prefetches as a page with details, for the cards still to render only.
        prefetch_related_objects(missing, *page_details())
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
