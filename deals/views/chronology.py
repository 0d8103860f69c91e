from django.shortcuts import render

from deals.aggregates import counterparty_choices, published_event_count, usd_by_year_and_kind
from deals.forms import EventFilterForm
from deals.scope import sector_choices
from deals.selectors import (
    MatchCount,
    count_matches,
    event_page,
    filter_events,
    group_by_year_and_month,
    published_events,
    tracked_company,
)
from deals.views.cache import cached_page, cached_part
from deals.views.cards import attach_cards


def _tracked_family():
    """The tracked company and the ids of its units (one query per level of units), or None and None."""
    company = tracked_company()
    # No tracked company yet: show every published move rather than an empty page.
    return company, (company.family_ids() if company else None)


@cached_page
def home(request):
    """The tracked company's moves, units included, newest first, filtered by GET parameters."""
    company, family_ids = cached_part(request, "tracked family", _tracked_family)
    keep = request.GET.get("counterparty", "")[:200]
    choices = cached_part(
        request, f"menu {family_ids} {keep}", lambda: counterparty_choices(family_ids=family_ids, keep=keep)
    )
    form = EventFilterForm(
        request.GET or None, counterparties=choices, sectors=cached_part(request, "sectors", sector_choices)
    )
    form.is_valid()
    filters = form.filters()
    scope = filters.scope_key
    events = filter_events(queryset=published_events(family_ids=family_ids), filters=filters)
    page = event_page(
        queryset=events,
        newest_first=form.newest_first,
        after=request.GET.get("after", ""),
        before=request.GET.get("before", ""),
        details=False,
    )
    attach_cards(request, page.events, heading=5)
    if filters.q:
        # A search counts its matches up to a cap, as its page stops at 50: counting all 22,000 matches of a
        # common word cost as much as the page itself.
        total = count_matches(events)
    elif filters.active:
        total = MatchCount(n=events.count(), capped=False)
    else:
        total = cached_part(
            request,
            f"total {family_ids} {scope}",
            lambda: MatchCount(n=published_event_count(family_ids=family_ids, scope=filters), capped=False),
        )
    return render(
        request,
        "deals/home.html",
        {
            "company": company,
            "form": form,
            "filters": filters,
            "page": page,
            "groups": group_by_year_and_month(page.events),
            "total": total,
            "chart": cached_part(
                request,
                f"chart {family_ids} {scope}",
                lambda: usd_by_year_and_kind(family_ids=family_ids, scope=filters),
            ),
        },
    )
