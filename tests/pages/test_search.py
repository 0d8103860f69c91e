"""Text search: PostgreSQL through one search document per event (migration 0007); icontains on SQLite."""

import datetime as dt
import re

from django.db import connection

from deals.models import Event
from deals.selectors import search_events, search_terms
from tests.factories import CompanyAliasFactory, CompanyFactory, DealPartyFactory

from .conftest import add_event
from .helpers import BulkMoves, texts, tree


def test_terms_keep_only_words():
    assert search_terms("OpenAI & (Nvidia | !x):* ' -- ;") == ["openai", "nvidia", "x"]
    assert search_terms("سوفت بانك") == ["سوفت", "بانك"]


def test_every_word_must_match_somewhere(softbank):
    event = add_event(
        actor=softbank,
        kind="investment",
        date=dt.date(2024, 1, 1),
        precision="month",
        status="announced",
        sentence="SoftBank backs a robotics maker.",
    )
    event.summary = "Funding round led by the Vision Fund"
    event.save()
    found = lambda text: list(search_events(queryset=Event.objects.all(), text=text))
    assert found("robotics funding") == [event]  # one word in the quote, one in the summary
    assert found("robot") == [event]  # prefixes match
    assert found("softbank group") == [event]  # a party's name
    assert found("robotics nvidia") == []


def test_an_underscore_in_a_word_is_a_character_not_a_wildcard(softbank):
    def move(summary: str) -> Event:
        event = add_event(
            actor=softbank,
            kind="investment",
            date=dt.date(2024, 1, 1),
            precision="month",
            status="announced",
            sentence=f"SoftBank invests, says the {summary.split()[-2]} fund.",
        )
        event.summary = summary
        event.save()
        return event

    wanted = move("Backed by the sb_x fund")
    move("Backed by the sbax fund")
    assert list(search_events(queryset=Event.objects.all(), text="sb_x")) == [wanted]


def fill_many(total: int) -> None:
    """Bulk rows written by SQL: `total` deals with one event each, each event quoted by one article.

    Each summary also names one of 700 sectors: with nothing but identical words beside the unique ones,
    the planner's word statistics would be too thin to tell a rare word from a common one, unlike in
    any real chronology (or the benchmark data).
    """
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO deals_deal (kind, object_type, object_label, headline, summary, created_at, updated_at) "
            "SELECT 'investment', 'stake', 'stake', 'Deal ' || g, g::text, now(), now() "
            "FROM generate_series(1, %s) AS g",
            [total],
        )
        cursor.execute(
            "INSERT INTO deals_article (title, outlet, url, language, published_on, text, content_hash, source_file, imported_at, extraction_warnings, updated_at) "
            "VALUES ('t', 'o', '', 'en', '2024-01-01', 'SoftBank invested in a startup.', repeat('a', 64), '', now(), '[]', now()) RETURNING id"
        )
        article_id = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO deals_event (deal_id, date, date_precision, date_basis, status, summary, review_state, confidence, edited_by_editor, version, created_at, updated_at) "
            "SELECT id, date '2000-01-01' + (id % 9000)::int, 'day', 'stated', 'completed', 'Move number ' || summary || ' word' || summary || ' sector' || (id % 700), 'published', 0.5, false, 1, now(), now() "
            "FROM deals_deal",
        )
        cursor.execute(
            'INSERT INTO deals_mention (event_id, article_id, quote, start, "end") '
            "SELECT id, %s, 'SoftBank invested in a startup.', 0, 31 FROM deals_event",
            [article_id],
        )
        cursor.execute("ANALYZE deals_event; ANALYZE deals_mention; ANALYZE deals_deal; ANALYZE deals_event_search;")


