"""The AI switch and the sectors on the read side: which deals a page, the feed or the API keeps, and a deal's
sectors (those of its parties' companies)."""

from __future__ import annotations

from django.db.models import OuterRef, QuerySet, StringAgg, Subquery, Value

from deals.models import CompanySector, Deal, DealParty, Sector


def deals_in_sectors(slugs: list[str]) -> QuerySet:
    """Ids of the deals with a party filed under one of the sectors."""
    return DealParty.objects.filter(company__company_sectors__sector__slug__in=slugs).values("deal_id")


def parties_with_sectors() -> QuerySet[DealParty]:
    """Parties with their company and its sector slugs ('ai-models,internet') in the same query: a prefetch of
    the sectors would cost every list and every exported chunk one more query."""
    slugs = (
        CompanySector.objects.filter(company_id=OuterRef("company_id"))
        .order_by()
        .values("company_id")
        .annotate(slugs=StringAgg("sector__slug", delimiter=Value(",")))
        .values("slugs")
    )
    return DealParty.objects.select_related("company").annotate(sector_slugs=Subquery(slugs))


def deal_sector_slugs(deal: Deal) -> list[str]:
    """The slugs of the sectors of a deal's parties, sorted; its parties prefetched from parties_with_sectors()."""
    return sorted({slug for party in deal.parties.all() for slug in (party.sector_slugs or "").split(",") if slug})


def scoped_deals(filters) -> QuerySet | None:
    """The deals the AI switch and the sector filter keep (`filters.ai_only`, `filters.sector`, as in
    selectors.EventFilters), or None when they keep every deal."""
    if not (filters.ai_only or filters.sector):
        return None
    deals = Deal.objects.all()
    if filters.ai_only:
        deals = deals.filter(is_ai=True)
    if filters.sector:
        deals = deals.filter(pk__in=deals_in_sectors([filters.sector]))
    return deals.order_by().values("pk")


def sector_choices() -> list[tuple[str, str]]:
    """(slug, name) of every sector, for the filter menu (one query)."""
    return list(Sector.objects.order_by("name").values_list("slug", "name"))


def summary_scope_sql(filters, alias: str = "s") -> tuple[str, list]:
    """`AND` conditions on rows of deals_deal_summary (`alias`) for the AI switch and the sector filter
    (`filters.ai_only`, `filters.sector`, as in selectors.EventFilters), or nothing for None or every deal.

    The AI flag is a column of the summary row: testing it there spares the whole-table aggregates a join
    with deals_deal (see deals.deal_summary)."""
    if filters is None:
        return "", []
    sql, params = "", []
    if filters.ai_only:
        sql += f" AND {alias}.is_ai"
    if filters.sector:
        sector_sql, sector_params = deals_in_sectors([filters.sector]).query.sql_with_params()
        sql += f" AND {alias}.deal_id IN ({sector_sql})"
        params.extend(sector_params)
    return sql, params
