import logging

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
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


class RejectNullBytesMiddleware:
    """A NUL character in a query string or form field is refused with 400 before any view reads it.

    No parameter of this app can hold one, PostgreSQL refuses it in every text value (a 500 from whichever
    query met it first), and forms check it only where they are used: one check here covers every view,
    the admin's list filters included. Multipart uploads are left to the upload forms, which read them.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        names = _nul_names(request.GET)
        if request.method == "POST" and request.content_type == "application/x-www-form-urlencoded":
            names += _nul_names(request.POST)
        if not names:
            return self.get_response(request)
        message = f"{', '.join(names)}: a NUL character (%00) is not allowed in any parameter."
        if request.path.startswith("/api/"):  # the API's one error shape
            errors = {name: ["A NUL character (%00) is not allowed."] for name in names}
            return JsonResponse({"detail": message, "code": "invalid", "errors": errors}, status=400)
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


def _nul_names(query) -> list[str]:
    """The parameters whose name or any value holds a NUL character."""
    return [
        key.replace("\x00", "%00") for key, values in query.lists() if "\x00" in key or any("\x00" in v for v in values)
    ]
