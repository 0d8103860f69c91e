"""Does a freshly extracted move belong to a deal we already hold, and to one of its milestones?

A deal is one transaction followed over time (talks, agreement, completion), so it is matched loosely on
dates; a milestone (an Event) is matched tightly: same status and the same date at the coarser precision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Exists, OuterRef, Prefetch

from deals.extraction.normalize import normalize_alias
from deals.extraction.objects import names_a_venture
from deals.models import Amount, Company, DateBasis, Deal, DealParty, Event, ObjectType, PartyRole

AMOUNT_TOLERANCE = Decimal("0.15")  # reports round differently: "$1.5bn" vs "1.6 billion dollars"
DEAL_WINDOW_DAYS = 400  # talks, signing and closing of one deal rarely span more than a year
UNDATED_LOOKBACK_DAYS = 45  # an undated report states something that happened on or before publication
_SLACK_DAYS = {"day": 7, "month": 0, "quarter": 0, "year": 0}


@dataclass(frozen=True)
class Candidate:
    """An extracted move with its companies resolved to database ids."""

    kind: str
    status: str
    date: dt.date
    precision: str
    date_stated: bool  # False when the publication date stands in for a missing date
    actor_id: int | None
    counterparty_ids: frozenset[int]
    values: tuple[tuple[Decimal, Decimal, str, Decimal | None, Decimal | None], ...] = ()  # low, high, cur, usd
    object_type: str = ObjectType.OTHER  # what changes hands: buying Nvidia GPUs is not acquiring Nvidia
    object_label: str = ""  # a venture's name tells SB OpenAI Japan from Stargate
    company_roots: dict[int, int] = field(default_factory=dict, compare=False)  # company id -> group id


def period(*, date: dt.date, precision: str, stated: bool = True) -> tuple[dt.date, dt.date]:
    """The closed interval a date at its precision stands for (slack included)."""
    if not stated:
        return date - dt.timedelta(days=UNDATED_LOOKBACK_DAYS), date
    if precision == "year":
        end = dt.date(date.year, 12, 31)
    elif precision == "quarter":
        month = date.month + 3
        end = (dt.date(date.year + (month > 12), (month - 1) % 12 + 1, 1)) - dt.timedelta(days=1)
    elif precision == "month":
        end = (dt.date(date.year + (date.month == 12), date.month % 12 + 1, 1)) - dt.timedelta(days=1)
    else:
        end = date
    slack = dt.timedelta(days=_SLACK_DAYS.get(precision, 0))
    return date - slack, end + slack


def gap_days(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two intervals; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def event_period(event: Event) -> tuple[dt.date, dt.date]:
    return period(date=event.date, precision=event.date_precision, stated=event.date_basis == DateBasis.STATED)


def candidate_period(candidate: Candidate) -> tuple[dt.date, dt.date]:
    return period(date=candidate.date, precision=candidate.precision, stated=candidate.date_stated)


def _close(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    """Two value ranges within the tolerance of each other (ranges that overlap are always close)."""
    if a[1] < b[0]:
        low, high = a[1], b[0]
    elif b[1] < a[0]:
        low, high = b[1], a[0]
    else:
        return True
    return high > 0 and (high - low) / high <= AMOUNT_TOLERANCE


def amounts_compatible(a, b) -> bool:
    """Value amounts agree within 15 % in USD (same-currency figures when a rate is missing), or one side has none."""
    if not a or not b:
        return True
    for low1, high1, cur1, usd_low1, usd_high1 in a:
        for low2, high2, cur2, usd_low2, usd_high2 in b:
            if cur1 == cur2 and _close((low1, high1), (low2, high2)):
                return True
            if None not in (usd_low1, usd_high1, usd_low2, usd_high2) and _close(
                (usd_low1, usd_high1), (usd_low2, usd_high2)
            ):
                return True
    return False


def _value_tuple(amount: Amount):
    return (amount.low, amount.high, amount.currency, amount.usd_low, amount.usd_high)


def root_of(company_id: int, parents: dict[int, int | None]) -> int:
    seen = set()
    while parents.get(company_id) and company_id not in seen:
        seen.add(company_id)
        company_id = parents[company_id]
    return company_id


def company_parents() -> dict[int, int | None]:
    """Every company's parent: one query, read once per article and shared by all its candidates."""
    return dict(Company.objects.values_list("pk", "parent_id"))


def company_roots(ids, *, parents: dict[int, int | None] | None = None) -> dict[int, int]:
    """Each company's top group, so "SoftBank Vision Fund 2" and "SoftBank Group" act as one actor."""
    parents = company_parents() if parents is None else parents
    return {pk: root_of(pk, parents) for pk in ids}


def parties_agree(*, deal: Deal, candidate: Candidate, roots: dict[int, int]) -> bool:
    parties = list(deal.parties.all())
    actors = {roots.get(p.company_id, p.company_id) for p in parties if p.role == PartyRole.ACTOR}
    others = {p.company_id for p in parties if p.role != PartyRole.ACTOR}
    actor = roots.get(candidate.actor_id, candidate.actor_id) if candidate.actor_id is not None else None
    if actor is not None and actors and actor not in actors:
        return False
    if not candidate.counterparty_ids and not others:
        return actor is not None and bool(actors)  # a move without counterparties: the actors must tie it
    # Otherwise a shared counterparty must (when one side names no actor, it is the only tie).
    return bool(candidate.counterparty_ids & others)


