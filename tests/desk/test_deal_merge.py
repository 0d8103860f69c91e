"""Merging two deals: a preview of what moves where first, the merge on confirmation, an undo from the history."""

import pytest
from django.urls import reverse

from deals.models import Deal, DealMerge, DealParty, Event
from tests.factories import CompanyFactory, DealFactory, DealPartyFactory, EventFactory
from tests.imports.editor_helpers import editor


@pytest.fixture
def two_deals(db, softbank):
    nvidia, arm = CompanyFactory(name="Nvidia", slug="nvidia"), CompanyFactory(name="Arm", slug="arm")
    keep, merge = DealFactory(summary="Kept."), DealFactory(summary="Merged.")
    for deal in (keep, merge):
        DealPartyFactory(deal=deal, company=softbank, role="actor")
    DealPartyFactory(deal=keep, company=nvidia, role="target")
    DealPartyFactory(deal=merge, company=arm, role="target")
    kept_event = EventFactory(deal=keep, summary="first report")
    moved = EventFactory(deal=merge, summary="second report")
    return keep, merge, kept_event, moved


def test_the_action_shows_a_preview_and_merges_only_on_confirmation(client, two_deals):
    keep, merge, kept_event, moved = two_deals
    client.force_login(editor())
    response = client.post(
        reverse("admin:deals_deal_changelist"),
        {"action": "merge_deals", "_selected_action": [keep.pk, merge.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "check what moves where" in html
    assert "second report" in html and "Arm (Target)" in html
    assert Deal.objects.filter(pk=merge.pk).exists()  # nothing merged yet

    client.post(reverse("admin:deals_deal_merge"), {"keep": keep.pk, "merge": merge.pk})
    assert not Deal.objects.filter(pk=merge.pk).exists()
    moved.refresh_from_db()
    assert moved.deal_id == keep.pk
    assert {(p.company.name, p.role) for p in keep.parties.all()} >= {("Nvidia", "target"), ("Arm", "target")}


def test_a_merge_is_undone_from_the_kept_deals_history(client, two_deals):
    keep, merge, kept_event, moved = two_deals
    merged_pk = merge.pk
    client.force_login(editor())
    client.post(reverse("admin:deals_deal_merge"), {"keep": keep.pk, "merge": merge.pk})
    history = client.get(reverse("admin:deals_deal_history", args=[keep.pk])).content.decode()
    assert f"deal #{merged_pk}: 1 event, 1 party gained" in history and "Undo this merge" in history
    undo = reverse("admin:deals_deal_merge_undo", args=[DealMerge.objects.get().pk])
    assert f'action="{undo}"' in history
    response = client.post(undo)
    assert response.status_code == 302
    restored = Deal.objects.get(pk=merged_pk)
    assert restored.summary == "Merged."
    assert list(Event.objects.filter(deal=restored)) == [moved]
    assert {(p.company.name, p.role) for p in restored.parties.all()} == {
        ("SoftBank Group", "actor"),
        ("Arm", "target"),
    }
    keep.refresh_from_db()
    assert keep.summary == "Kept."
    assert not DealParty.objects.filter(deal=keep, company__name="Arm").exists()
    assert "undone" in client.get(reverse("admin:deals_deal_history", args=[keep.pk])).content.decode()


def test_the_deal_list_shows_dates_and_amounts_to_spot_duplicates_by(client, two_deals):
    from tests.factories import AmountFactory

    keep, merge, kept_event, moved = two_deals
    AmountFactory(event=moved)
    client.force_login(editor())
    html = client.get(reverse("admin:deals_deal_changelist")).content.decode()
    assert "$500,000,000" in html and "Nov. 14, 2024" in html
