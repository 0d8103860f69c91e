"""A deal's story and a company's page."""

import datetime as dt
from decimal import Decimal

import pytest

from tests.factories import CompanyFactory

from .conftest import add_event, usd
from .helpers import BulkMoves, has_class, texts, tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def openai_story(seeds):
    """Talks, then an announcement, then completion of one deal, each reported by its own article."""
    talks = seeds.events["openai_talks"]
    deal = talks.deal
    announced = add_event(
        actor=seeds.group,
        kind="investment",
        date=dt.date(2025, 2, 1),
        precision="month",
        status="announced",
        deal=deal,
        amounts=(usd("20000000000"),),
        sentence="SoftBank agreed to invest $20 billion in OpenAI.",
        outlet="Wire One",
    )
    completed = add_event(
        actor=seeds.group,
        kind="investment",
        date=dt.date(2025, 4, 2),
        precision="day",
        status="completed",
        deal=deal,
        amounts=(usd("20000000000"),),
        sentence="SoftBank completed its $20 billion investment in OpenAI.",
        outlet="Wire Two",
    )
    return deal, [talks, announced, completed]


def test_deal_story_is_a_timeline_oldest_first(client, openai_story):
    deal, events = openai_story
    doc = tree(client.get(f"/deals/{deal.pk}/"))
    milestones = doc.xpath(f"//ol[{has_class('timeline')}]/li")
    assert [li.get("id") for li in milestones] == [f"event-{e.pk}" for e in events]
    assert texts(doc, f"//ol[{has_class('timeline')}]//time[{has_class('event-date')}]") == [
        "30 Jan 2025",
        "Feb 2025",
        "2 Apr 2025",
    ]
    assert texts(doc, "//h1") == ["SoftBank Group's investment in OpenAI"]
    assert texts(doc, f"//ol[{has_class('timeline')}]//h3") == [
        "SoftBank Group in talks to invest $15-25B in OpenAI",
        "SoftBank Group to invest $20B in OpenAI",
        "SoftBank Group invested $20B in OpenAI",
    ]


def test_deal_sources_quote_and_link_to_the_article(client, openai_story):
    deal, events = openai_story
    doc = tree(client.get(f"/deals/{deal.pk}/"))
    for event in events:
        block = doc.get_element_by_id(f"event-{event.pk}")
        mention = event.mentions.get()
        assert mention.quote in block.text_content()
        assert block.xpath(f".//a[@href='{mention.article.url}']")
        assert mention.article.outlet in block.text_content()


def test_deal_amounts_show_original_usd_and_rate(client, seeds):
    doc = tree(client.get(f"/deals/{seeds.events['sharp'].deal_id}/"))
    text = " ".join(doc.text_content().split())
    assert "¥100B" in text and "≈ $677M" in text and "“100 milliards de yens”" in text
    assert "rate 0.00677 USD per JPY" in text


def test_unpublished_or_unknown_deal_is_404(client, seeds):
    assert client.get(f"/deals/{seeds.events['draft'].deal_id}/").status_code == 404
    assert client.get("/deals/999999/").status_code == 404


def test_company_page_family_aliases_and_moves(client, seeds):
    doc = tree(client.get("/companies/softbank-group/"))
    assert texts(doc, "//h1") == ["SoftBank Group"]
    assert doc.xpath("//a[@href='/companies/softbank-vision-fund-2/']")
    aliases = doc.xpath(f"//ul[{has_class('aliases')}]/li/span[@lang]")
    assert {(a.get("lang"), a.get("dir"), a.text) for a in aliases} == {
        ("ar", "rtl", "سوفت بانك"),
        ("ja", "ltr", "ソフトバンクグループ"),
    }
    moves = [int(li.get("id").removeprefix("event-")) for li in doc.xpath(f"//li[{has_class('event')}]")]
    assert seeds.events["fund_openai"].pk in moves and len(moves) == 7


def test_unit_page_names_its_parent(client, seeds):
    doc = tree(client.get("/companies/softbank-vision-fund-2/"))
    assert texts(doc, "//section[h2='Part of']//a") == ["SoftBank Group"]
    moves = [int(li.get("id").removeprefix("event-")) for li in doc.xpath(f"//li[{has_class('event')}]")]
    assert moves == [seeds.events["fund_openai"].pk]


def test_counterparties_count_deals_once_and_total_their_dollars(client, seeds, openai_story):
    # OpenAI: the talks-announced-completed deal ($20B, counted once), the fund's $500M, and the
    # cancelled 2019 offer (counted as a deal, but no dollars: it never happened).
    doc = tree(client.get("/companies/softbank-group/"))
    rows = {
        row[0]: row[1:]
        for row in (texts(tr, "./*") for tr in doc.xpath("//table[contains(@class,'counterparties')]/tbody/tr"))
    }
    assert rows["OpenAI"] == ["3", "$20.5B"]
    assert rows["Sharp"] == ["1", "$677M"]
    assert rows["Nvidia"] == ["1", "–"]
    assert next(iter(rows)) == "OpenAI"


def test_counterparties_table_stops_at_the_fifty_most_frequent(client, softbank):
    companies = [CompanyFactory(name=f"Partner {i:02d}", slug=f"partner-{i:02d}") for i in range(55)]
    moves = BulkMoves(softbank)
    moves.add(55, sentence="SoftBank backs a partner.", targets=companies)
    moves.add(2, sentence="SoftBank backs a partner again.", targets=[companies[54], companies[54]])
    doc = tree(client.get("/companies/softbank-group/"))
    rows = [texts(tr, "./*") for tr in doc.xpath("//table[contains(@class,'counterparties')]/tbody/tr")]
    assert len(rows) == 50
    assert rows[0] == ["Partner 54", "3", "–"]  # the most deals first, then by name
    assert [row[0] for row in rows[1:]] == [f"Partner {i:02d}" for i in range(49)]
    assert texts(doc, "//p[contains(@class,'more-counterparties')]") == [
        "The 50 with the most deals are listed; 5 other companies with fewer deals are not."
    ]


def test_company_chart_and_table(client, seeds):
    doc = tree(client.get("/companies/softbank-group/"))
    svg = doc.xpath("//svg[@role='img']")[0]
    assert svg.xpath("./title")[0].text == "US dollars committed per year, by kind"
    table = {
        r[0]: r[1:] for r in (texts(tr, "./*") for tr in doc.xpath("//table[contains(@class,'chart-table')]/tbody/tr"))
    }
    # Kinds: acquisition, commitment, investment. The cancelled 2019 offer and the rumor are left out.
    assert table == {"2024": ["–", "$100B", "$500M", "$101B"], "2025": ["$677M", "–", "–", "$677M"]}


def test_unknown_company_is_404(client, db):
    assert client.get("/companies/nobody/").status_code == 404


def test_company_without_moves(client, db):
    CompanyFactory(name="Quiet Co", slug="quiet-co")
    doc = tree(client.get("/companies/quiet-co/"))
    assert "No published move yet." in doc.text_content()
    assert not doc.xpath("//svg")


def test_chart_totals_come_from_the_database(seeds):
    from deals.aggregates import usd_by_year_and_kind

    chart = usd_by_year_and_kind(family_ids=seeds.group.family_ids())
    assert chart.years == [2024, 2025]
    assert chart.totals[2024] == {"commitment": Decimal("100000000000.00"), "investment": Decimal("500000000.00")}
