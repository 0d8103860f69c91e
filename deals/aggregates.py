"""Whole-table aggregates of the public pages: dollars per year and kind, the counterparties table, totals.

Each sums the SoftBank side's own money (`value` amounts) once per deal, in one SQL statement, over the
per-deal figures the triggers of deals.deal_summary keep (never over every event and amount again).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection

from deals.models import Company, DealKind
from deals.scope import summary_scope_sql


@dataclass
class ChartData:
    years: list[int]
    kinds: list[str]
    # totals[year][kind] in US dollars
    totals: dict[int, dict[str, Decimal]]

    def year_total(self, year: int) -> Decimal:
        return sum(self.totals.get(year, {}).values(), Decimal(0))

    @property
    def rows(self) -> list[tuple[int, list[Decimal | None], Decimal]]:
        """(year, one figure per kind in self.kinds, total): the data table beside the chart."""
        return [
            (year, [self.totals.get(year, {}).get(kind) for kind in self.kinds], self.year_total(year))
            for year in self.years
            if year in self.totals
        ]

    @property
    def kind_labels(self) -> list[tuple[str, str]]:
        labels = dict(DealKind.choices)
        return [(kind, labels.get(kind, kind)) for kind in self.kinds]


_CHART_SQL = """
SELECT {year} AS year, s.kind, SUM(s.value_usd)
FROM deals_deal_summary s
WHERE s.value_usd IS NOT NULL {family} {scope}
GROUP BY 1, 2
"""


# The tracked companies and their direct units: the side whose own money `value` amounts are.
_TRACKED_SIDE = """
    SELECT c.id FROM deals_company c LEFT JOIN deals_company p ON p.id = c.parent_id
    WHERE c.is_tracked = %s OR p.is_tracked = %s
"""


def usd_by_year_and_kind(
    *, family_ids: list[int] | None = None, tracked_side_only: bool = False, scope=None
) -> ChartData:
    """Dollars committed per year, split by kind, summed in the database (one query).

    `tracked_side_only`: only deals where the tracked side (SoftBank) takes part, so a counterparty's page
    charts what that side put in with it and nothing its other deals state. `scope`: the page's filters, of
    which the AI switch and the sector apply (deals.scope.summary_scope_sql), None for every deal.

    A deal's dollars and year are its row of deals_deal_summary (its largest `value` figure stated at
    announcement or completion, and the earliest such event's date): grouping every amount and event per
    deal on each request cost 10-40 ms at 10,000 events.
    """
    family, params = _family_sql(family_ids)
    if tracked_side_only:
        family += f" AND s.deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id IN ({_TRACKED_SIDE}))"
        params.extend([True, True])
    scope_condition, scope_params = summary_scope_sql(scope)
    params.extend(scope_params)
    year = (
        "CAST(EXTRACT(YEAR FROM s.first_value_date) AS integer)"
        if connection.vendor == "postgresql"
        else "CAST(strftime('%%Y', s.first_value_date) AS integer)"
    )
    with connection.cursor() as cursor:
        cursor.execute(_CHART_SQL.format(family=family, scope=scope_condition, year=year), params)
        rows = cursor.fetchall()
    totals: dict[int, dict[str, Decimal]] = defaultdict(dict)
    kinds: set[str] = set()
    for year_value, kind, total in rows:
        totals[int(year_value)][kind] = Decimal(total).quantize(Decimal("0.01"))
        kinds.add(kind)
    years = list(range(min(totals), max(totals) + 1)) if totals else []
    return ChartData(years=years, kinds=sorted(kinds), totals=dict(totals))


@dataclass
class Counterparty:
    company: Company
    deal_count: int
    usd_total: Decimal


@dataclass
class CounterpartyTable:
    """The most frequent counterparties, and how many others the table leaves out."""

    rows: list[Counterparty]
    others: int

    def __bool__(self) -> bool:
        return bool(self.rows)

    def __iter__(self):
        return iter(self.rows)


COUNTERPARTY_TABLE_SIZE = 50

_COUNTERPARTY_SQL = """
WITH family_deals AS (
    SELECT DISTINCT dp.deal_id FROM deals_dealparty dp JOIN deals_deal_summary s ON s.deal_id = dp.deal_id
    WHERE dp.company_id IN ({family}) {scope}
),
pairs AS (
    SELECT DISTINCT dp.company_id, dp.deal_id, s.value_usd
    FROM deals_dealparty dp JOIN deals_deal_summary s ON s.deal_id = dp.deal_id
    WHERE dp.deal_id IN (SELECT deal_id FROM family_deals)
      AND dp.company_id NOT IN ({family})
      AND s.published_events > 0
),
per_company AS (
    SELECT company_id, COUNT(*) AS deals, COALESCE(SUM(value_usd), 0) AS usd
    FROM pairs
    GROUP BY company_id
)
SELECT p.company_id, p.deals, p.usd, COUNT(*) OVER () AS companies
FROM per_company p JOIN deals_company c ON c.id = p.company_id
ORDER BY p.deals DESC, p.usd DESC, c.name, c.id
LIMIT %s
"""


def counterparties(*, family_ids: list[int], limit: int = COUNTERPARTY_TABLE_SIZE, scope=None) -> CounterpartyTable:
    """The `limit` companies met most often on the other side of the family's published deals (2 queries).

    Each comes with its deal count and dollars: a deal's dollars are its largest figure stated at
    announcement or completion, counted once however many milestones repeat it; rumours and cancelled
    moves add none. The table stops at `limit` rows and says how many companies it leaves out: listing
    them all gave the tracked group 12,000 rows (2 MB of HTML, 8 s to render) at 100,000 events.
    """
    family = ", ".join(["%s"] * len(family_ids))
    scope_condition, scope_params = summary_scope_sql(scope)
    with connection.cursor() as cursor:
        cursor.execute(
            _COUNTERPARTY_SQL.format(family=family, scope=scope_condition),
            [*family_ids, *scope_params, *family_ids, limit],
        )
        rows = cursor.fetchall()
    companies = Company.objects.in_bulk([company_id for company_id, _, _, _ in rows])
    result = [
        Counterparty(
            company=companies[company_id],
            deal_count=int(count),
            usd_total=Decimal(total).quantize(Decimal("0.01")),
        )
        for company_id, count, total, _ in rows
        if company_id in companies
    ]
    result.sort(key=lambda c: (-c.deal_count, -c.usd_total, c.company.name))
    listed = int(rows[0][3]) if rows else 0
    return CounterpartyTable(rows=result, others=max(listed - len(result), 0))


def _family_sql(family_ids: list[int] | None) -> tuple[str, list]:
    """`AND s.deal_id IN (the family's deals)` over deals_deal_summary s, or nothing for every deal."""
    if family_ids is None:
        return "", []
    marks = ", ".join(["%s"] * len(family_ids))
    return f"AND s.deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id IN ({marks}))", list(family_ids)


def published_event_count(*, family_ids: list[int] | None, scope=None) -> int:
    """How many published events the family's deals (all deals for None) in scope hold (one query).

    The same number as counting the published events of those deals, read from their per-deal counts.
    """
    family, params = _family_sql(family_ids)
    scope_condition, scope_params = summary_scope_sql(scope)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT COALESCE(SUM(s.published_events), 0) FROM deals_deal_summary s"
            f" WHERE 1 = 1 {family} {scope_condition}",
            [*params, *scope_params],
        )
        return int(cursor.fetchone()[0])


COUNTERPARTY_MENU_SIZE = 100

_MENU_PARTIES = """
    SELECT dp.company_id FROM deals_dealparty dp JOIN deals_deal_summary s ON s.deal_id = dp.deal_id
    WHERE s.published_events > 0 {family}
