"""The chart, the count of moves and the counterparty menu read per-deal figures that database triggers keep
(deals.deal_summary): whatever writes a move or an amount, and however, the pages show the new figures."""

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection

from deals.aggregates import counterparties, published_event_count, usd_by_year_and_kind
from deals.models import Amount, Company, Deal, Event
from tests.factories import CompanyFactory

from .conftest import add_event, usd
from .helpers import texts, tree

pytestmark = pytest.mark.django_db


def home(client):
    doc = tree(client.get("/"))
    chart = {
        row[0]: row[1:]
        for row in (texts(tr, "./*") for tr in doc.xpath("//table[contains(@class,'chart-table')]/tbody/tr"))
    }
    heading = texts(doc, "//h2[@id='chronology-title']")[0]
    menu = doc.xpath("//select[@name='counterparty']/option/@value")[1:]
    return chart, heading, menu


def home_all_moves_count(client) -> str:
    return texts(tree(client.get("/?scope=all")), "//h2[@id='chronology-title']")[0]


def test_the_chart_count_and_menu_follow_every_write_to_moves_and_amounts(client, seeds):
    chart, heading, menu = home(client)
    assert chart["2024"] == ["–", "$100B", "$500M", "$101B"]
    assert heading == "7 moves"
    assert menu == ["berkshire-grey", "nvidia", "openai", "sharp"]

    # A corrected figure, written straight to the table as a bulk fix would be.
    Amount.objects.filter(event=seeds.events["fund_openai"]).update(
        usd_low=Decimal("800000000"), usd_high=Decimal("800000000")
    )
    assert home(client)[0]["2024"] == ["–", "$100B", "$800M", "$101B"]

    # A move taken back to the desk leaves the chart, the count and, with its only deal, the menu.
    Event.objects.filter(pk=seeds.events["sharp"].pk).update(review_state="draft")
    chart, heading, menu = home(client)
    assert "2025" not in chart and heading == "6 moves" and "sharp" not in menu

    # A deal filed under another kind moves its dollars; one no longer an AI move leaves the default view.
    Deal.objects.filter(pk=seeds.events["fund_openai"].deal_id).update(kind="commitment")
    assert home(client)[0] == {"2024": ["$101B", "$101B"]}  # the one kind left: commitments, and the total
    Deal.objects.filter(pk=seeds.events["fund_openai"].deal_id).update(is_ai=False)
    chart, heading, menu = home(client)
    assert chart == {"2024": ["$100B", "$100B"]} and heading == "5 moves"
    assert home_all_moves_count(client) == "6 moves"
    Deal.objects.filter(pk=seeds.events["fund_openai"].deal_id).update(kind="investment", is_ai=True)

    # A move deleted with its deal; then a new one published with an amount.
    seeds.events["berkshire"].deal.delete()
    chart, heading, menu = home(client)
    assert heading == "5 moves" and menu == ["nvidia", "openai"]
    arm = CompanyFactory(name="Arm", slug="arm")
    add_event(
        actor=seeds.group,
        kind="acquisition",
        date=dt.date(2016, 7, 18),
        precision="day",
        status="completed",
        others=((arm, "target"),),
        amounts=(usd("32000000000"),),
        sentence="SoftBank completed its purchase of Arm for $32 billion.",
    )
    chart, heading, menu = home(client)
    assert chart["2016"] == ["$32B", "–", "–", "$32B"]
    assert heading == "6 moves" and menu == ["arm", "nvidia", "openai"]


def _figures_from_every_row(family_ids: list[int]) -> tuple[int, dict]:
    """The count and the chart's dollars per year and kind, computed from every event and amount in Python."""
    family_deals = set(Deal.objects.filter(parties__company_id__in=family_ids).values_list("pk", flat=True))
    published = Event.objects.published().filter(deal_id__in=family_deals)
    per_deal: dict[int, tuple[Decimal, dt.date]] = {}
    amounts = Amount.objects.filter(
        role="value", usd_low__isnull=False, event__in=published.filter(status__in=["announced", "completed"])
    ).select_related("event__deal")
    for amount in amounts:
        usd_value, first = per_deal.get(amount.event.deal_id, (amount.usd_low, amount.event.date))
        per_deal[amount.event.deal_id] = (max(usd_value, amount.usd_low), min(first, amount.event.date))
    kinds = dict(Deal.objects.filter(pk__in=per_deal).values_list("pk", "kind"))
    chart: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for deal_id, (usd_value, first) in per_deal.items():
        row = chart[first.year]
        row[kinds[deal_id]] = row.get(kinds[deal_id], Decimal(0)) + usd_value
    return published.count(), {
        year: {k: v.quantize(Decimal("0.01")) for k, v in row.items()} for year, row in chart.items()
    }


def test_figures_equal_those_of_every_row_after_bulk_loads_and_bulk_edits(db):
    call_command("bench_seed", events=120, seed=5)
    family = Company.objects.get(slug="softbank-group").family_ids()

    def assert_figures_match():
        count, chart = _figures_from_every_row(family)
        assert published_event_count(family_ids=family) == count
        assert usd_by_year_and_kind(family_ids=family).totals == chart

    assert_figures_match()
    events = Event.objects.order_by("pk")
    # Bulk edits of every kind the figures depend on: state, status, date, a move to another deal, amounts.
    Event.objects.filter(pk__in=events.values("pk")[:15]).update(review_state="draft")
    Event.objects.filter(pk__in=events.values("pk")[15:30]).update(status="completed", date=dt.date(2012, 1, 1))
    first_deal = events.first().deal_id
    Event.objects.filter(pk__in=events.values("pk")[30:35]).update(deal_id=first_deal)
    Amount.objects.filter(pk__in=Amount.objects.filter(role="value").order_by("pk").values("pk")[:20]).update(
        role="total"
    )
    Amount.objects.filter(pk__in=Amount.objects.order_by("-pk").values("pk")[:10]).delete()
    Event.objects.filter(pk__in=events.values("pk")[40:50]).delete()
    assert_figures_match()
    # The counterparties table counts each deal with published moves once per company.
    table = counterparties(family_ids=family)
    listed = {row.company.pk: row.deal_count for row in table}
    for company_id, deals in listed.items():
        assert deals == (
            Deal.objects.filter(parties__company_id=company_id, events__review_state="published")
            .filter(pk__in=Deal.objects.filter(parties__company_id__in=family).values("pk"))
            .distinct()
            .count()
        )


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's triggers only: PostgreSQL keeps them")
@pytest.mark.django_db(transaction=True)
def test_sqlite_figures_are_refilled_and_watched_again_after_a_table_rebuild_drops_their_triggers():
    call_command("bench_seed", events=40, seed=4)
    family = Company.objects.get(slug="softbank-group").family_ids()
    # Django drops an SQLite table's triggers when a migration rebuilds it; writes in between go unseen.
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER deals_deal_summary_event_update")
    Event.objects.filter(pk__in=Event.objects.published().order_by("pk").values("pk")[:5]).update(review_state="draft")
    call_command("migrate", verbosity=0)
    assert published_event_count(family_ids=family) == _figures_from_every_row(family)[0]
    Event.objects.filter(pk__in=Event.objects.published().order_by("pk").values("pk")[:5]).update(review_state="draft")
    count, chart = _figures_from_every_row(family)
    assert published_event_count(family_ids=family) == count
    assert usd_by_year_and_kind(family_ids=family).totals == chart