def objects_agree(a: str, b: str, label_a: str = "", label_b: str = "") -> bool:
    """Two moves on the same counterparty are one deal only if they move the same thing; a side that does
    not say what it moves ("other") matches any; two ventures that both have a name must have the same one."""
    if a == b == ObjectType.VENTURE and names_a_venture(label_a) and names_a_venture(label_b):
        return normalize_alias(label_a) == normalize_alias(label_b)
    return a == b or ObjectType.OTHER in (a, b)


def deal_agrees(*, deal: Deal, candidate: Candidate, roots: dict[int, int]) -> bool:
    """Parties, kind and object agree, value amounts are compatible, and the move falls within the deal's
    time span."""
    if deal.kind != candidate.kind or not objects_agree(
        deal.object_type, candidate.object_type, deal.object_label, candidate.object_label
    ):
        return False
    if not parties_agree(deal=deal, candidate=candidate, roots=roots):
        return False
    events = list(deal.events.all())
    deal_values = [_value_tuple(a) for e in events for a in e.amounts.all() if a.role == "value"]
    if not amounts_compatible(candidate.values, deal_values):
        return False
    if not events:
        return True
    here = candidate_period(candidate)
    return min(gap_days(here, event_period(e)) for e in events) <= DEAL_WINDOW_DAYS


def _deals_with_details(queryset):
    return queryset.prefetch_related(
        Prefetch("parties", queryset=DealParty.objects.all()),
        Prefetch("events", queryset=Event.objects.prefetch_related("amounts")),
    )


def _date_window(here: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """Event dates that can lie within DEAL_WINDOW_DAYS of `here`, whatever the event's precision.

    An event's period starts at most UNDATED_LOOKBACK_DAYS before its stored date and ends at most a year
    and a week after it; the exact gap is checked in Python on the deals this lets through.
    """
    reach = dt.timedelta(days=DEAL_WINDOW_DAYS)
    longest = dt.timedelta(days=366 + max(_SLACK_DAYS.values()))
    lookback = dt.timedelta(days=UNDATED_LOOKBACK_DAYS + max(_SLACK_DAYS.values()))
    return here[0] - reach - longest, here[1] + reach + lookback


def candidate_deals(*, candidate: Candidate, parents: dict[int, int | None], exclude_ids=()):
    """The deals that could match, narrowed in SQL so the cost follows the few deals sharing a party and
    a time span with the move, not the size of the database: same kind; a shared counterparty (or, for
    a move naming none, the actor's group and no counterparty); an event within the deal window (or no
    event at all)."""
    parties = DealParty.objects.filter(deal=OuterRef("pk"))
    if candidate.counterparty_ids:
        ties = Exists(parties.filter(company_id__in=candidate.counterparty_ids).exclude(role=PartyRole.ACTOR))
    else:
        root = root_of(candidate.actor_id, parents)
        family = [pk for pk in parents if root_of(pk, parents) == root] or [candidate.actor_id]
        ties = Exists(parties.filter(company_id__in=family, role=PartyRole.ACTOR)) & ~Exists(
            parties.exclude(role=PartyRole.ACTOR)
        )
    events = Event.objects.filter(deal=OuterRef("pk"))
    window = _date_window(candidate_period(candidate))
    timely = Exists(events.filter(date__range=window)) | ~Exists(events)
    deals = Deal.objects.filter(ties, timely, kind=candidate.kind)
    if candidate.object_type != ObjectType.OTHER:
        deals = deals.filter(object_type__in=[candidate.object_type, ObjectType.OTHER])
    return _deals_with_details(deals.exclude(pk__in=exclude_ids).order_by("pk"))


def find_matching_deal(
    *, candidate: Candidate, exclude_ids=(), parents: dict[int, int | None] | None = None
) -> Deal | None:
    """The existing deal this move belongs to, closest in time first; None when it is a new deal."""
    if not candidate.counterparty_ids and candidate.actor_id is None:
        return None  # nothing names the deal: never guess from kind and date alone
    parents = company_parents() if parents is None else parents
    deals = list(candidate_deals(candidate=candidate, parents=parents, exclude_ids=exclude_ids))
    ids = {p.company_id for deal in deals for p in deal.parties.all()}
    roots = company_roots(ids | {candidate.actor_id} - {None}, parents=parents)
    here = candidate_period(candidate)
    matches = []
    for deal in deals:
        if deal_agrees(deal=deal, candidate=candidate, roots=roots):
            events = list(deal.events.all())
            distance = min((gap_days(here, event_period(e)) for e in events), default=DEAL_WINDOW_DAYS)
            matches.append((distance, deal.pk, deal))
    return min(matches)[2] if matches else None


def _same_step(candidate: Candidate, event: Event, here: tuple[dt.date, dt.date]) -> bool:
    if event.status != candidate.status:
        return False
    if not amounts_compatible(candidate.values, [_value_tuple(a) for a in event.amounts.all() if a.role == "value"]):
        return False
    if gap_days(here, event_period(event)) == 0:
        return True
    # A report that does not date the move ("recently", "in the past") restates a step the deal already holds
    # when that step lies before the report: one investment, not a second one on the report's day.
    return not candidate.date_stated and event_period(event)[1] <= candidate.date


def find_same_milestone(*, deal: Deal, candidate: Candidate) -> Event | None:
    """The deal's event stating the same step (status) at a compatible date, or None."""
    here = candidate_period(candidate)
    same = [(gap_days(here, event_period(e)), e.pk, e) for e in deal.events.all() if _same_step(candidate, e, here)]
    return min(same)[2] if same else None
