"""Background imports: a batch of files becomes one queued task per article.

A task may run twice (a worker died, a retry after an error): the article's unique content hash and the
import service's idempotence make a second run find the same article and events instead of copying them.

A worker killed mid-item cannot record anything, so a running item holds a lease: marked running, it must
finish within IMPORT_ITEM_LEASE_SECONDS (one article takes seconds). An item running past its lease is
stale: `requeue_stale_items` (run by every task before its own item, and by `manage.py requeue_stale_imports`
from cron) queues it again, or fails it after the last attempt, and /healthz counts the stale ones.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count
from django.tasks import task
from django.utils import timezone

from deals.models import ImportBatch, ImportItem

from .imports import ImportRejected, article_import

logger = logging.getLogger("deals.batches")

MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class BatchFile:
    name: str
    text: str
    published: dt.date | None = None
    language: str = ""
    title: str = ""
    outlet: str = ""
    url: str = ""


def batch_enqueue(
    *, files: list[BatchFile], user=None, source: str = ImportBatch.Source.ADMIN, publish: bool = False, label: str = ""
) -> ImportBatch:
    """Store the batch and its items in one transaction, then queue one task per item once it commits."""
    with transaction.atomic():
        batch = ImportBatch.objects.create(created_by=user, source=source, publish=publish, label=label[:200])
        items = ImportItem.objects.bulk_create(
            ImportItem(
                batch=batch,
                file_name=f.name[:300],
                text=f.text,
                published=f.published,
                language=f.language or "",
                title=f.title[:500],
                outlet=f.outlet[:200],
                url=f.url,
            )
            for f in files
        )
        # bulk_create returns primary keys on PostgreSQL and SQLite alike.
        ids = [item.pk for item in items]
        transaction.on_commit(lambda: [_enqueue(item_id) for item_id in ids])
    return batch


def _enqueue(item_id: int) -> None:
    import_item_task.enqueue(item_id)


def stale_items():
    """Items marked running whose lease has run out: their worker died or hangs."""
    cutoff = timezone.now() - dt.timedelta(seconds=settings.IMPORT_ITEM_LEASE_SECONDS)
    return ImportItem.objects.filter(status=ImportItem.Status.RUNNING, updated_at__lt=cutoff)


def requeue_stale_items() -> tuple[list[int], list[int]]:
    """Queue stale items again (their attempt counts as used), or fail them after the last attempt.

    Returns the ids queued again and the ids failed. Row locks skip items another process is recovering.
    """
    queued, failed = [], []
    with transaction.atomic():
        for item in stale_items().select_for_update(skip_locked=True).order_by("pk"):
            if item.attempts < MAX_ATTEMPTS:
                item.status = ImportItem.Status.QUEUED
                item.message = f"The worker stopped during attempt {item.attempts}; queued again."
                queued.append(item.pk)
            else:
                item.status = ImportItem.Status.FAILED
                item.message = f"The worker stopped during attempt {item.attempts}, the last one."
                failed.append(item.pk)
            item.save(update_fields=["status", "message", "updated_at"])
        if queued:
            logger.warning("stale import items queued again", extra={"items": queued})
            transaction.on_commit(lambda: [_enqueue(item_id) for item_id in queued])
    return queued, failed


def run_import_item(*, item_id: int) -> str:
    """Import one queued item and record the outcome on it; retry unexpected errors a few times."""
    requeue_stale_items()
    with transaction.atomic():
        item = ImportItem.objects.select_for_update().select_related("batch").filter(pk=item_id).first()
        if item is None or item.status == ImportItem.Status.DONE:
            return "nothing to do"
        item.status = ImportItem.Status.RUNNING
        item.attempts += 1
        item.save(update_fields=["status", "attempts", "updated_at"])
    try:
        report = article_import(
            text=item.text,
            published=item.published,
            title=item.title,
            outlet=item.outlet,
            url=item.url,
            language=item.language or None,
            source_file=item.file_name,
            user=item.batch.created_by,
            publish=item.batch.publish,
        )
        _record(item, status=ImportItem.Status.DONE, report=report)
    except ImportRejected as error:
        # The input itself is wrong: retrying cannot help.
        _record(item, status=ImportItem.Status.FAILED, message="; ".join(error.messages))
    except Exception as error:  # noqa: BLE001 - any failure is recorded on the item, never lost
        logger.exception("import task failed", extra={"item": item.pk, "attempt": item.attempts})
        if item.attempts < MAX_ATTEMPTS:
            _record(
                item, status=ImportItem.Status.QUEUED, message=f"Attempt {item.attempts} failed ({error}); retrying."
            )
            transaction.on_commit(lambda: _enqueue(item.pk))
        else:
            _record(item, status=ImportItem.Status.FAILED, message=f"Failed after {item.attempts} attempts: {error}")
    return item.status


@task()
def import_item_task(item_id: int) -> str:
    """`run_import_item` as a task of Django's tasks framework; production runs it with `manage.py db_worker`."""
    return run_import_item(item_id=item_id)


def _record(item: ImportItem, *, status: str, report=None, message: str = "") -> None:
    item.status = status
    if report is not None:
        item.article_id = report.article.pk if getattr(report, "article", None) else None
        item.events_created = report.events_created
        item.events_attached = report.events_attached
        message = (
            f"{'New' if report.article_created else 'Known'} article; {report.events_created} events created, "
            f"{report.events_attached} added as another source, {report.events_updated} updated."
        )
    item.message = message
    item.save(update_fields=["status", "article", "events_created", "events_attached", "message", "updated_at"])


def batch_progress(batch: ImportBatch) -> dict[str, int]:
    counts = dict.fromkeys(ImportItem.Status.values, 0)
    for row in batch.items.values("status").order_by().annotate(n=Count("pk")):
        counts[row["status"]] = row["n"]
    counts["total"] = sum(counts.values())
    return counts
