"""What readers see states only what the sources say: a report's day reads as such, a plan as a plan, sources
are articles, and the money charted is the SoftBank side's own, once per deal."""

import datetime as dt
from decimal import Decimal

import pytest

from deals.models import Article, Event
from tests.factories import AmountFactory, CompanyFactory, MentionFactory

from .conftest import add_event, usd
from .helpers import has_class, texts, tree

pytestmark = pytest.mark.django_db


@pytest.fixture
def moves(softbank):
    openai, oracle = CompanyFactory(name="OpenAI", slug="openai"), CompanyFactory(name="Oracle", slug="oracle")
    recent = add_event(
        actor=softbank,
        kind="investment",
        date=dt.date(2024, 11, 14),
        precision="day",
        status="completed",
        others=((openai, "target"),),
        amounts=(usd("500000000"),),
        sentence="SoftBank recently invested $500 million in OpenAI.",
    )
    Event.objects.filter(pk=recent.pk).update(date_basis="publication", date_text=None)
    stargate = add_event(
        actor=softbank,
        kind="commitment",
        date=dt.date(2025, 1, 21),
        precision="day",
        status="announced",
        others=((openai, "partner"), (oracle, "partner")),
        amounts=(usd("15000000000"),),
        sentence="SoftBank will put $15 billion into Stargate, a $500 billion venture with OpenAI and Oracle.",
    )
    stargate.deal.object_type, stargate.deal.object_label = "venture", "Stargate"
    stargate.deal.save()
    AmountFactory(event=stargate, role="total", **{k: v for k, v in usd("500000000000").items() if k != "role"})
    # The same move reported again a week later: one deal, two milestones, one sum.
    add_event(
        actor=softbank,
        kind="commitment",
        date=dt.date(2025, 1, 28),
        precision="day",
        status="completed",
        deal=stargate.deal,
        amounts=(usd("15000000000"),),
        sentence="SoftBank has committed its $15 billion.",
    )
    data_centre = add_event(
        actor=softbank,
        kind="launch",
        date=dt.date(2026, 1, 1),
        precision="year",
        status="completed",
        sentence="Operations at the Sakai data centre are set to start in 2026.",
    )
    Article.objects.filter(mentions__event=data_centre).update(published_on=dt.date(2025, 3, 7))
    return {"recent": recent, "stargate": stargate, "plan": data_centre, "openai": openai}


def chart_rows(doc) -> dict[str, str]:
    """The chart's data table: each year with its total."""
    rows = doc.xpath("//table[@class='chart-table']/tbody/tr")
    return {row.xpath("./th")[0].text_content().strip(): row.xpath("./td")[-1].text_content().strip() for row in rows}


def item(doc, event):
    return doc.get_element_by_id(f"event-{event.pk}")


def test_a_report_day_reads_as_reported_on_every_page(client, moves):
    recent = moves["recent"]
    for url in ("/", recent.deal.get_absolute_url(), "/companies/openai/"):
        doc = tree(client.get(url))
        assert texts(item(doc, recent), f".//time[{has_class('event-date')}]") == ["reported 14 Nov 2024"], url
    feed = client.get("/feed/").content.decode()
    assert "reported 14 Nov 2024: SoftBank Group invested $500M in OpenAI" in feed


def test_a_move_dated_after_its_report_is_a_plan_not_a_done_move(client, moves):
    doc = tree(client.get("/"))
    plan = item(doc, moves["plan"])
    assert texts(plan, f".//time[{has_class('event-date')}]") == ["planned for 2026"]
    assert texts(plan, f".//*[{has_class('badge')} and {has_class('status')}]") == ["Planned"]
    assert texts(plan, f".//*[{has_class('event-headline')}]") == ["SoftBank Group to launch a new venture"]


def test_sources_count_articles_and_quotes_apart(client, moves):
    recent = moves["recent"]
    article = recent.mentions.get().article
    text = article.text
    for start in (text.index("$500"), text.index("OpenAI"), text.index("More")):
        end = start + 4
        MentionFactory(event=recent, article=article, start=start, end=end, quote=text[start:end])
    doc = tree(client.get("/"))
    assert texts(item(doc, recent), ".//summary") == ["1 source, 4 quotes"]
    deal = tree(client.get(recent.deal.get_absolute_url()))
    assert "1 source, 4 quotes" in texts(deal, "//h4")
    assert len(deal.xpath(f"//li[{has_class('source')}]")) == 1


def test_the_chart_counts_the_softbank_sides_money_once_per_deal(client, moves):
    doc = tree(client.get("/"))
    rows = chart_rows(doc)
    assert rows["2025"] == "$15B"  # not $30B (two milestones) nor $515B (Stargate's whole)
    assert rows["2024"] == "$500M"
    note = " ".join(texts(doc, f"//p[{has_class('chart-note')}]"))
    assert "SoftBank side's own money" in note and "once per deal" in note
    stargate = item(doc, moves["stargate"])
    assert "of a $500B venture" in " ".join(texts(stargate, f".//*[{has_class('amount-words')}]"))
    assert texts(stargate, f".//*[{has_class('event-headline')}]") == [
        "SoftBank Group to join Stargate with OpenAI and Oracle, committing $15B of $500B"
    ]


def test_a_counterparty_page_says_what_the_softbank_side_put_in(client, moves):
    doc = tree(client.get("/companies/openai/"))
    assert "SoftBank side put into its deals with this company" in " ".join(texts(doc, "//figcaption"))
    assert chart_rows(doc) == {"2024": "$500M", "2025": "$15B"}
    softbank = tree(client.get("/companies/softbank-group/"))
    header = texts(softbank, "//table[@class='counterparties']//th[@scope='col']")
    assert header[-1] == "Committed (USD)"
    assert Decimal(moves["stargate"].amounts.get(role="total").low) == Decimal("500000000000")


def test_a_dated_step_reported_later_is_no_plan_because_talks_were_reported_before(client, moves, softbank):
    talks = moves["recent"]
    earlier = Article.objects.create(
        title="Earlier",
        text="SoftBank discussed OpenAI. More.",
        language="en",
        published_on=dt.date(2024, 10, 1),
        content_hash="e" * 64,
    )
    MentionFactory(event=talks, article=earlier, start=0, end=8, quote="SoftBank")
    doc = tree(client.get("/"))
    assert texts(item(doc, talks), f".//time[{has_class('event-date')}]") == ["reported 14 Nov 2024"]
    assert texts(item(doc, talks), ".//summary") == ["2 sources"]


def test_a_counterparty_chart_leaves_out_deals_without_the_softbank_side(client, moves):
    other = CompanyFactory(name="Microsoft", slug="microsoft")
    add_event(
        actor=other,
        kind="investment",
        date=dt.date(2025, 2, 1),
        precision="day",
        status="completed",
        others=((moves["openai"], "target"),),
        amounts=(usd("10000000000"),),
        sentence="Microsoft invested $10 billion in OpenAI.",
    )
    assert chart_rows(tree(client.get("/companies/openai/"))) == {"2024": "$500M", "2025": "$15B"}
