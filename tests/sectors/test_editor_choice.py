"""An editor sets a move's AI flag in the admin: the front page, the feed and the API follow, and a re-import of
the same articles keeps the editor's choice."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from deals.models import Company, CompanySector, Deal, Sector
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(db):
    call_command("load_companies", stdout=io.StringIO())
    call_command("import_articles", "--metadata", "fixtures/articles.json", "--publish", stdout=io.StringIO())
    cache.clear()


@pytest.fixture
def editor_client():
    """Signed in, beside the anonymous reader's `client`."""
    editor = Client()
    editor.force_login(UserFactory(username="editor", is_staff=True, is_superuser=True))
    return editor


def change_form_data(response) -> dict:
    """What the admin change form would send back untouched: its fields and its inlines' existing rows."""
    data = {}

    def add(form):
        for name in form.fields:
            value = form[name].value()
            if value is None or value is False:
                continue
            data[form.add_prefix(name)] = "on" if value is True else value

    add(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        prefix = formset.management_form.prefix
        data[f"{prefix}-TOTAL_FORMS"] = data[f"{prefix}-INITIAL_FORMS"] = len(formset.initial_forms)
        for form in formset.initial_forms:
            add(form)
    return data


def flip_in_admin(client, deal: Deal, *, is_ai: bool) -> None:
    url = reverse("admin:deals_deal_change", args=[deal.pk])
    data = change_form_data(client.get(url))
    data.pop("is_ai", None)
    if is_ai:
        data["is_ai"] = "on"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]


def shown(client, url: str, event_ids: set[int]) -> bool:
    html = client.get(url).content.decode()
    on_page = {int(n) for n in re.findall(r'id="event-(\d+)"', html)}
    return bool(on_page & event_ids)


def in_feed(client, event_ids: set[int], query: str = "") -> bool:
    xml = client.get("/feed/" + query).content.decode()
    return any(f"dealtracker-event-{pk}<" in xml for pk in event_ids)


def in_api(event_ids: set[int]) -> bool:
    rows = APIClient().get("/api/v1/events/", {"ai": "true", "page_size": 200}).json()["results"]
    return bool({row["id"] for row in rows} & event_ids)


def reimport():
    call_command("import_articles", "--metadata", "fixtures/articles.json", "--publish", stdout=io.StringIO())
    cache.clear()


def test_an_editor_makes_a_sale_an_ai_move_and_the_pages_feed_and_api_follow_through_a_reimport(
    seeded, client, editor_client
):
    sale = Deal.objects.get(kind="divestment", parties__company__slug="alibaba")
    events = set(sale.events.values_list("pk", flat=True))
    assert not sale.is_ai
    assert not shown(client, "/", events) and shown(client, "/?scope=all", events)
    assert not in_feed(client, events) and in_feed(client, events, "?scope=all")
    assert not in_api(events)

    flip_in_admin(editor_client, sale, is_ai=True)
    sale.refresh_from_db()
    assert (sale.is_ai, sale.ai_set_by_editor, sale.ai_reason) == (True, True, "set by editor")
    assert shown(client, "/", events) and in_feed(client, events) and in_api(events)

    reimport()
    sale.refresh_from_db()
    assert sale.is_ai and sale.ai_set_by_editor
    assert shown(client, "/", events) and in_feed(client, events) and in_api(events)


def test_an_editor_takes_a_move_off_the_ai_chronology_and_a_reimport_keeps_it_off(seeded, client, editor_client):
    robots = Deal.objects.get(parties__company__slug="berkshire-grey")
    events = set(robots.events.values_list("pk", flat=True))
    assert robots.is_ai and shown(client, "/", events)

    flip_in_admin(editor_client, robots, is_ai=False)
    assert not shown(client, "/", events) and shown(client, "/?scope=all", events)
    assert not in_feed(client, events) and not in_api(events)

    reimport()
    robots.refresh_from_db()
    assert (robots.is_ai, robots.ai_set_by_editor) == (False, True)
    assert not shown(client, "/", events)


def test_handing_the_flag_back_to_the_rule_decides_it_again(seeded, editor_client):
    robots = Deal.objects.get(parties__company__slug="berkshire-grey")
    flip_in_admin(editor_client, robots, is_ai=False)
    url = reverse("admin:deals_deal_change", args=[robots.pk])
    data = change_form_data(editor_client.get(url))
    data.pop("ai_set_by_editor")
    assert editor_client.post(url, data).status_code == 302
    robots.refresh_from_db()
    assert (robots.is_ai, robots.ai_set_by_editor, robots.ai_reason) == (True, False, "Berkshire Grey is in Robotics")


def test_an_editor_flips_the_flag_on_the_review_page(seeded, client, editor_client):
    sale = Deal.objects.get(kind="divestment", parties__company__slug="alibaba")
    events = set(sale.events.values_list("pk", flat=True))
    article = sale.events.first().mentions.first().article
    review = reverse("admin:deals_article_review", args=[article.pk])
    html = editor_client.get(review).content.decode()
    action = reverse("admin:deals_deal_ai_flag", args=[sale.pk])
    form = re.search(rf'<form method="post" action="{action}" class="ai-flag">(.*?)</form>', html, flags=re.S)
    assert form and "Not an AI move: a sale of nothing in an AI sector" in " ".join(form.group(1).split())
    assert 'name="is_ai" value="true"' in form.group(1)

    response = editor_client.post(action, {"is_ai": "true", "next": f"{review}#event-{min(events)}"})
    assert response.status_code == 302 and response["Location"] == f"{review}#event-{min(events)}"
    sale.refresh_from_db()
    assert sale.is_ai and sale.ai_set_by_editor
    assert shown(client, "/", events) and in_feed(client, events) and in_api(events)
    assert "AI move (an editor’s choice)" in " ".join(editor_client.get(review).content.decode().split())

    reimport()
    assert Deal.objects.get(pk=sale.pk).is_ai and shown(client, "/", events)


def test_the_review_page_flag_refuses_readers_and_foreign_redirects(seeded, client, editor_client):
    deal = Deal.objects.get(parties__company__slug="berkshire-grey")
    action = reverse("admin:deals_deal_ai_flag", args=[deal.pk])
    assert client.post(action, {"is_ai": "false"}).status_code == 302  # to the sign-in page
    assert Deal.objects.get(pk=deal.pk).is_ai
    assert editor_client.get(action).status_code == 405
    response = editor_client.post(action, {"is_ai": "false", "next": "https://elsewhere.example/"})
    assert response["Location"] == reverse("admin:deals_deal_change", args=[deal.pk])
    assert not Deal.objects.get(pk=deal.pk).is_ai


def test_refiling_a_company_in_the_admin_decides_its_moves_again(seeded, client, editor_client):
    alibaba = Company.objects.get(slug="alibaba")
    sale = Deal.objects.get(kind="divestment", parties__company=alibaba)
    url = reverse("admin:deals_company_change", args=[alibaba.pk])
    page = editor_client.get(url)
    data = change_form_data(page)
    inline = next(i.formset for i in page.context["inline_admin_formsets"] if i.formset.model is CompanySector)
    prefix, n = inline.prefix, len(inline.initial_forms)
    data[f"{prefix}-TOTAL_FORMS"] = n + 1
    data[f"{prefix}-{n}-sector"] = Sector.objects.get(slug="ai-models").pk
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]

    sale.refresh_from_db()
    assert (sale.is_ai, sale.ai_reason) == (True, "Alibaba is in AI models and software")
    assert shown(client, "/", set(sale.events.values_list("pk", flat=True)))
