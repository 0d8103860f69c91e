"""Read-side queries for the public pages: every function returns querysets or plain data, never HTML.

Each page's query count is fixed: events come with with_page_details() (EventQuerySet.with_details() without article texts), totals are
aggregated in the database, and lists are cut by keyset (seek) pagination, which costs the same on
page 1 and page 200.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import connection
from django.db.models import (
    Exists,
    F,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)
from django.db.models.expressions import RawSQL

from deals.models import Amount, Company, CompanyAlias, Deal, DealParty, Event, Mention
from deals.scope import scoped_deals

PAGE_SIZE = 50

# --- text search -----------------------------------------------------------------------------------

# 'simple' rather than 'english': quotes come in many languages, and English stemming inside Arabic or
# Japanese text would do more harm than good. Prefix matching (invest:*) stands in for stems.
SEARCH_CONFIG = "simple"
MAX_SEARCH_TERMS = 8


def search_terms(text: str) -> list[str]:
    """The words of a query, letters and digits only: no tsquery syntax ever comes from a reader."""
    return re.findall(r"\w+", text.lower())[:MAX_SEARCH_TERMS]


def _term_matches(term: str) -> RawSQL:
    """Ids of events where one word appears in the summary, a quote, the deal headline or a party's names.

    The SQLite fallback: one UNION of small id sets, each a substring match (`icontains`, LIKE with the
    word's wildcards escaped). Written as SQL because the ORM form (four querysets and two subqueries per
    word, compiled for the page and again for its count) cost more Python than the rest of a search page.
    """
    tables = {
        "event": Event._meta.db_table,
        "mention": Mention._meta.db_table,
        "deal": Deal._meta.db_table,
        "party": DealParty._meta.db_table,
        "company": Company._meta.db_table,
        "alias": CompanyAlias._meta.db_table,
    }
    like = "LIKE %s ESCAPE '\\'"
    sql = (
        "SELECT id FROM {event} WHERE summary {like}"
        " UNION SELECT event_id FROM {mention} WHERE quote {like}"
        " UNION SELECT e.id FROM {event} e JOIN {deal} d ON d.id = e.deal_id WHERE d.headline {like}"
        " UNION SELECT id FROM {event} WHERE deal_id IN (SELECT deal_id FROM {party} WHERE company_id IN"
        " (SELECT id FROM {company} WHERE name {like} UNION SELECT company_id FROM {alias} WHERE alias {like}))"
    ).format(like=like, **tables)
    pattern = f"%{connection.ops.prep_for_like_query(term)}%"
    return RawSQL(sql, [pattern] * 5)  # noqa: S611 - table names from the models, the word a parameter


def search_events(*, queryset: QuerySet[Event], text: str) -> QuerySet[Event]:
    """Keep the events matching every word of text as a prefix (PostgreSQL), or a substring (SQLite).

    On PostgreSQL one lookup per event in its search document (migration 0007): with a common word the
    planner walks the chronology index, probing each event's document, and stops at the page; with a rare
    one it reads the few matches from the GIN index. Either way no match set is built in full.
    """
    terms = search_terms(text)
    if not terms:
        return queryset
    if connection.vendor == "postgresql":
        # \w-only terms make the raw form safe; ':*' matches the word as a prefix.
        matches = RawSQL(
            "SELECT event_id FROM deals_event_search WHERE document @@ to_tsquery(%s::regconfig, %s)",
            [SEARCH_CONFIG, " & ".join(f"{term}:*" for term in terms)],
        )
        return queryset.filter(pk__in=matches)
    for term in terms:
        queryset = queryset.filter(pk__in=_term_matches(term))
    return queryset


MATCH_COUNT_CAP = 1000


@dataclass(frozen=True)
class MatchCount:
    """How many events a list holds, counted up to a cap: "1,000+" rather than reading every match."""

    n: int
    capped: bool

    def __str__(self) -> str:
        return f"{self.n:,}+" if self.capped else f"{self.n:,}"


def count_matches(queryset: QuerySet, *, cap: int = MATCH_COUNT_CAP) -> MatchCount:
    """COUNT over at most cap + 1 rows (one query): a search's count stops early like its page does."""
    n = queryset.order_by()[: cap + 1].count()
    return MatchCount(n=min(n, cap), capped=n > cap)


