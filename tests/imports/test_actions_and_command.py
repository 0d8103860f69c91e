"""Bulk actions, merges and the import_articles command."""

import datetime as dt
import json

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from deals.models import Article, Company, CompanyAlias, Deal, DealParty, Event
from deals.services.merging import merge_companies, merge_deals
from tests.factories import (
    CompanyAliasFactory,
    CompanyFactory,
    DealFactory,
    DealPartyFactory,
    EventFactory,
    MentionFactory,
)

from .builders import event, result
from .editor_helpers import editor


@pytest.mark.django_db
def test_bulk_publish_and_reject_from_the_event_changelist(client):
    drafts = [EventFactory(review_state="draft") for _ in range(3)]
    user = editor()
    client.force_login(user)
    url = reverse("admin:deals_event_changelist")
    client.post(url, {"action": "publish_events", "_selected_action": [drafts[0].pk, drafts[1].pk]})
    client.post(url, {"action": "reject_events", "_selected_action": [drafts[2].pk]})
    states = dict(Event.objects.values_list("pk", "review_state"))
    assert [states[d.pk] for d in drafts] == ["published", "published", "rejected"]
    assert Event.objects.get(pk=drafts[0].pk).reviewed_by == user


@pytest.mark.django_db
def test_merging_companies_moves_aliases_parties_units_and_records_history(client):
    openai = CompanyFactory(name="OpenAI", slug="openai", verified=True)
    dup = CompanyFactory(name="Open AI Inc", slug="open-ai-inc", verified=False, website="https://openai.com")
    CompanyAliasFactory(company=dup, alias="OpenAI Inc.")
    unit = CompanyFactory(name="OpenAI Startup Fund", slug="oasf", parent=dup)
    deal = DealFactory()
    DealPartyFactory(deal=deal, company=dup, role="target")
    DealPartyFactory(deal=deal, company=openai, role="target")  # the same role twice after the merge: kept once
    other = DealPartyFactory(company=dup, role="partner")
    user = editor()
    client.force_login(user)

    client.post(
        reverse("admin:deals_company_changelist"),
        {"action": "merge_companies", "_selected_action": [openai.pk, dup.pk]},
    )

    assert not Company.objects.filter(pk=dup.pk).exists()
    assert set(CompanyAlias.objects.filter(company=openai).values_list("alias", flat=True)) >= {
        "OpenAI Inc.",
        "Open AI Inc",
    }
    assert list(DealParty.objects.filter(deal=deal).values_list("company_id", "role")) == [(openai.pk, "target")]
    assert DealParty.objects.get(pk=other.pk).company == openai
    unit.refresh_from_db()
    openai.refresh_from_db()
    assert unit.parent == openai and openai.website == "https://openai.com"
    deletion = Company.history.filter(id=dup.pk, history_type="-").get()
    assert deletion.history_user == user and "merged Open AI Inc" in deletion.history_change_reason


@pytest.mark.django_db
def test_merging_deals_moves_events_and_parties():
    keep, merge = DealFactory(), DealFactory()
    a = CompanyFactory()
    DealPartyFactory(deal=merge, company=a, role="partner")
    moved = EventFactory(deal=merge)
    MentionFactory(event=moved)
    merge_deals(keep=keep, merge=merge, user=None)
    assert not Deal.objects.filter(pk=merge.pk).exists()
    assert Event.objects.get(pk=moved.pk).deal == keep and keep.parties.get().company == a
    with pytest.raises(Exception, match="two different"):
        merge_companies(keep=a, merge=a, user=None)


@pytest.mark.django_db
def test_reextract_action_keeps_reviewed_events(client, softbank, extractor):
    CompanyFactory(name="Nvidia", slug="nvidia")
    text = "SoftBank Group will invest in Nvidia, it said."
    extractor.by_text["will invest"] = lambda t: result(event(t, text, counterparties=("Nvidia",)))
    from deals.services.imports import article_import

    article = article_import(text=text, published=dt.date(2024, 11, 14), language="en").article
    Event.objects.update(review_state="published")
    extractor.by_text["will invest"] = result()
    client.force_login(editor())
    client.post(
        reverse("admin:deals_article_changelist"), {"action": "reextract_articles", "_selected_action": [article.pk]}
    )
    assert Event.objects.get().review_state == "published"


@pytest.mark.django_db
def test_import_articles_command_is_idempotent_and_reports(tmp_path, softbank, extractor, capsys):
    CompanyFactory(name="Nvidia", slug="nvidia")
    (tmp_path / "a.txt").write_text("SoftBank Group will invest in Nvidia, it said.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("Update time : 2024-11-14 18:17:38\nNothing to see.\n", encoding="utf-8")
    metadata = tmp_path / "articles.json"
    metadata.write_text(
        json.dumps([{"file": "a.txt", "language": "en", "published": "2024-11-12", "title": "A", "url": None}])
    )
    extractor.by_text["will invest"] = lambda t: result(
        event(t, "SoftBank Group will invest in Nvidia, it said.", counterparties=("Nvidia",))
    )

    call_command("import_articles", "--metadata", str(metadata), "--publish")
    first = capsys.readouterr().out
    assert "Articles: 1 created" in first and "Events: 1 created" in first and "1 published" in first
    call_command("import_articles", str(tmp_path / "b.md"))  # its date is stated in the text
    call_command("import_articles", "--metadata", str(metadata), "--publish")
    again = capsys.readouterr().out
    assert "Articles: 0 created, 1 already there" in again.splitlines()[-3] and "Events: 0 created" in again
    assert Article.objects.count() == 2 and Event.objects.count() == 1
    assert Article.objects.get(title="A").published_on == dt.date(2024, 11, 12)
    assert Article.objects.exclude(title="A").get().published_on == dt.date(2024, 11, 14)

    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 10)
    with pytest.raises(CommandError, match="1 of 1 files"):
        call_command("import_articles", str(tmp_path / "bin.txt"))
    assert "bin.txt: this is a binary file" in capsys.readouterr().err


@pytest.mark.django_db
def test_the_editors_group_can_import_review_and_edit_but_not_delete():
    from django.contrib.auth.models import Group

    perms = set(Group.objects.get(name="Editors").permissions.values_list("codename", flat=True))
    assert {"add_article", "change_event", "change_company", "change_deal", "view_mention"} <= perms
    assert {"change_amount", "change_dealparty"} <= perms  # a wrong amount or party is corrected as an edit
    assert not {p for p in perms if p.startswith("delete_")}
