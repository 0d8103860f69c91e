"""Whether background imports are being worked on: queued files nobody has taken for a minute mean no worker runs."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from deals.models import ImportItem

STALL = dt.timedelta(minutes=1)


def stalled_queue(*, batch=None) -> dict | None:
    """{"queued": n, "since": oldest queued time} when files wait over a minute and no file moved meanwhile."""
    items = ImportItem.objects.all() if batch is None else ImportItem.objects.filter(batch=batch)
    cutoff = timezone.now() - STALL
    queued = items.filter(status=ImportItem.Status.QUEUED)
    oldest = queued.order_by("updated_at").values_list("updated_at", flat=True).first()
    if oldest is None or oldest > cutoff:
        return None
    # Any file taken or finished within the minute (in any batch) shows a worker is alive.
    if ImportItem.objects.exclude(status=ImportItem.Status.QUEUED).filter(updated_at__gt=cutoff).exists():
        return None
    return {"queued": queued.count(), "since": oldest}