# --- filters -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventFilters:
    kind: str = ""
    status: str = ""
    year_from: int | None = None
    year_to: int | None = None
    counterparty: str = ""  # a company slug
    min_usd: Decimal | None = None
    q: str = ""
    sector: str = ""  # a sector slug: moves with a party filed under it
    ai_only: bool = False  # the AI moves, the pages' default view rather than a filter a reader set

    @property
    def active(self) -> bool:
        return any(
            (self.kind, self.status, self.year_from, self.year_to, self.counterparty, self.min_usd, self.q, self.sector)
        )

    @property
    def scope_key(self) -> str:
        """What cached whole-list parts (chart, totals) depend on besides the company."""
        return f"ai={self.ai_only} sector={self.sector}"


def tracked_company() -> Company | None:
    """The company whose moves make the home page: the tracked company at the top of its group."""
    return Company.objects.filter(is_tracked=True).order_by(F("parent_id").asc(nulls_first=True), "pk").first()


def published_events(*, company: Company | None = None, family_ids: list[int] | None = None) -> QuerySet[Event]:
    """Published events, of one company and its units when given."""
    events = Event.objects.published()
    if family_ids is None and company is not None:
        family_ids = company.family_ids()
    if family_ids is not None:
        events = events.filter(deal_id__in=DealParty.objects.filter(company_id__in=family_ids).values("deal_id"))
    return events


def filter_events(*, queryset: QuerySet[Event], filters: EventFilters) -> QuerySet[Event]:
    if (deals := scoped_deals(filters)) is not None:
        queryset = queryset.filter(deal_id__in=deals)
    if filters.kind:
        queryset = queryset.filter(deal__kind=filters.kind)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    # Ranges on the date itself, not date__year, so the chronology index still serves the filter.
    if filters.year_from:
        queryset = queryset.filter(date__gte=dt.date(filters.year_from, 1, 1))
    if filters.year_to:
        queryset = queryset.filter(date__lt=dt.date(filters.year_to + 1, 1, 1))
    if filters.counterparty:
        queryset = queryset.filter(
            deal_id__in=DealParty.objects.filter(company__slug=filters.counterparty).values("deal_id")
        )
    if filters.min_usd is not None:
        queryset = queryset.filter(
            Exists(Amount.objects.filter(event=OuterRef("pk"), role="value", usd_high__gte=filters.min_usd))
        )
    if filters.q:
        queryset = search_events(queryset=queryset, text=filters.q)
    return queryset


# --- details for display ---------------------------------------------------------------------------


def page_mentions() -> QuerySet[Mention]:
    """A quote with the five fields of its article a page prints: not the text or stored sentences (as long
    as the article), nor the import's bookkeeping, whose times alone cost more to read than the quote."""
    return (
        Mention.objects.select_related("article")
        .only(
            "event",
            "article",
            "quote",
            "article__url",
            "article__outlet",
            "article__title",
            "article__language",
            "article__published_on",
        )
        .order_by("article__published_on", "pk")
    )


def page_details() -> tuple:
    """The prefetches of with_page_details(), also for prefetch_related_objects() on events already read."""
    return (
        "amounts",
        Prefetch("mentions", queryset=page_mentions()),
        Prefetch("deal__parties", queryset=DealParty.objects.select_related("company")),
    )


def with_page_details(queryset: QuerySet[Event]) -> QuerySet[Event]:
    """EventQuerySet.with_details() minus the articles' full texts, which pages never print.

    A mention brings its article along; without the defer every listed quote would also load the whole
    article it came from.
    """
    return queryset.select_related("deal").prefetch_related(*page_details())


def _with_deal(queryset: QuerySet[Event]) -> QuerySet[Event]:
    return queryset.select_related("deal")


# --- keyset pagination -------------------------------------------------------------------------------

_PRECISIONS = ("day", "month", "quarter", "year")
_CURSOR = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(day|month|quarter|year)\.(\d{1,18})$")


def event_cursor(event: Event) -> str:
    """Where a page ends: '2024-11-13.day.42' (date, precision, id), the sort key of the chronology."""
    return f"{event.date.isoformat()}.{event.date_precision}.{event.pk}"


def parse_cursor(text: str) -> tuple[dt.date, str, int] | None:
    match = _CURSOR.match(text or "")
    if not match:
        return None
    try:
        return dt.date.fromisoformat(match[1]), match[2], int(match[3])
    except ValueError:
        return None


