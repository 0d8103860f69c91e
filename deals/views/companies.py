from django.http import Http404
from django.shortcuts import render

from deals.aggregates import counterparties, published_event_count, usd_by_year_and_kind
from deals.forms import scope_filters
from deals.selectors import (
    MatchCount,
    company_with_family,
    event_page,
    filter_events,
    published_events,
)
from deals.views.cache import cached_page, cached_part
from deals.views.cards import attach_cards


def _company_and_family(slug: str):
    """The company with its parent, units and aliases, and the ids of its units at every level; or None."""
    company = company_with_family(slug=slug)
    return None if company is None else (company, company.family_ids())


@cached_page
def company_detail(request, slug: str):
    """A company with its parent, units and aliases, its moves (units included) and its counterparties."""
    found = cached_part(request, f"company {slug}", lambda: _company_and_family(slug), store="fragments")
    if found is None:
        raise Http404("No company with this address.")
    company, family_ids = found
    # A counterparty's page counts what the SoftBank side put in, never the size of the whole round.
    softbank_side = company.is_tracked or bool(company.parent and company.parent.is_tracked)
    filters = scope_filters(request.GET)
    scope = filters.scope_key
    events = filter_events(queryset=published_events(family_ids=family_ids), filters=filters)
    newest_first = request.GET.get("order") != "oldest"
    page = event_page(
        queryset=events,
        newest_first=newest_first,
        after=request.GET.get("after", ""),
        before=request.GET.get("before", ""),
        details=False,
    )
    attach_cards(request, page.events, heading=3)
    return render(
        request,
        "deals/company_detail.html",
        {
            "company": company,
            "softbank_side": softbank_side,
            "page": page,
            "filters": filters,
            "total": cached_part(
                request,
                f"total {family_ids} {scope}",
                lambda: MatchCount(n=published_event_count(family_ids=family_ids, scope=filters), capped=False),
            ),
            "counterparties": cached_part(
                request,
                f"counterparties {family_ids} {scope}",
                lambda: counterparties(family_ids=family_ids, scope=filters),
            ),
            "chart": cached_part(
                request,
                f"chart {family_ids} {softbank_side} {scope}",
                lambda: usd_by_year_and_kind(family_ids=family_ids, tracked_side_only=not softbank_side, scope=filters),
            ),
        },
    )
