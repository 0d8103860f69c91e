"""How an event's date reads: at its precision, as the report's day when the text gave none ("reported 14 Nov
2024"), or as a plan when it lies after every article that states it ("planned for 2026").

Reads only the event's own fields and its prefetched mentions with their articles, so a page of events costs no
extra query.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deals.models import Event


def last_reported(event: Event) -> dt.date | None:
    """The publication day of the latest article stating the event (from the prefetched mentions)."""
    days = [mention.article.published_on for mention in event.mentions.all()]
    return max(days) if days else None


def is_planned(*, date: dt.date, reported: dt.date | None) -> bool:
    """A move whose whole period starts after even the latest report stating it has not happened yet: a plan.
    (An earlier report of talks does not make a later, dated step a plan.)"""
    return reported is not None and date > reported


def event_is_planned(event: Event) -> bool:
    return is_planned(date=event.date, reported=last_reported(event))


def date_label(*, display: str, basis: str, planned: bool, approximate: bool = False) -> str:
    """'planned for 2026', 'reported 14 Nov 2024', or the date as stated ('Jun 2024', 'about May 2024')."""
    if approximate and basis != "publication":
        display = f"about {display}"
    if planned:
        return f"planned for {display}"
    if basis == "publication":
        return f"reported {display}"
    return display


def event_date_label(event: Event) -> str:
    return date_label(
        display=event.date_display,
        basis=event.date_basis,
        planned=event_is_planned(event),
        approximate=event.date_approximate,
    )
