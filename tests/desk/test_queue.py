"""The review queue on the admin home and the links that lead every list back to a review page."""

import pytest
from django.urls import reverse

from deals.models import ImportBatch, ImportItem
from tests.factories import ArticleFactory, EventFactory, MentionFactory
from tests.imports.editor_helpers import editor


def _drafts(article, *confidences):
    return [
        MentionFactory(article=article, event=EventFactory(review_state="draft", confidence=c)).event
        for c in confidences
    ]


@pytest.fixture
def queue(db):
    sure = ArticleFactory(title="Sure article")
    unsure = ArticleFactory(title="Unsure article")
    done = ArticleFactory(title="Reviewed article")
    _drafts(sure, 0.9, 0.8)
    _drafts(unsure, 0.2, 0.95, 0.7)
    MentionFactory(article=done, event=EventFactory(review_state="published"))
    return sure, unsure, done


def test_home_lists_articles_with_drafts_lowest_confidence_first_with_counts(client, queue):
    sure, unsure, done = queue
    client.force_login(editor())
    html = client.get(reverse("admin:index")).content.decode()
    assert "To review: 2 articles with drafts" in html
    review = reverse("admin:deals_article_review", args=[unsure.pk])
    assert html.index(review) < html.index(reverse("admin:deals_article_review", args=[sure.pk]))
    row = html[html.index(review) :].split("</tr>")[0]
    assert "<td>3</td>" in row and "0.20" in row
    assert reverse("admin:deals_article_review", args=[done.pk]) not in html


def test_article_list_change_page_event_list_and_batch_link_to_review(client, queue):
    sure, *_ = queue
    client.force_login(editor())
    review = reverse("admin:deals_article_review", args=[sure.pk])
    assert review in client.get(reverse("admin:deals_article_changelist")).content.decode()
    assert review in client.get(reverse("admin:deals_article_change", args=[sure.pk])).content.decode()
    event = sure.mentions.first().event
    assert f"{review}#event-{event.pk}" in client.get(reverse("admin:deals_event_changelist")).content.decode()
    assert (
        f"{review}#event-{event.pk}"
        in client.get(reverse("admin:deals_event_change", args=[event.pk])).content.decode()
    )
    batch = ImportBatch.objects.create(label="b", source="upload")
    ImportItem.objects.create(batch=batch, file_name="a.txt", text="x", status="done", article=sure)
    assert review in client.get(reverse("admin:deals_importbatch_change", args=[batch.pk])).content.decode()


def test_review_page_offers_the_next_article_once_every_draft_is_reviewed(client, queue):
    sure, unsure, done = queue
    client.force_login(editor())
    html = client.get(reverse("admin:deals_article_review", args=[done.pk])).content.decode()
    assert "Next article: Unsure article" in html
    assert "Next article" not in client.get(reverse("admin:deals_article_review", args=[sure.pk])).content.decode()