"""


def counterparty_choices(
    *, family_ids: list[int] | None, keep: str = "", limit: int = COUNTERPARTY_MENU_SIZE
) -> list[tuple[str, str]]:
    """(slug, name) of the companies met most often in the family's published deals, for the filter menu.

    The menu holds the `limit` most frequent counterparties (by name) plus `keep`, the one already chosen:
    with every counterparty listed, the menu grew with the data (1,200 options and 130 ms of rendering at
    10,000 events, ten times that at 100,000). A rarer company stays reachable from its own page. One query;
    a deal counts when its row in deals_deal_summary has published events (joining every published event
    to every party cost 15 ms at 10,000 events on PostgreSQL, 100 ms on SQLite).
    """
    family, params = "", []
    if family_ids is not None:
        marks = ", ".join(["%s"] * len(family_ids))
        family = (
            f"AND dp.deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id IN ({marks}))"
            f" AND dp.company_id NOT IN ({marks})"
        )
        params = [*family_ids, *family_ids]
    parties = _MENU_PARTIES.format(family=family)
    # Distinct (company, deal) pairs first, then a plain count: COUNT(DISTINCT) sorted every pair (on disk at
    # 100,000 events), where hashing them is enough.
    pairs = parties.replace("SELECT dp.company_id", "SELECT DISTINCT dp.company_id, dp.deal_id", 1)
    sql = (
        f"SELECT c.slug, c.name FROM deals_company c WHERE c.id IN (SELECT pairs.company_id FROM ({pairs}) pairs"
        " GROUP BY pairs.company_id ORDER BY COUNT(*) DESC, pairs.company_id LIMIT %s)"
    )
    sql_params = [*params, limit]
    if keep:
        sql += f" OR (c.slug = %s AND c.id IN ({parties}))"
        sql_params += [keep, *params]
    with connection.cursor() as cursor:
        cursor.execute(sql + " ORDER BY c.name", sql_params)
        return [(slug, name) for slug, name in cursor.fetchall()]
