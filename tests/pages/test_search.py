"""Text search: PostgreSQL full-text through GIN expression indexes; icontains on SQLite."""

import datetime as dt

import pytest
from django.db import connection

from deals.models import Event
from deals.selectors import search_events, search_terms

from .conftest import add_event

pytestmark = pytest.mark.django_db


def test_terms_keep_only_words():
    assert search_terms("OpenAI & (Nvidia | !x):* ' -- ;") == ["openai", "nvidia", "x"]
    assert search_terms("سوفت بانك") == ["سوفت", "بانك"]


def test_every_word_must_match_somewhere(softbank):
    event = add_event(actor=softbank, kind="investment", date=dt.date(2024, 1, 1), precision="month",
                      status="announced", sentence="SoftBank backs a robotics maker.")
    event.summary = "Funding round led by the Vision Fund"
    event.save()
    found = lambda text: list(search_events(queryset=Event.objects.all(), text=text))
    assert found("robotics funding") == [event]  # one word in the quote, one in the summary
    assert found("robot") == [event]  # prefixes match
    assert found("softbank group") == [event]  # a party's name
    assert found("robotics nvidia") == []


def fill_many(total: int) -> None:
    """Bulk rows written by SQL: `total` deals with one event each, each event quoted by one article."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO deals_deal (kind, headline, summary, created_at, updated_at) "
            "SELECT 'investment', 'Deal ' || g, g::text, now(), now() FROM generate_series(1, %s) AS g",
            [total],
        )
        cursor.execute(
            "INSERT INTO deals_article (title, outlet, url, language, published_on, text, content_hash, source_file, imported_at, extraction_warnings, updated_at) "
            "VALUES ('t', 'o', '', 'en', '2024-01-01', 'SoftBank invested in a startup.', repeat('a', 64), '', now(), '[]', now()) RETURNING id"
        )
        article_id = cursor.fetchone()[0]
        cursor.execute(
            "INSERT INTO deals_event (deal_id, date, date_precision, status, summary, review_state, confidence, edited_by_editor, version, created_at, updated_at) "
            "SELECT id, date '2000-01-01' + (id % 9000)::int, 'day', 'completed', 'Move number ' || summary || ' word' || summary, 'published', 0.5, false, 1, now(), now() "
            "FROM deals_deal",
        )
        cursor.execute(
            "INSERT INTO deals_mention (event_id, article_id, quote, start, \"end\") "
            "SELECT id, %s, 'SoftBank invested in a startup.', 0, 31 FROM deals_event",
            [article_id],
        )
        cursor.execute("ANALYZE deals_event; ANALYZE deals_mention; ANALYZE deals_deal;")


def test_search_plan_uses_the_full_text_indexes(softbank):
    queryset = search_events(queryset=Event.objects.published(), text="word4242").chronological()[:50]
    if connection.vendor != "postgresql":
        # The fallback: the same filter, written with LIKE, and working on the data.
        assert "LIKE" in str(queryset.query)
        return
    fill_many(100_000)
    # A prefix: word4242 and word42420 to word42429.
    assert sorted(event.summary for event in queryset) == sorted(
        f"Move number {n} word{n}" for n in [4242, *range(42420, 42430)]
    )
    with connection.cursor() as cursor:
        sql, params = queryset.query.sql_with_params()
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "deals_event_summary_fts" in plan, plan
    assert "deals_mention_quote_fts" in plan, plan
    assert "deals_deal_headline_fts" in plan, plan
