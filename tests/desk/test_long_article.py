"""A 1 MB article's review page does the work a short one's does: its sentences were split once, at import, and
the page reads them instead of splitting the text again. (Its time is measured by bench/review_long.py.)"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deals.models import Article
from deals.services import sentences as stored
from tests.imports.builders import event, result
from tests.imports.editor_helpers import editor

PARAGRAPH = (
    "SoftBank Group said on Tuesday that it would keep investing in artificial intelligence across Asia. "
    "Analysts in Tokyo expected more deals in the coming months, according to people familiar with the plans.\n"
)


def _import(client, extractor, *, paragraphs: int) -> str:
    text = "SoftBank bets on AI\n\n" + PARAGRAPH * paragraphs
    sentences = [f"SoftBank Group agreed to invest in Startup {i} on Monday." for i in range(20)]
    text = text + "\n".join(sentences)
    extractor.by_text["Startup 0"] = lambda t: result(*(event(t, s) for s in sentences))
    response = client.post(reverse("admin:deals_article_import"), {"text": text, "published": "2024-07-10"})
    assert response.status_code == 302
    return response["Location"]


@pytest.mark.django_db
def test_the_review_page_of_a_long_article_reads_its_stored_sentences(client, softbank, extractor, monkeypatch):
    client.force_login(editor())
    page = _import(client, extractor, paragraphs=900_000 // len(PARAGRAPH))
    article = Article.objects.get()
    assert len(article.text) >= 900_000 and len(article.sentences) > 5000

    def no_split(*, text):
        raise AssertionError("the review page split the article's sentences again")

    monkeypatch.setattr(stored, "sentence_spans", no_split)
    response = client.get(page)
    assert response.status_code == 200
    assert response.content.decode().count('class="mention') >= 20  # every draft's sentence highlighted


@pytest.mark.django_db
def test_a_long_articles_review_page_costs_the_queries_a_short_ones_does(client, softbank, extractor):
    client.force_login(editor())
    counts = []
    for paragraphs in (2, 900_000 // len(PARAGRAPH)):
        Article.objects.all().delete()
        page = _import(client, extractor, paragraphs=paragraphs)
        client.get(page)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(page).status_code == 200
        counts.append(len(queries.captured_queries))
    short, long = counts
    assert 0 < long <= short, counts
