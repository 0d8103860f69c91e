"""Every API error is one JSON shape: {"detail": message, "code": code, "errors": {field: [messages]}}.

`detail` alone reads as a sentence a person can act on ("date_from: Enter a valid date."); `errors`
keeps the per-field messages for programs. Throttled answers keep DRF's Retry-After header.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import JsonResponse
from django.urls import Resolver404, resolve
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.views import exception_handler as drf_exception_handler


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = "Send the version you read, so a newer edit is never overwritten unseen."
    default_code = "version_required"


class Conflict(exceptions.APIException):
    status_code = status.HTTP_409_CONFLICT
    default_detail = "The object changed since you read it."
    default_code = "conflict"


def _flatten(detail, prefix: str = "") -> dict[str, list[str]]:
    """Nested DRF error details to {"field" or "field.sub": [messages]}."""
    out: dict[str, list[str]] = {}
    if isinstance(detail, dict):
        for key, value in detail.items():
            name = f"{prefix}.{key}" if prefix else str(key)
            for field, messages in _flatten(value, name).items():
                out.setdefault(field, []).extend(messages)
    elif isinstance(detail, list):
        for index, value in enumerate(detail):
            if isinstance(value, (dict, list)):
                name = f"{prefix}.{index}" if prefix else str(index)
                for field, messages in _flatten(value, name).items():
                    out.setdefault(field, []).extend(messages)
            else:
                out.setdefault(prefix or "non_field_errors", []).append(str(value))
    else:
        out.setdefault(prefix or "non_field_errors", []).append(str(detail))
    return out


def _first_code(detail) -> str:
    if isinstance(detail, dict):
        detail = next(iter(detail.values()), "invalid")
    if isinstance(detail, list):
        detail = detail[0] if detail else "invalid"
    if isinstance(detail, (dict, list)):
        return _first_code(detail)
    return getattr(detail, "code", None) or "invalid"


def api_exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        # Model validation (full_clean) raised inside a write: a 400 like the admin's form errors.
        exc = exceptions.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        errors = _flatten(exc.detail)
        summary = "; ".join(
            f"{field}: {' '.join(messages)}" if field != "non_field_errors" else " ".join(messages)
            for field, messages in errors.items()
        )
        response.data = {
            "detail": summary or "Invalid input.",
            "code": _first_code(exc.detail),
            "errors": errors,
        }
    elif isinstance(exc, exceptions.APIException):
        detail = exc.detail
        code = getattr(detail, "code", None) or exc.default_code
        response.data = {"detail": str(detail), "code": str(code)}
    else:  # Http404 and PermissionDenied from Django, already turned into DRF's shape.
        detail = response.data.get("detail", "Error.") if isinstance(response.data, dict) else "Error."
        response.data = {
            "detail": str(detail),
            "code": getattr(detail, "code", "error"),
        }
    return response


@csrf_exempt  # it changes nothing, and must answer JSON to any method rather than CSRF's HTML page
def api_not_found(request, *args, **kwargs):
    """JSON 404 for addresses under /api/ that match no endpoint (Django's own page is HTML)."""
    detail = f"No API endpoint at {request.path}."
    if not request.path.endswith("/"):
        try:
            if resolve(request.path + "/").func is not api_not_found:
                detail += f" Did you mean {request.path}/ ?"
        except Resolver404:
            pass
    return JsonResponse({"detail": detail, "code": "not_found"}, status=404)
