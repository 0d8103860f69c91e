from django.http import Http404
from django.shortcuts import render

from deals.headlines import deal_headline
from deals.selectors import deal_with_events
from deals.views.cache import cached_page, cached_part


@cached_page
def deal_detail(request, pk: int):
    """A deal's story: its milestones oldest first, each with amounts and every source quoted."""
    # The deal with its parties, events, amounts and quotes: the same for every reader of this data version.
    deal = cached_part(request, f"deal {pk}", lambda: deal_with_events(pk=pk), store="fragments")
    if deal is None:
        raise Http404("No published deal with this number.")
    return render(
        request,
        "deals/deal_detail.html",
        {"deal": deal, "title": deal_headline(deal), "events": deal.published_events},
    )
