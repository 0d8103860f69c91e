"""Pasted articles: a headline first line becomes the title; long pastes are capped; sentences are stored once."""

import pytest
from django.urls import reverse

from deals.models import Article
from deals.services import sentences as sentences_service
from deals.services.titles import headline_line
from tests.factories import CompanyFactory, make_published_event
from tests.imports.editor_helpers import editor

BODY = "SoftBank Group said on Tuesday it would invest in a chip designer. The deal closes next year."


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (f"SoftBank bets $6.5 billion on Ampere\n\n{BODY}", "SoftBank bets $6.5 billion on Ampere"),
        (f"# Will SoftBank buy Ampere?\n{BODY}", "Will SoftBank buy Ampere?"),
        (BODY, ""),  # one paragraph: no headline line
        (f"SoftBank Group said on Tuesday it would invest in a chip designer.\n{BODY}", ""),  # a sentence
        (f"Update time : 2024-11-14\n{BODY}", ""),
        (f"{'word ' * 40}\n{BODY}", ""),
    ],
)
def test_headline_line(text, title):
    assert headline_line(text) == title


@pytest.mark.django_db
def test_a_pasted_article_takes_its_headline_as_title(client, softbank, extractor):
    client.force_login(editor())
    text = f"SoftBank bets on chips\n\n{BODY}"
    assert (
        client.post(reverse("admin:deals_article_import"), {"text": text, "published": "2024-07-10"}).status_code == 302
    )
    assert Article.objects.get().title == "SoftBank bets on chips"


@pytest.mark.django_db
def test_a_paste_over_the_cap_is_refused_with_its_size_and_nothing_saved(client, softbank, extractor, settings):
    settings.IMPORT_MAX_PASTE_CHARS = 1000
    client.force_login(editor())
    response = client.post(reverse("admin:deals_article_import"), {"text": BODY * 20, "published": "2024-07-10"})
    assert response.status_code == 400
    assert f"The pasted text is {len(BODY * 20):,} characters; at most 1,000 can be pasted" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_the_review_page_reads_the_sentences_stored_at_import(client, softbank, extractor, monkeypatch):
    client.force_login(editor())
    long_text = "\n".join(f"SoftBank item {i} reported a move. Then another sentence here." for i in range(3000))
    response = client.post(reverse("admin:deals_article_import"), {"text": long_text, "published": "2024-07-10"})
    article = Article.objects.get()
    assert len(article.sentences) == 6000

    def no_split(text, **kwargs):
        raise AssertionError("the review page split the text again")

    monkeypatch.setattr(sentences_service, "split_sentences", no_split)
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert page.content.decode().count("<option value=") >= 6000


@pytest.mark.django_db
def test_public_pages_never_credit_a_source_to_a_blank_outlet(client):
    event = make_published_event(actor=CompanyFactory(name="SoftBank Group", slug="sbg"))
    Article.objects.filter(mentions__event=event).update(title="", outlet="")
    html = client.get("/").content.decode()
    assert "Untitled article</bdi>" in html
    assert "<bdi></bdi>" not in html
