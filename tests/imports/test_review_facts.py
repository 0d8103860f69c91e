"""The review page edits every fact a headline is built from: object, party roles, amount roles, date basis;
previews the headline with the same rules; and takes a place or a word off a deal for good."""

import datetime as dt

import pytest
from django.urls import reverse

from deals.models import CompanyAlias, Deal, Event
from deals.services.gazetteer import build_gazetteer
from tests.factories import CompanyFactory

from .builders import event, result, usd
from .editor_helpers import card_post_data, editor

TEXT = "SoftBank Group is in talks to secure Nvidia GPUs, with help from the Etats-Unis, reports said."
SENTENCE = TEXT


@pytest.fixture
def draft(client, softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    extractor.by_text["secure Nvidia"] = lambda t: result(
        event(
            t,
            SENTENCE,
            kind="acquisition",
            status="rumored",
            counterparties=("Nvidia", "Unis"),
            date_text=None,
            object_type="company",
            roles=(("Nvidia", "target"), ("Unis", "target")),
            amounts=(usd("1000000000", text="$1 billion"),),
        )
    )
    client.force_login(editor())
    response = client.post(reverse("admin:deals_article_import"), {"text": TEXT, "published": "2024-07-10"})
    assert response.status_code == 302
    return Event.objects.get()


def card_for(client, draft):
    page = client.get(reverse("admin:deals_article_review", args=[draft.mentions.get().article_id]))
    assert page.status_code == 200
    return page, next(c for c in page.context["cards"] if c["event"].pk == draft.pk)


@pytest.mark.django_db
def test_the_card_shows_and_saves_object_roles_amount_roles_and_basis(client, draft):
    page, card = card_for(client, draft)
    nvidia = Deal.objects.get().parties.get(company__name="Nvidia").company
    assert card["headline"] == "SoftBank Group in talks to acquire Nvidia and Unis for $1B"
    html = page.content.decode()
    for name in ("object_type", "object_label", "date_basis", f"role_{nvidia.pk}"):
        assert f'name="e{draft.pk}-{name}"' in html, name
    assert f'name="a{draft.pk}-0-role"' in html

    data = card_post_data(
        card,
        action="save",
        **{
            f"e{draft.pk}-object_type": "goods",
            f"e{draft.pk}-object_label": "GPUs",
            f"e{draft.pk}-role_{nvidia.pk}": "seller",
            f"e{draft.pk}-date_basis": "stated",
            f"a{draft.pk}-0-role": "total",
        },
    )
    assert client.post(page.request["PATH_INFO"], data).status_code == 302

    deal = Deal.objects.get()
    draft.refresh_from_db()
    assert (deal.object_type, deal.object_label) == ("goods", "GPUs")
    assert deal.parties.get(company=nvidia).role == "seller"
    assert draft.date_basis == "stated" and draft.edited_by_editor
    assert list(draft.amounts.values_list("role", flat=True)) == ["total"]


@pytest.mark.django_db
def test_the_preview_applies_the_headline_rules_to_unsaved_values(client, draft):
    page, card = card_for(client, draft)
    nvidia = Deal.objects.get().parties.get(company__name="Nvidia").company
    unis = Deal.objects.get().parties.get(company__name="Unis").company
    data = card_post_data(
        card,
        **{
            f"e{draft.pk}-object_type": "goods",
            f"e{draft.pk}-object_label": "GPUs",
            f"e{draft.pk}-role_{nvidia.pk}": "seller",
            f"e{draft.pk}-counterparties": [str(nvidia.pk)],
            f"e{draft.pk}-status": "announced",
        },
    )
    url = reverse("admin:deals_article_review_preview", args=[draft.mentions.get().article_id])
    response = client.post(url, data)
    assert response.json() == {"headline": "SoftBank Group to buy Nvidia GPUs for $1B"}
    assert Deal.objects.get().object_type == "company"  # nothing saved
    assert unis.pk in [p.company_id for p in Deal.objects.get().parties.all()]


@pytest.mark.django_db
def test_a_word_is_taken_off_the_deal_and_never_extracted_again(client, draft, extractor):
    page, card = card_for(client, draft)
    unis = Deal.objects.get().parties.get(company__name="Unis").company
    response = client.post(page.request["PATH_INFO"], {"event": str(draft.pk), "not_company": str(unis.pk)})
    assert response.status_code == 302

    deal = Deal.objects.get()
    assert "Unis" not in [p.company.name for p in deal.parties.all()]
    assert CompanyAlias.objects.get(company=unis).not_a_company
    assert "Unis" not in {entry.name for entry in build_gazetteer().entries}
    # The next article naming it again: no party "Unis".
    other = "SoftBank Group plans a data centre in the Etats-Unis with OpenAI, it said on 2 July."
    extractor.by_text["data centre"] = lambda t: result(
        event(t, other, kind="joint_venture", counterparties=("OpenAI", "Unis"), date=dt.date(2024, 7, 2))
    )
    client.post(reverse("admin:deals_article_import"), {"text": other, "published": "2024-07-10"})
    venture = Deal.objects.get(kind="joint_venture")
    assert sorted(p.company.name for p in venture.parties.all()) == ["OpenAI", "SoftBank Group"]
