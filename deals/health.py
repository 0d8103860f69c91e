"""/healthz: is the database reachable, and is the task queue being worked?"""

from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.cache import never_cache


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
    except DatabaseError as error:
        return {"ok": False, "error": error.__class__.__name__}
    waiting = (timezone.now() - oldest).total_seconds() if oldest else 0
    return {"ok": True, "ready": ready.count(), "failed": failed, "oldest_ready_seconds": round(waiting, 1)}


@never_cache
def healthz(request):
    database = database_status()
    tasks = task_queue_status() if database["ok"] else {"ok": False, "error": "database unavailable"}
    healthy = database["ok"] and tasks["ok"]
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "database": database, "tasks": tasks},
        status=200 if healthy else 503,
    )
