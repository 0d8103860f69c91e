"""The editor's day through the Django test client: import, review, correct, publish, reject, history."""

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.html import escape

from deals.extraction.sentences import split_sentences
from deals.models import Article, Company, Event
from tests.factories import CompanyFactory

from .builders import event, result, usd
from .editor_helpers import card_order, card_post_data, editor

SEED = Path(settings.BASE_DIR) / "fixtures" / "articles" / "001_d38a6fc719d6b211.txt"


def sentence_with(text: str, *words: str) -> str:
    return next(s.text for s in split_sentences(text) if all(w in s.text for w in words))


def three_drafts(text):
    """Three candidates quoting real sentences of the seed: a partnership, a purchase, a state pledge."""
    return result(
        event(
            text,
            sentence_with(text, "November 13th", "collaborate"),
            counterparties=("Nvidia",),
            kind="partnership",
            date=dt.date(2024, 11, 13),
            date_text="On November 13th",
            confidence=0.8,
        ),
        event(
            text,
            sentence_with(text, "Blackwell platform to build"),
            counterparties=("Nvidia",),
            kind="acquisition",
            amounts=(usd("500000000", text="$500 million"),),
            confidence=0.5,
        ),
        event(
            text,
            sentence_with(text, "10 trillion yen"),
            actor=None,
            counterparties=("Nvidia",),
            kind="commitment",
            confidence=0.3,
        ),
    )


@pytest.fixture
def seeded(softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    extractor.by_text["Jensen Huang"] = three_drafts
    return softbank


@pytest.mark.django_db
def test_editor_imports_reviews_corrects_publishes_and_rejects(client, seeded):
    user = editor()
    client.force_login(user)
    changelist = client.get(reverse("admin:deals_article_changelist"))
    assert reverse("admin:deals_article_import") in changelist.content.decode()

    upload = SimpleUploadedFile(SEED.name, SEED.read_bytes(), content_type="text/plain")
    response = client.post(
        reverse("admin:deals_article_import"), {"files": [upload], "title": "Nvidia and SoftBank", "outlet": "Example"}
    )
    article = Article.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "admin:deals_article_review", args=[article.pk]
    )
    assert article.published_on == dt.date(2024, 11, 14)  # stated in the text: "Update time : 2024-11-14"
    assert article.importer == user

    page = client.get(response["Location"])
    html = page.content.decode()
    partnership, purchase, pledge = (
        Event.objects.get(deal__kind=k) for k in ("partnership", "acquisition", "commitment")
    )
    assert card_order(html)[:3] == [pledge.pk, purchase.pk, partnership.pk]  # lowest confidence first
    quote = purchase.mentions.get().quote
    assert (
        f'<mark class="mention state-draft" data-events="{purchase.pk}" id="q{purchase.pk}">{escape(quote)}</mark>'
        in html
    )

    # Correct the purchase: month precision, and the amount was 600 million, not 500.
    card = next(c for c in page.context["cards"] if c["event"].pk == purchase.pk)
    data = card_post_data(
        card,
        action="save",
        **{
            f"e{purchase.pk}-date_precision": "month",
            f"a{purchase.pk}-0-low": "600000000",
            f"a{purchase.pk}-0-high": "600000000",
        },
    )
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 302, response.content.decode()[:2000]
    purchase.refresh_from_db()
    assert (purchase.date, purchase.date_precision, purchase.edited_by_editor) == (dt.date(2024, 11, 1), "month", True)
    amount = purchase.amounts.get()
    assert (amount.low, amount.usd_low) == (Decimal(600000000), Decimal(600000000))

    # Publish two, reject one.
    page = client.get(reverse("admin:deals_article_review", args=[article.pk]))
    for target in (partnership, purchase):
        card = next(c for c in page.context["cards"] if c["event"].pk == target.pk)
        assert client.post(page.request["PATH_INFO"], card_post_data(card, action="publish")).status_code == 302
    card = next(c for c in page.context["cards"] if c["event"].pk == pledge.pk)
    assert client.post(page.request["PATH_INFO"], card_post_data(card, action="reject")).status_code == 302
    states = dict(Event.objects.values_list("pk", "review_state"))
    assert states == {partnership.pk: "published", purchase.pk: "published", pledge.pk: "rejected"}

    # The public side: the published ones on the pages and in the API, the rejected one nowhere.
    client.logout()
    api = client.get("/api/v1/events/").json()
    ids = {row["id"] for row in api.get("results", api)}
    assert {partnership.pk, purchase.pk} <= ids and pledge.pk not in ids
    home = client.get("/").content.decode()
    assert f'id="event-{partnership.pk}"' in home and f'id="event-{purchase.pk}"' in home
    assert f'id="event-{pledge.pk}"' not in home
    assert client.get(reverse("deal-detail", args=[pledge.deal_id])).status_code == 404

    # History: who changed what.
    latest, *older = purchase.history.all()
    assert latest.history_user == user and latest.review_state == "published"
    precision_change = next(h for h in older if h.date_precision == "month")
    assert precision_change.history_user == user
    assert "date_precision" in {c.field for c in precision_change.diff_against(precision_change.prev_record).changes}
    client.force_login(user)
    history_page = client.get(reverse("admin:deals_event_history", args=[purchase.pk])).content.decode()
    assert user.username in history_page


