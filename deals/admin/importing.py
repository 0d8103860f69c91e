"""The admin import page: paste text or upload files; everything is checked before anything is saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, RequestDataTooBig, TooManyFilesSent
from django.db import transaction
from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt

from deals.services import imports
from deals.services.archives import expand_zip, is_zip
from deals.services.batches import BatchFile, batch_enqueue
from deals.services.text import DecodedFile, UploadRejected, decode_upload

from .forms import ImportForm

REQUEST_OVERHEAD_BYTES = 1024 * 1024  # the form's other fields and the multipart framing


def _limits_message() -> str:
    return (
        f"At most {settings.IMPORT_MAX_FILES} files of {_mb(settings.IMPORT_MAX_FILE_BYTES)} MB each, "
        f"{_mb(settings.IMPORT_MAX_TOTAL_BYTES)} MB together, can be imported at once. Nothing was saved; "
        "import them in smaller batches."
    )


def _mb(size: int) -> str:
    return f"{size / 1_048_576:.0f}" if size % 1_048_576 == 0 else f"{size / 1_048_576:.1f}"


def _request_too_large(request) -> str | None:
    """Refused from its Content-Length, before the body is read: an over-limit upload costs no time."""
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return None
    if length <= settings.IMPORT_MAX_TOTAL_BYTES + REQUEST_OVERHEAD_BYTES:
        return None
    return (
        f"The upload is {length / 1_048_576:.1f} MB: over the limit of {_mb(settings.IMPORT_MAX_FILE_BYTES)} MB "
        f"per file and {_mb(settings.IMPORT_MAX_TOTAL_BYTES)} MB per import."
    )


@dataclass
class FileOutcome:
    name: str
    status: str  # imported, already there, refused
    message: str
    article: object = None

    @classmethod
    def of(cls, *, name: str, report) -> FileOutcome:
        message = (
            f"{report.events_created} new draft events, {report.events_updated} updated, "
            f"{report.events_attached} known moves given this source"
        )
        status = "imported" if report.article_created else "already there"
        return cls(name=name, status=status, message=message, article=report.article)


def _order(outcome: FileOutcome) -> int:
    return {"refused": 0, "imported": 1}.get(outcome.status, 2)


def _import_file(*, item: DecodedFile, published: dt.date, data: dict, user):
    with transaction.atomic():  # one file at a time: a refused one leaves the others imported
        return imports.article_import(
            text=item.text,
            published=published,
            title=data["title"] or item.title,
            outlet=data["outlet"] or item.outlet,
            url=data["url"] or item.url,
            language=data["language"] or None,
            source_file="" if item.name == "pasted text" else item.name,
            user=user,
        )


def _render(request, model_admin, form, *, errors=(), status=200, outcomes=()):
    context = {
        "outcomes": list(outcomes),
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import articles",
        "form": form,
        "upload_errors": list(errors),
        "max_files": settings.IMPORT_MAX_FILES,
        "max_mb": settings.IMPORT_MAX_FILE_BYTES / 1_048_576,
        "total_mb": settings.IMPORT_MAX_TOTAL_BYTES / 1_048_576,
        "max_members": settings.IMPORT_MAX_ZIP_MEMBERS,
    }
    return TemplateResponse(request, "admin/deals/article/import.html", context, status=status)


def _decoded_files(form) -> tuple[list[DecodedFile], list[str]]:
    decoded, errors = [], []
    files = form.cleaned_data["files"]
    if len(files) > settings.IMPORT_MAX_FILES:
        return [], [f"{len(files)} files chosen. {_limits_message()}"]
    total = sum(upload.size for upload in files)
    if total > settings.IMPORT_MAX_TOTAL_BYTES:
        return [], [f"The files hold {total / 1_048_576:.1f} MB together. {_limits_message()}"]
    for upload in files:
        if is_zip(upload.name):
            if upload.size > settings.IMPORT_MAX_ZIP_BYTES:
                errors.append(
                    f"{upload.name}: {upload.size / 1_048_576:.1f} MB is over the limit of "
                    f"{settings.IMPORT_MAX_ZIP_BYTES / 1_048_576:.0f} MB per archive."
                )
                continue
            try:
                members, member_errors = expand_zip(
                    name=upload.name,
                    data=upload.read(),
                    max_bytes=settings.IMPORT_MAX_FILE_BYTES,
                    max_files=settings.IMPORT_MAX_ZIP_MEMBERS,
                    max_total=settings.IMPORT_MAX_TOTAL_BYTES - (total - upload.size),
                )
            except UploadRejected as exc:
                errors.append(str(exc))
                continue
            decoded.extend(members)
            errors.extend(member_errors)
            continue
        if upload.size > settings.IMPORT_MAX_FILE_BYTES:  # refuse before reading it into memory
            errors.append(
                f"{upload.name}: {upload.size / 1_048_576:.1f} MB is over the limit of "
                f"{settings.IMPORT_MAX_FILE_BYTES / 1_048_576:.0f} MB per file."
            )
            continue
        try:
            decoded.append(
                decode_upload(name=upload.name, data=upload.read(), max_bytes=settings.IMPORT_MAX_FILE_BYTES)
            )
        except UploadRejected as exc:
            errors.append(str(exc))
    return decoded, errors


def _published_for(item: DecodedFile, given: dt.date | None) -> dt.date | None:
    """A page's own date (its metadata) first: one date typed for a batch must not overwrite what a file states."""
    if item.published:
        try:
            return dt.date.fromisoformat(item.published[:10])
        except ValueError:
            pass
    return given or imports.stated_publication_date(item.text)


