"""Whole-table aggregates of the public pages: dollars per year and kind, and the counterparties table.

Both sum the SoftBank side's own money (`value` amounts) once per deal, in one SQL statement each.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from django.db import connection
from django.db.models import QuerySet

from deals.models import Company, DealKind
from deals.scope import scope_sql


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
WITH per_deal AS (
    SELECT e.deal_id, MAX(a.usd_low) AS usd, MIN(e.date) AS first_date
    FROM deals_amount a JOIN deals_event e ON a.event_id = e.id
    WHERE a.role = 'value' AND a.usd_low IS NOT NULL
      AND e.review_state = 'published' AND e.status IN ('announced', 'completed')
      {family} {scope}
    GROUP BY e.deal_id
)
SELECT {year} AS year, d.kind, SUM(p.usd)
FROM per_deal p JOIN deals_deal d ON d.id = p.deal_id
GROUP BY 1, 2
"""


# The tracked companies and their direct units: the side whose own money `value` amounts are.
_TRACKED_SIDE = """
    SELECT c.id FROM deals_company c LEFT JOIN deals_company p ON p.id = c.parent_id
    WHERE c.is_tracked = %s OR p.is_tracked = %s
"""


def usd_by_year_and_kind(
    *, family_ids: list[int] | None = None, tracked_side_only: bool = False, deals: QuerySet | None = None
) -> ChartData:
    """Dollars committed per year, split by kind, summed in the database (one query).

    `tracked_side_only`: only deals where the tracked side (SoftBank) takes part, so a counterparty's page
    charts what that side put in with it and nothing its other deals state. `deals`: the deals the AI switch and
    the sector filter keep (deals.scope.scoped_deals), None for all.

    Two levels of grouping (per deal, then per year and kind) are one CTE here; the ORM cannot sum an
    aggregate, and correlated subqueries per deal cost 0.4 s at 10,000 events where this takes a few ms.
    """
    params: list = []
    family = ""
    if family_ids is not None:
        family = "AND e.deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id IN ({}))".format(
            ", ".join(["%s"] * len(family_ids))
        )
        params.extend(family_ids)
    if tracked_side_only:
        family += f" AND e.deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id IN ({_TRACKED_SIDE}))"
        params.extend([True, True])
    scope, scope_params = scope_sql(deals, "e.deal_id")
    params.extend(scope_params)
    year = (
        "CAST(EXTRACT(YEAR FROM p.first_date) AS integer)"
        if connection.vendor == "postgresql"
        else "CAST(strftime('%%Y', p.first_date) AS integer)"
    )
    with connection.cursor() as cursor:
        cursor.execute(_CHART_SQL.format(family=family, scope=scope, year=year), params)
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
    SELECT DISTINCT deal_id FROM deals_dealparty WHERE company_id IN ({family}) {scope}
),
per_deal AS (
    SELECT e.deal_id, MAX(a.usd_low) AS usd
    FROM deals_amount a JOIN deals_event e ON a.event_id = e.id
    WHERE a.role = 'value' AND a.usd_low IS NOT NULL
      AND e.review_state = 'published' AND e.status IN ('announced', 'completed')
      AND e.deal_id IN (SELECT deal_id FROM family_deals)
    GROUP BY e.deal_id
),
pairs AS (
    SELECT DISTINCT dp.company_id, dp.deal_id
    FROM deals_dealparty dp
    WHERE dp.deal_id IN (SELECT deal_id FROM family_deals)
      AND dp.company_id NOT IN ({family})
      AND EXISTS (SELECT 1 FROM deals_event e WHERE e.deal_id = dp.deal_id AND e.review_state = 'published')
),
per_company AS (
    SELECT pairs.company_id, COUNT(*) AS deals, COALESCE(SUM(per_deal.usd), 0) AS usd
    FROM pairs LEFT JOIN per_deal ON per_deal.deal_id = pairs.deal_id
    GROUP BY pairs.company_id
)
SELECT p.company_id, p.deals, p.usd, COUNT(*) OVER () AS companies
FROM per_company p JOIN deals_company c ON c.id = p.company_id
ORDER BY p.deals DESC, p.usd DESC, c.name, c.id
LIMIT %s
"""


def counterparties(
    *, family_ids: list[int], limit: int = COUNTERPARTY_TABLE_SIZE, deals: QuerySet | None = None
) -> CounterpartyTable:
    """The `limit` companies met most often on the other side of the family's published deals (2 queries).

    Each comes with its deal count and dollars: a deal's dollars are its largest figure stated at
    announcement or completion, counted once however many milestones repeat it; rumours and cancelled
    moves add none. The table stops at `limit` rows and says how many companies it leaves out: listing
    them all gave the tracked group 12,000 rows (2 MB of HTML, 8 s to render) at 100,000 events.
    """
    family = ", ".join(["%s"] * len(family_ids))
    scope, scope_params = scope_sql(deals, "deal_id")
    with connection.cursor() as cursor:
        cursor.execute(
            _COUNTERPARTY_SQL.format(family=family, scope=scope), [*family_ids, *scope_params, *family_ids, limit]
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
