"""An article that states one move over and over (the same sentence a thousand times) keeps only its first few
sentences as the move's quotes, and its review page says how many more there were, at the cost in queries of an
article that states the move three times."""

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deals.models import Article, Event, Mention
from deals.services import imports
from tests.factories import ArticleFactory, EventFactory, MentionFactory
from tests.imports.builders import event, result
from tests.imports.editor_helpers import editor

SENTENCE = "SoftBank Group invested $100 million in Acme Robotics on March 3, 2024. "
CAP = settings.IMPORT_MAX_QUOTES_PER_EVENT


def import_text(client, text: str) -> str:
    response = client.post(reverse("admin:deals_article_import"), {"text": text, "published": "2024-03-05"})
    assert response.status_code == 302, response.content.decode()[:2000]
    return reverse("admin:deals_article_review", args=[Article.objects.get(text__startswith=text[:40]).pk])


def review_queries(client, page: str) -> tuple[str, int]:
    client.get(page)  # the first view may warm caches (the nonce, the editor's session)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page)
    assert response.status_code == 200
    return response.content.decode(), len(queries.captured_queries)


@pytest.mark.django_db
def test_a_sentence_repeated_a_thousand_times_keeps_the_first_quotes_and_says_how_many_more(client, softbank):
    assert imports.run_extraction.__module__ == "deals.services.imports"  # the real extractor, not a stand-in
    client.force_login(editor())
    short_page = import_text(client, "Acme Robotics raises money\n\n" + SENTENCE * 3)
    long_text = "Acme Robotics raises money again\n\n" + SENTENCE * 1000
    long_page = import_text(client, long_text)

    article = Article.objects.get(text=long_text.strip())
    move = Event.objects.filter(mentions__article=article).distinct().get()
    starts = list(Mention.objects.filter(event=move, article=article).order_by("start").values_list("start", flat=True))
    first = long_text.strip().index(SENTENCE.strip())
    assert starts == [first + i * len(SENTENCE) for i in range(CAP)]  # the first ones, in text order

    html, long_queries = review_queries(client, long_page)
    assert html.count("<blockquote>") == CAP
    assert html.count('class="mention') == CAP  # the text's highlights: the kept quotes only
    assert f"and {1000 - CAP} more sentences of this article stating it" in html
    short_html, short_queries = review_queries(client, short_page)
    assert "more sentences of this article" not in short_html
    assert long_queries <= short_queries, (long_queries, short_queries)


@pytest.mark.django_db
def test_the_extractors_own_quote_stays_and_a_reimport_keeps_the_same_quotes(client, softbank, extractor):
    sentences = [f"SoftBank Group invested in Acme Robotics, report {i} says." for i in range(CAP + 10)]
    text = "Acme Robotics, again\n\n" + " ".join(sentences)
    own = sentences[CAP + 5]  # the extractor quotes one late sentence and lists every other one
    others = tuple(s for s in sentences if s != own)
    extractor.by_text["Acme Robotics, again"] = lambda t: result(event(t, own, extra_sentences=others))
    client.force_login(editor())
    page = import_text(client, text)

    def stored() -> list[str]:
        return list(Mention.objects.order_by("start").values_list("quote", flat=True))

    assert stored() == [*sentences[: CAP - 1], own]
    html, _ = review_queries(client, page)
    assert "and 10 more sentences of this article stating it" in html

    imports.reextract_article(article=Article.objects.get())
    assert stored() == [*sentences[: CAP - 1], own]
    assert Event.objects.count() == 1
    assert "and 10 more sentences of this article stating it" in review_queries(client, page)[0]


@pytest.mark.django_db
def test_quotes_stored_before_the_cap_are_shown_up_to_it(client):
    text = " ".join(f"SoftBank Group backed Acme, note {i}." for i in range(CAP + 5))
    article = ArticleFactory(text=text)
    move = EventFactory()
    at = 0
    for i in range(CAP + 5):
        sentence = f"SoftBank Group backed Acme, note {i}."
        MentionFactory(event=move, article=article, start=at, end=at + len(sentence))
        at += len(sentence) + 1
    client.force_login(editor())
    html = client.get(reverse("admin:deals_article_review", args=[article.pk])).content.decode()
    assert html.count("<blockquote>") == CAP
    assert "and 5 more sentences of this article stating it" in html
