"""Every change to an event's amounts and its deal's parties shows on the event's history page, with its author."""

import pytest
from django.urls import reverse

from deals.models import Event
from tests.factories import CompanyFactory
from tests.imports.builders import event, result, usd
from tests.imports.editor_helpers import card_post_data, editor

TEXT = "SoftBank Group agreed to invest $6.5 billion in Nvidia, people familiar said."


@pytest.mark.django_db
def test_deleting_an_amount_and_changing_the_actor_show_in_the_event_history(client, softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    vision = CompanyFactory(name="Vision Fund", slug="vision-fund")
    extractor.by_text["invest"] = lambda t: result(
        event(t, TEXT, counterparties=("Nvidia",), amounts=(usd("6500000000", text="$6.5 billion"),))
    )
    user = editor("ana")
    client.force_login(user)
    client.post(reverse("admin:deals_article_import"), {"text": TEXT, "published": "2024-07-10"})
    draft = Event.objects.get()
    page = client.get(reverse("admin:deals_article_review", args=[draft.mentions.get().article_id]))
    card = page.context["cards"][0]
    data = card_post_data(
        card,
        action="save",
        **{f"a{draft.pk}-0-DELETE": "on", f"e{draft.pk}-actor": str(vision.pk)},
    )
    assert client.post(page.request["PATH_INFO"], data).status_code == 302

    html = client.get(reverse("admin:deals_event_history", args=[draft.pk])).content.decode()
    related = html[html.index('id="related-history"') :]
    rows = [row for row in related.split("<tr>")[2:]]
    assert any("ana" in r and "Amount deleted" in r and "6,500,000,000 USD" in r for r in rows), rows
    assert any("ana" in r and "Party added" in r and "Vision Fund as actor" in r for r in rows), rows
    assert any("ana" in r and "Party deleted" in r and "SoftBank Group as actor" in r for r in rows), rows


@pytest.mark.django_db
def test_a_first_review_reads_as_set_not_as_a_deleted_user(client, softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    extractor.by_text["invest"] = lambda t: result(event(t, TEXT, counterparties=("Nvidia",)))
    client.force_login(editor("ana"))
    client.post(reverse("admin:deals_article_import"), {"text": TEXT, "published": "2024-07-10"})
    draft = Event.objects.get()
    page = client.get(reverse("admin:deals_article_review", args=[draft.mentions.get().article_id]))
    assert (
        client.post(page.request["PATH_INFO"], card_post_data(page.context["cards"][0], action="publish")).status_code
        == 302
    )
    html = client.get(reverse("admin:deals_event_history", args=[draft.pk])).content.decode()
    assert "Reviewed by" in html and "ana" in html
    assert "Deleted user" not in html