def plan_of(queryset) -> str:
    with connection.cursor() as cursor:
        sql, params = queryset.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_search_plan_reads_the_search_document_index(softbank):
    queryset = search_events(queryset=Event.objects.published(), text="word4242").chronological()[:50]
    if connection.vendor != "postgresql":
        # The fallback: the same filter, written with LIKE, and working on the data.
        assert "LIKE" in str(queryset.query)
        return
    fill_many(100_000)
    # A prefix: word4242 and word42420 to word42429.
    assert sorted(event.summary.rsplit(" ", 1)[0] for event in queryset) == sorted(
        f"Move number {n} word{n}" for n in [4242, *range(42420, 42430)]
    )
    # A rare word: its few matches come from the GIN index, never from reading the events.
    plan = plan_of(queryset)
    assert "deals_event_search_document" in plan, plan
    assert "Seq Scan on deals_event" not in plan, plan
    # A word in every quote: the chronology is walked and the walk stops at the page.
    common = search_events(queryset=Event.objects.published(), text="softbank invested").chronological()[:50]
    assert len(list(common)) == 50
    plan = plan_of(common)
    assert "Seq Scan on deals_event" not in plan, plan
    assert "event_chronology_idx" in plan, plan


def story(softbank, *, sentence="SoftBank backs a robotics maker.", target=None):
    return add_event(
        actor=softbank,
        kind="investment",
        date=dt.date(2024, 1, 1),
        precision="month",
        status="announced",
        sentence=sentence,
        others=((target, "target"),) if target else (),
    )


def test_company_names_and_aliases_match_inside_words(softbank):
    target = CompanyFactory(name="CypressKestrel Robotics", slug="cypresskestrel")
    event = story(softbank, sentence="SoftBank backs a maker.", target=target)
    CompanyAliasFactory(company=target, alias="サイプレスケストレル", language="ja")
    found = lambda text: list(search_events(queryset=Event.objects.all(), text=text))
    assert found("kestrel") == [event]  # inside a name, as icontains always matched
    assert found("ケストレル") == [event]  # inside an alias in a script without spaces
    assert found("bank") == [event]  # SoftBank, the actor
    assert found("kestrelx") == []


def test_search_follows_every_edit(softbank):
    """What a reader searches for is always the current text: quotes, headlines, parties, names, aliases."""
    event = story(softbank)
    found = lambda text: list(search_events(queryset=Event.objects.all(), text=text))
    assert found("drone") == []

    mention = event.mentions.get()
    mention.quote = "SoftBank backs a drone maker."
    mention.article.text = mention.quote + " More text follows here."
    mention.article.save()
    mention.end = len(mention.quote)
    mention.save()
    assert found("drone") == [event]
    assert found("robotics") == []

    deal = event.deal
    deal.headline = "Skyward lift-off"
    deal.save()
    assert found("skyward") == [event]

    target = CompanyFactory(name="Quillon", slug="quillon")
    assert found("quillon") == []
    party = DealPartyFactory(deal=deal, company=target, role="target")
    assert found("quillon") == [event]

    target.name = "Zephyrine"
    target.save()
    assert found("zephyr") == [event]
    assert found("quillon") == []

    alias = CompanyAliasFactory(company=target, alias="Marblewing", language="en")
    assert found("marblewing") == [event]
    alias.delete()
    assert found("marblewing") == []

    party.delete()
    assert found("zephyr") == []

    event.summary = "Lanternfish round"
    event.save()
    assert found("lanternfish") == [event]


def test_a_common_word_counts_up_to_a_thousand(client, softbank):
    fill = BulkMoves(softbank)
    fill.add(1001, sentence="SoftBank backs a robotics maker.")
    doc = tree(client.get("/?q=robotics"))
    assert texts(doc, "//h2[@id='chronology-title']") == ["1,000+ moves matching the filters"]
    fill.add(3, sentence="SoftBank backs a quantum lab.")
    doc = tree(client.get("/?q=quantum"))
    assert texts(doc, "//h2[@id='chronology-title']") == ["3 moves matching the filters"]


def test_the_search_box_is_a_search_input(client, seeds):
    # One type attribute: with two ("text" then "search") a browser keeps the first.
    html = client.get("/").content.decode()
    box = re.search(r'<input[^>]*name="q"[^>]*>', html).group(0)
    assert re.findall(r'\btype="([^"]*)"', box) == ["search"]
