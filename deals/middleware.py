import logging

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string

logger = logging.getLogger("deals.availability")

RETRY_AFTER_SECONDS = "30"


class DatabaseUnavailableMiddleware:
    """With the database down, answer 503 with a friendly page (or JSON for the API), never a traceback."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        except (OperationalError, InterfaceError) as error:
            return self.unavailable(request, error)

    def process_exception(self, request, exception):
        if isinstance(exception, (OperationalError, InterfaceError)) or (
            isinstance(exception, DatabaseError) and "connection" in str(exception).lower()
        ):
            return self.unavailable(request, exception)
        return None

    def unavailable(self, request, error):
        logger.error("database unavailable", extra={"path": request.path, "error": str(error)})
        if request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", ""):
            response = JsonResponse(
                {"detail": "The database is unavailable. Please retry in a moment.", "code": "database_unavailable"},
                status=503,
            )
        else:
            response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response
