"""Two editors on one card: the second is told, and what they typed is kept beside the saved version."""

import pytest
from django.urls import reverse

from deals.models import Event
from tests.factories import CompanyFactory
from tests.imports.builders import event, result
from tests.imports.editor_helpers import card_post_data, editor

TEXT = "SoftBank Group agreed to invest in Nvidia, people familiar said."


@pytest.mark.django_db
def test_a_losing_edit_is_kept_beside_the_saved_version_and_can_be_reapplied(client, softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    extractor.by_text["invest"] = lambda t: result(event(t, TEXT, counterparties=("Nvidia",)))
    first, second = editor("first"), editor("second")
    client.force_login(second)
    client.post(reverse("admin:deals_article_import"), {"text": TEXT, "published": "2024-07-10"})
    draft = Event.objects.get()
    url = reverse("admin:deals_article_review", args=[draft.mentions.get().article_id])
    stale_card = client.get(url).context["cards"][0]

    client.force_login(first)
    card = client.get(url).context["cards"][0]
    won = card_post_data(card, action="save", **{f"e{draft.pk}-status": "completed"})
    assert client.post(url, won).status_code == 302

    client.force_login(second)
    mine = card_post_data(stale_card, action="save", **{f"e{draft.pk}-summary": "My careful summary of the move."})
    response = client.post(url, mine)
    html = response.content.decode()
    assert response.status_code == 409
    assert "Saved meanwhile by first" in html
    assert "My careful summary of the move.</textarea>" in html
    draft.refresh_from_db()
    assert (draft.status, draft.summary) == ("completed", "")
    conflict = response.context["cards"][0]["conflict"]
    assert {"label": "Summary", "saved": "", "yours": "My careful summary of the move."} in conflict["differences"]

    # Save again: the card now carries the saved version's number, so the editor's values apply.
    again = card_post_data(response.context["cards"][0], action="save")
    assert client.post(url, again).status_code == 302
    draft.refresh_from_db()
    assert draft.summary == "My careful summary of the move."