def _beyond(cursor: tuple[dt.date, str, int], *, newest_first: bool) -> Q:
    """Rows after the cursor in the order chronological(newest_first=...) gives."""
    date, precision, pk = cursor
    # The leading bound on the date alone repeats what the OR says, but only it lets the database start
    # the index scan at the cursor: without it a deep page read every row before it (230 ms at page
    # 2,000 of 100,000 events, against 4 ms for page 1).
    if newest_first:  # order: -date, date_precision, -pk
        return Q(date__lte=date) & (
            Q(date__lt=date)
            | Q(date=date, date_precision__gt=precision)
            | Q(date=date, date_precision=precision, pk__lt=pk)
        )
    # order: date, -date_precision, pk
    return Q(date__gte=date) & (
        Q(date__gt=date)
        | Q(date=date, date_precision__lt=precision)
        | Q(date=date, date_precision=precision, pk__gt=pk)
    )


@dataclass
class EventPage:
    events: list[Event]
    next_cursor: str | None
    previous_cursor: str | None
    newest_first: bool
    is_first: bool = field(default=True)


def event_page(
    *,
    queryset: QuerySet[Event],
    newest_first: bool = True,
    after: str = "",
    before: str = "",
    size: int = PAGE_SIZE,
    details: bool = True,
) -> EventPage:
    """One page of events, and the cursors of its neighbours: one query, plus the prefetches of its details
    unless `details` is False (the caller then prefetches what it needs, see deals.views.cards)."""
    after_key, before_key = parse_cursor(after), parse_cursor(before)
    detailed = with_page_details if details else _with_deal
    if before_key and not after_key:
        # Walk backwards: the reverse order from the cursor, then flip the rows back.
        rows = list(
            detailed(queryset)
            .filter(_beyond(before_key, newest_first=not newest_first))
            .chronological(newest_first=not newest_first)[: size + 1]
        )
        has_more = len(rows) > size
        rows = rows[:size][::-1]
        return EventPage(
            events=rows,
            next_cursor=event_cursor(rows[-1]) if rows else None,
            previous_cursor=event_cursor(rows[0]) if rows and has_more else None,
            newest_first=newest_first,
            is_first=not has_more,
        )
    if after_key:
        queryset = queryset.filter(_beyond(after_key, newest_first=newest_first))
    rows = list(detailed(queryset.chronological(newest_first=newest_first))[: size + 1])
    has_more = len(rows) > size
    rows = rows[:size]
    return EventPage(
        events=rows,
        next_cursor=event_cursor(rows[-1]) if rows and has_more else None,
        previous_cursor=event_cursor(rows[0]) if rows and after_key else None,
        newest_first=newest_first,
        is_first=not after_key,
    )


# --- grouping for display ----------------------------------------------------------------------------

_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass
class PeriodGroup:
    label: str  # "November 2024", "Q3 2024", "2019, month not reported"
    events: list[Event]


@dataclass
class YearGroup:
    year: int
    periods: list[PeriodGroup]


def group_by_year_and_month(events: list[Event]) -> list[YearGroup]:
    """Year and month headings over one page of events, keeping their order (no query)."""
    years: list[YearGroup] = []
    for event in events:
        if event.date_precision == "year":
            label = f"{event.date.year}, month not reported"
        elif event.date_precision == "quarter":
            label = f"Q{(event.date.month - 1) // 3 + 1} {event.date.year}"
        else:
            label = f"{_MONTHS[event.date.month - 1]} {event.date.year}"
        if not years or years[-1].year != event.date.year:
            years.append(YearGroup(year=event.date.year, periods=[]))
        periods = years[-1].periods
        if not periods or periods[-1].label != label:
            periods.append(PeriodGroup(label=label, events=[]))
        periods[-1].events.append(event)
    return years


def deal_with_events(*, pk: int) -> Deal | None:
    """A deal with its parties and its published events, oldest first, with their details (5 queries).

    The events' deal is this deal (the prefetch sets it), whose parties are read once: not again per event.
    """
    events = (
        Event.objects.published()
        .chronological(newest_first=False)
        .prefetch_related("amounts", Prefetch("mentions", queryset=page_mentions()))
    )
    return (
        Deal.objects.filter(pk=pk)
        .filter(Exists(Event.objects.published().filter(deal=OuterRef("pk"))))
        .prefetch_related(
            Prefetch("parties", queryset=DealParty.objects.select_related("company")),
            Prefetch("events", queryset=events, to_attr="published_events"),
        )
        .first()
    )


def company_with_family(*, slug: str) -> Company | None:
    """A company with its parent, units, aliases and sectors (4 queries)."""
    return (
        Company.objects.filter(slug=slug)
        .select_related("parent")
        .prefetch_related(Prefetch("units", queryset=Company.objects.order_by("name")), "aliases", "sectors")
        .first()
    )
