"""The review page moves an event to another deal; it also removes a wrong amount or party without delete rights."""

import datetime as dt

import pytest
from django.urls import reverse

from deals.models import Article, Company, Deal, DealParty, Event
from tests.factories import ArticleFactory, CompanyFactory, DealFactory, DealPartyFactory, EventFactory, MentionFactory

from .builders import event, result, usd
from .editor_helpers import card_post_data, editor

TEXT = (
    "SoftBank Group said on Thursday it had put a further $500 million into OpenAI, the ChatGPT maker. "
    "The company gave no other details."
)
SENTENCE = "SoftBank Group said on Thursday it had put a further $500 million into OpenAI, the ChatGPT maker."


@pytest.fixture
def openai(softbank):
    return CompanyFactory(name="OpenAI", slug="openai")


def import_draft(client, extractor) -> Event:
    """The second article's move, imported through the admin; with no deal yet it lands on a new one."""
    extractor.by_text["further $500 million"] = lambda t: result(
        event(t, SENTENCE, counterparties=("OpenAI",), amounts=(usd("500000000", text="$500 million"),))
    )
    response = client.post(reverse("admin:deals_article_import"), {"text": TEXT, "published": "2024-11-14"})
    assert response.status_code == 302, response.content.decode()[:2000]
    return Event.objects.get(mentions__article__text__contains="further $500 million")


def existing_deal(*, actor: Company, target: Company) -> tuple[Deal, Event]:
    """A deal already on the site, with a published event sourced by another article."""
    deal = DealFactory(kind="investment", headline="SoftBank invests in OpenAI")
    DealPartyFactory(deal=deal, company=actor, role="actor")
    DealPartyFactory(deal=deal, company=target, role="target")
    published = EventFactory(deal=deal, date=dt.date(2024, 10, 2), status="completed")
    source = ArticleFactory(text="SoftBank Group invested $500 million in OpenAI's funding round. More later.")
    MentionFactory(event=published, article=source)
    return deal, published


def review_card(client, article: Article, target: Event):
    page = client.get(reverse("admin:deals_article_review", args=[article.pk]))
    assert page.status_code == 200
    return page, next(c for c in page.context["cards"] if c["event"].pk == target.pk)


@pytest.mark.django_db
def test_editor_moves_a_draft_to_the_existing_deal_it_belongs_to(client, openai, softbank, extractor):
    user = editor()
    client.force_login(user)
    draft = import_draft(client, extractor)
    new_deal = draft.deal
    deal, published = existing_deal(actor=softbank, target=openai)
    assert new_deal.pk != deal.pk
    companies_before = Company.objects.count()

    page, card = review_card(client, draft.mentions.get().article, draft)
    assert str(deal.pk) in dict(card["form"].fields["deal"].choices)  # offered: it shares the parties
    data = card_post_data(card, action="publish", **{f"e{draft.pk}-deal": str(deal.pk)})
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 302, response.content.decode()[:2000]

    draft.refresh_from_db()
    assert draft.deal_id == deal.pk and draft.review_state == "published"
    assert not Deal.objects.filter(pk=new_deal.pk).exists()  # its only event left: no empty deal lingers
    assert set(deal.events.values_list("pk", flat=True)) == {published.pk, draft.pk}
    # The same two parties, once each: the move brought no copies of SoftBank or OpenAI.
    parties = sorted(DealParty.objects.values_list("deal_id", "company__name", "role"))
    assert parties == [(deal.pk, "OpenAI", "target"), (deal.pk, "SoftBank Group", "actor")]
    assert Company.objects.count() == companies_before

    client.logout()
    html = client.get(reverse("deal-detail", args=[deal.pk])).content.decode()
    assert f'id="event-{draft.pk}"' in html and f'id="event-{published.pk}"' in html
    assert client.get(reverse("deal-detail", args=[new_deal.pk])).status_code == 404

    moved = next(h for h in draft.history.order_by("history_date", "history_id") if h.deal_id == deal.pk)
    assert moved.history_user == user and moved.prev_record.deal_id == new_deal.pk
    assert "deal" in {c.field for c in moved.diff_against(moved.prev_record).changes}


def move(client, draft: Event, deal: Deal) -> None:
    page, card = review_card(client, draft.mentions.get().article, draft)
    response = client.post(
        page.request["PATH_INFO"], card_post_data(card, action="save", **{f"e{draft.pk}-deal": str(deal.pk)})
    )
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.mark.django_db
def test_the_history_page_of_a_moved_event_shows_who_moved_it(client, openai, softbank, extractor):
    user = editor()
    client.force_login(user)
    draft = import_draft(client, extractor)
    deal, _published = existing_deal(actor=softbank, target=openai)
    move(client, draft, deal)
    response = client.get(reverse("admin:deals_event_history", args=[draft.pk]))
    assert response.status_code == 200 and user.username in response.content.decode()


@pytest.mark.django_db
def test_moving_an_event_leaves_the_other_deals_parties_as_they_were(client, openai, softbank, extractor):
    client.force_login(editor())
    draft = import_draft(client, extractor)
    nvidia = CompanyFactory(name="Nvidia", slug="nvidia")
    deal, published = existing_deal(actor=softbank, target=nvidia)
    move(client, draft, deal)
    assert Event.objects.get(pk=draft.pk).deal_id == deal.pk
    # The deal's published event still tells of SoftBank and Nvidia, as its source says.
    assert sorted(deal.parties.values_list("company__name", "role")) == [
        ("Nvidia", "target"),
        ("SoftBank Group", "actor"),
    ]


@pytest.mark.django_db
def test_editor_without_delete_rights_removes_a_wrong_amount_and_party_on_the_review_page(
    client, openai, softbank, extractor
):
    """Editors hold no delete permission: correcting an event's amounts and parties is an edit of the event."""
    user = editor()
    assert not [p for p in user.get_all_permissions() if p.split(".")[1].startswith("delete_")]
    client.force_login(user)
    nvidia = CompanyFactory(name="Nvidia", slug="nvidia")
    draft = import_draft(client, extractor)
    DealPartyFactory(deal=draft.deal, company=nvidia, role="target")  # the extractor's wrong extra party

    page, card = review_card(client, draft.mentions.get().article, draft)
    data = card_post_data(
        card,
        action="save",
        **{
            f"a{draft.pk}-0-DELETE": "on",
            f"e{draft.pk}-counterparties": [str(openai.pk)],
        },
    )
    response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 302, response.content.decode()[:2000]

    draft.refresh_from_db()
    assert not draft.amounts.exists()
    assert sorted(draft.deal.parties.values_list("company__name", "role")) == [
        ("OpenAI", "target"),
        ("SoftBank Group", "actor"),
    ]
    assert Company.objects.filter(name="Nvidia").exists()  # only its place in this deal went
    assert draft.edited_by_editor
