"""The real extractor on the seed articles: idempotent import, and a later report joins the known move."""

import datetime as dt
import json
from pathlib import Path

import pytest
from django.conf import settings

from deals.models import Article, Company, Deal, Event, Mention
from deals.services.company_file import load_companies
from deals.services.imports import article_import

FIXTURES = Path(settings.BASE_DIR) / "fixtures"
pytestmark = pytest.mark.slow


def import_seeds(**kwargs):
    for entry in json.loads((FIXTURES / "articles.json").read_text(encoding="utf-8")):
        article_import(
            text=(FIXTURES / entry["file"]).read_text(encoding="utf-8"),
            published=dt.date.fromisoformat(entry["published"]),
            language=entry["language"],
            title=entry["title"],
            outlet=entry.get("outlet") or "",
            **kwargs,
        )


def snapshot():
    return sorted(
        Event.objects.values_list("pk", "deal_id", "date", "date_precision", "status", "review_state", "version")
    )


@pytest.mark.django_db
def test_seeds_import_once_and_reimport_changes_nothing():
    load_companies()
    import_seeds()
    assert Article.objects.count() == 5 and Event.objects.filter(review_state="draft").count() >= 5
    before, mentions = snapshot(), Mention.objects.count()
    import_seeds()
    assert snapshot() == before and Mention.objects.count() == mentions and Article.objects.count() == 5


@pytest.mark.django_db
def test_a_later_report_of_a_known_move_becomes_another_source():
    load_companies()
    import_seeds(publish=True)
    sharp = Company.objects.get(name="Sharp")
    known = set(Deal.objects.filter(kind="acquisition", parties__company=sharp).values_list("pk", flat=True))
    assert known, "the French seed reports SoftBank buying Sharp's Sakai plant"
    events_before = Event.objects.count()

    report = article_import(
        text=(
            "SoftBank Group agreed to buy Sharp's former LCD plant in Sakai for $676 million, the companies said on "
            "Friday. The site will house an AI data center."
        ),
        published=dt.date(2025, 3, 8),
        language="en",
        title="SoftBank buys Sharp plant",
    )

    assert report.events_created == 0 and report.events_attached >= 1
    assert Event.objects.count() == events_before
    later = Mention.objects.filter(article=report.article).select_related("event")
    assert later and all(m.event.deal_id in known for m in later)
    assert set(Deal.objects.filter(kind="acquisition", parties__company=sharp).values_list("pk", flat=True)) == known
