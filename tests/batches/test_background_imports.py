"""Background imports: one task per article, progress per file, retries that never duplicate."""

import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import call_command

from deals.models import Article, Event, ImportItem, Mention
from deals.services import batches
from deals.services.batches import BatchFile, batch_enqueue, batch_progress

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
pytestmark = pytest.mark.django_db


@pytest.fixture
def gazetteer(db):
    call_command("load_companies", stdout=io.StringIO())


def seed_file(name: str, published: dt.date, language: str) -> BatchFile:
    return BatchFile(
        name=name,
        text=(FIXTURES / "articles" / name).read_text(encoding="utf-8"),
        published=published,
        language=language,
    )


SEEDS = [
    ("000_621475d20af88a31.txt", dt.date(2024, 7, 10), "en"),
    ("003_1aa58f1c93f97c5a.txt", dt.date(2025, 1, 30), "ar"),
]


def test_each_file_becomes_a_task_and_reports_its_result(gazetteer, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_enqueue(files=[seed_file(*seed) for seed in SEEDS], label="two seeds")

    assert batch_progress(batch) == {"queued": 0, "running": 0, "done": 2, "failed": 0, "total": 2}
    items = list(batch.items.order_by("file_name"))
    assert all(item.article_id and item.events_created > 0 for item in items)
    assert Article.objects.count() == 2
    assert "events created" in items[0].message


def test_a_bad_file_fails_alone_with_its_reason(gazetteer, django_capture_on_commit_callbacks):
    undated = BatchFile(name="undated.txt", text="SoftBank invested in OpenAI on Friday.")
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_enqueue(files=[undated, seed_file(*SEEDS[0])])
    failed = batch.items.get(file_name="undated.txt")
    assert failed.status == ImportItem.Status.FAILED
    assert "publication date" in failed.message
    assert failed.attempts == 1, "a rejected input is not retried"
    assert batch.items.get(status=ImportItem.Status.DONE).article is not None


def test_a_task_that_fails_after_writing_is_retried_without_duplicates(
    gazetteer, monkeypatch, django_capture_on_commit_callbacks
):
    real_import = batches.article_import
    calls = []

    def crash_after_first_write(**kwargs):
        report = real_import(**kwargs)
        calls.append(report)
        if len(calls) == 1:
            raise ConnectionError("worker lost its connection after the import committed")
        return report

    monkeypatch.setattr(batches, "article_import", crash_after_first_write)
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_enqueue(files=[seed_file(*SEEDS[1])])

    item = batch.items.get()
    assert (item.status, item.attempts) == (ImportItem.Status.DONE, 2)
    assert Article.objects.count() == 1
    assert Event.objects.count() == len(calls[0].event_ids)
    assert Mention.objects.count() == Mention.objects.values("event", "start", "end").distinct().count()


def test_a_task_that_keeps_failing_stops_after_the_last_attempt(
    gazetteer, monkeypatch, django_capture_on_commit_callbacks
):
    def always_down(**kwargs):
        raise ConnectionError("database went away")

    monkeypatch.setattr(batches, "article_import", always_down)
    with django_capture_on_commit_callbacks(execute=True):
        batch = batch_enqueue(files=[seed_file(*SEEDS[0])])
    item = batch.items.get()
    assert (item.status, item.attempts) == (ImportItem.Status.FAILED, batches.MAX_ATTEMPTS)
    assert "database went away" in item.message
    assert not Article.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_the_database_queue_and_its_worker_run_the_batch(settings):
    call_command("load_companies", stdout=io.StringIO())
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    batch = batch_enqueue(files=[seed_file(*seed) for seed in SEEDS])
    assert batch_progress(batch)["queued"] == 2, "nothing runs until a worker takes the tasks"

    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO(), stderr=io.StringIO())
    assert batch_progress(batch)["done"] == 2
    assert Article.objects.count() == 2


@pytest.mark.django_db(transaction=True)
def test_import_articles_background_queues_one_task_per_file(settings):
    call_command("load_companies", stdout=io.StringIO())
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out = io.StringIO()
    call_command("import_articles", "--metadata", "fixtures/articles.json", "--background", stdout=out)
    assert "Queued batch" in out.getvalue()
    assert not Article.objects.exists(), "nothing is imported until a worker runs"

    call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO(), stderr=io.StringIO())
    assert Article.objects.count() == 5
    assert set(ImportItem.objects.values_list("status", flat=True)) == {"done"}