@pytest.mark.django_db
def test_review_page_escapes_article_text(client, seeded, extractor):
    text = 'Acme <script>alert("x")</script> agreed to invest in Nvidia. <img src=x onerror=alert(1)>'
    extractor.by_text["Acme"] = lambda t: result(
        event(
            t, 'Acme <script>alert("x")</script> agreed to invest in Nvidia.', actor="Acme", counterparties=("Nvidia",)
        )
    )
    client.force_login(editor())
    response = client.post(reverse("admin:deals_article_import"), {"text": text, "published": "2024-11-14"})
    html = client.get(response["Location"]).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<img src=x" not in html


@pytest.mark.django_db
def test_editor_adds_a_missed_event_by_choosing_its_sentence(client, seeded, extractor):
    client.force_login(editor())
    text = "SoftBank Group bought a stake in Nvidia in 2019. Nothing else happened."
    response = client.post(reverse("admin:deals_article_import"), {"text": text, "published": "2024-11-14"})
    page = client.get(response["Location"])
    choices = dict(page.context["add_form"].fields["sentence"].choices)
    span = next(k for k, v in choices.items() if "Nvidia" in v)
    nvidia = Company.objects.get(name="Nvidia")
    response = client.post(
        page.request["PATH_INFO"],
        {
            "action": "add",
            "add-sentence": span,
            "add-kind": "investment",
            "add-status": "completed",
            "add-date": "2019-06-30",
            "add-date_precision": "year",
            "add-actor": seeded.pk,
            "add-counterparties": [nvidia.pk],
        },
    )
    assert response.status_code == 302
    added = Event.objects.get()
    assert (added.date, added.date_precision, added.review_state, added.edited_by_editor) == (
        dt.date(2019, 1, 1),
        "year",
        "draft",
        True,
    )
    assert added.mentions.get().quote == "SoftBank Group bought a stake in Nvidia in 2019."
    assert {p.company.name for p in added.deal.parties.all()} == {"SoftBank Group", "Nvidia"}


@pytest.mark.django_db
def test_a_stale_review_form_is_refused(client, seeded):
    client.force_login(editor())
    response = client.post(reverse("admin:deals_article_import"), {"text": SEED.read_text(), "published": "2024-11-14"})
    page = client.get(response["Location"])
    card = page.context["cards"][0]
    Event.objects.filter(pk=card["event"].pk).update(version=99, status="cancelled")  # someone else saved meanwhile
    response = client.post(page.request["PATH_INFO"], card_post_data(card, action="publish"), follow=True)
    assert "changed by someone else" in response.content.decode()
    assert Event.objects.get(pk=card["event"].pk).review_state == "draft"


@pytest.mark.django_db
def test_a_user_without_editor_rights_cannot_import_or_review(client, seeded):
    from tests.factories import UserFactory

    client.force_login(UserFactory(is_staff=True))
    assert client.get(reverse("admin:deals_article_import")).status_code == 403
    assert (
        client.post(reverse("admin:deals_article_import"), {"text": "x", "published": "2024-11-14"}).status_code == 403
    )
    assert not Article.objects.exists()
