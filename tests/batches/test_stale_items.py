"""A worker killed mid-item: the item is seen as stale once its lease runs out, /healthz says so, and it is
queued again and imported, or failed after its last attempt."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from deals.models import Article, ImportItem
from deals.services import batches
from deals.services.batches import MAX_ATTEMPTS, BatchFile, batch_enqueue

pytestmark = pytest.mark.django_db

TEXT = "SoftBank Group said on Monday it had invested $500 million in Example Robotics, the company said."


class WorkerKilled(BaseException):
    """What the item sees of a SIGKILL: nothing after this point runs, not even an except clause."""


@pytest.fixture
def killed_mid_item(monkeypatch, settings):
    """One queued item whose worker died while importing it, as it stands in the database afterwards."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    batch = batch_enqueue(files=[BatchFile(name="a.txt", text=TEXT, published=dt.date(2024, 11, 18))])
    item = batch.items.get()

    def die(**kwargs):
        raise WorkerKilled

    monkeypatch.setattr(batches, "article_import", die)
    with pytest.raises(WorkerKilled):
        batches.run_import_item(item_id=item.pk)
    monkeypatch.undo()
    item.refresh_from_db()
    assert (item.status, item.attempts) == (ImportItem.Status.RUNNING, 1)
    return item


def age(item, seconds: float) -> None:
    ImportItem.objects.filter(pk=item.pk).update(updated_at=timezone.now() - dt.timedelta(seconds=seconds))


def test_within_its_lease_a_running_item_is_left_alone(client, killed_mid_item, settings):
    age(killed_mid_item, settings.IMPORT_ITEM_LEASE_SECONDS - 60)
    body = client.get("/healthz").json()
    assert body["status"] == "ok" and body["tasks"]["stale_running"] == 0
    call_command("requeue_stale_imports", stdout=io.StringIO())
    assert ImportItem.objects.get().status == ImportItem.Status.RUNNING


def test_past_its_lease_healthz_reports_it_and_it_is_retried_to_the_end(
    client, killed_mid_item, settings, django_capture_on_commit_callbacks
):
    age(killed_mid_item, settings.IMPORT_ITEM_LEASE_SECONDS + 1)
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded" and response.json()["tasks"]["stale_running"] == 1

    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("requeue_stale_imports", stdout=out)
    assert "1 stale items queued again" in out.getvalue()
    item = ImportItem.objects.get()
    assert (item.status, item.attempts) == (ImportItem.Status.DONE, 2)
    assert Article.objects.get().pk == item.article_id
    assert client.get("/healthz").json()["status"] == "ok"


def test_the_next_task_any_worker_runs_recovers_a_stale_item_first(killed_mid_item, settings):
    age(killed_mid_item, settings.IMPORT_ITEM_LEASE_SECONDS + 1)
    other = batch_enqueue(files=[BatchFile(name="b.txt", text=TEXT + " More.", published=dt.date(2024, 11, 18))])
    batches.run_import_item(item_id=other.items.get().pk)
    assert ImportItem.objects.get(pk=killed_mid_item.pk).status == ImportItem.Status.QUEUED


def test_after_the_last_attempt_a_stale_item_fails_with_its_reason(killed_mid_item, settings):
    ImportItem.objects.filter(pk=killed_mid_item.pk).update(attempts=MAX_ATTEMPTS)
    age(killed_mid_item, settings.IMPORT_ITEM_LEASE_SECONDS + 1)
    call_command("requeue_stale_imports", stdout=io.StringIO())
    item = ImportItem.objects.get()
    assert item.status == ImportItem.Status.FAILED and "worker stopped" in item.message