def _enqueue(request, *, jobs, data):
    batch = batch_enqueue(
        files=[
            BatchFile(
                name=item.name,
                text=item.text,
                published=published,
                language=data["language"] or "",
                title=data["title"] or item.title,
                outlet=data["outlet"] or item.outlet,
                url=data["url"] or item.url,
            )
            for item, published in jobs
        ],
        user=request.user,
        label=f"{len(jobs)} articles from {request.user.get_username()}",
    )
    messages.success(request, f"Queued {len(jobs)} articles; this page shows each file's result as workers finish.")
    return redirect(reverse("admin:deals_importbatch_change", args=[batch.pk]))


@csrf_exempt  # checked below, once the upload is parsed, so too many files gets a message, not a bare 400
def import_view(request, model_admin):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    if request.method != "POST":
        return _render(request, model_admin, ImportForm())
    if too_large := _request_too_large(request):
        return _render(request, model_admin, ImportForm(), errors=[too_large, "Nothing was saved."], status=400)
    try:
        request.POST, request.FILES  # noqa: B018 - parse now to catch the limits
    except TooManyFilesSent:
        return _render(request, model_admin, ImportForm(), errors=[_limits_message()], status=400)
    except RequestDataTooBig:
        return _render(request, model_admin, ImportForm(), errors=["The pasted text is too large."], status=400)
    refused = CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {})
    if refused is not None:
        return refused
    form = ImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render(request, model_admin, form, status=400)
    data = form.cleaned_data
    if data["files"]:
        items, errors = _decoded_files(form)
    else:
        items, errors = [DecodedFile(name="pasted text", text=data["text"], encoding="")], []
    jobs = []
    for item in items:
        published = _published_for(item, data["published"])
        if published is None:
            errors.append(
                f"{item.name}: give the publication date; the text does not state one "
                '(a line like "Update time : 2024-11-14").'
            )
        jobs.append((item, published))
    # Good files go ahead; each refused one is named with its reason.
    jobs = [(item, published) for item, published in jobs if published is not None]
    if not jobs:
        return _render(request, model_admin, form, errors=[*errors, "Nothing was saved."], status=400)
    # Many articles (a zip) or much text would keep this request past a worker's timeout: workers import them.
    large = sum(len(item.text) for item, _ in jobs) > settings.IMPORT_SYNC_MAX_CHARS
    if data["background"] or large or any(is_zip(upload.name) for upload in data["files"]):
        for error in errors:
            messages.warning(request, f"Refused: {error}")
        return _enqueue(request, jobs=jobs, data=data)
    outcomes, reports = _import_now(jobs=jobs, errors=errors, data=data, user=request.user)
    if not reports:
        refusals = [o.message for o in outcomes]
        return _render(request, model_admin, form, errors=[*refusals, "Nothing was saved."], status=400)
    if len(outcomes) > 1:
        return _render(request, model_admin, ImportForm(), outcomes=sorted(outcomes, key=_order))
    return _reported(request, reports)


def _import_now(*, jobs, errors: list[str], data: dict, user) -> tuple[list[FileOutcome], list]:
    """Each file imported on its own; (every file's outcome, the import reports of those imported)."""
    outcomes = [FileOutcome(name=error.split(": ", 1)[0], status="refused", message=error) for error in errors]
    reports = []
    for item, published in jobs:
        try:
            report = _import_file(item=item, published=published, data=data, user=user)
        except imports.ImportRejected as exc:
            outcomes.append(FileOutcome(name=item.name, status="refused", message=" ".join(exc.messages)))
            continue
        reports.append(report)
        outcomes.append(FileOutcome.of(name=item.name, report=report))
    return outcomes, reports


def _reported(request, reports):
    """One message per imported article, then its review page (or the list, for several)."""
    for report in reports:
        verb = "Imported" if report.article_created else "Already imported, drafts refreshed:"
        messages.success(
            request,
            f"{verb} “{report.article}”: {report.events_created} new draft events, {report.events_updated} updated, "
            f"{report.events_attached} known moves given this source, {len(report.companies_created)} new companies.",
        )
        if report.skipped:
            messages.warning(
                request, f"“{report.article}”: {len(report.skipped)} extracted events were invalid and skipped."
            )
    if len(reports) == 1:
        return redirect(reverse("admin:deals_article_review", args=[reports[0].article.pk]))
    return redirect(reverse("admin:deals_article_changelist"))
