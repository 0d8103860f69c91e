"""/healthz: is the database reachable, and is the task queue being worked?"""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache

from deals.services.batches import stale_items


def database_status() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return {"ok": False, "error": error.__class__.__name__}
    return {"ok": True, "vendor": connection.vendor}


def task_queue_status() -> dict:
    from django_tasks_db.models import DBTaskResult

    try:
        ready = DBTaskResult.objects.filter(status="READY")
        oldest = ready.order_by("enqueued_at").values_list("enqueued_at", flat=True).first()
        failed = DBTaskResult.objects.filter(status="FAILED").count()
        stale = stale_items().count()
    except DatabaseError as error:
        return {"ok": False, "error": error.__class__.__name__}
    waiting = (timezone.now() - oldest).total_seconds() if oldest else 0
    return {
        "ok": True,
        "ready": ready.count(),
        "failed": failed,
        "oldest_ready_seconds": round(waiting, 1),
        # Imports whose worker died mid-item (running past their lease): they wait for requeue_stale_imports.
        "stale_running": stale,
    }


@never_cache
def healthz(request):
    database = database_status()
    tasks = task_queue_status() if database["ok"] else {"ok": False, "error": "database unavailable"}
    healthy = database["ok"] and tasks["ok"]
    # Stale imports need an operator or the next worker, not a restart of this server: "degraded", still 200.
    status = "unavailable" if not healthy else ("degraded" if tasks["stale_running"] else "ok")
    return JsonResponse({"status": status, "database": database, "tasks": tasks}, status=200 if healthy else 503)
