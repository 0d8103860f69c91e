"""Import by URL: one link or many, one per line; each page fetched, reduced to its article and imported."""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from deals.languages import LanguageField
from deals.models import Article
from deals.services import imports
from deals.services.fetching import FetchRefused, fetch_article


class UrlImportForm(forms.Form):
    urls = forms.CharField(
        label="Links",
        widget=forms.Textarea(attrs={"rows": 6, "autofocus": True, "spellcheck": "false"}),
        help_text=f"One article address per line, up to {settings.IMPORT_MAX_URLS}.",
    )
    published = forms.DateField(
        required=False,
        label="Publication date",
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text="Only for pages that state none; a page's own date wins.",
    )
    language = LanguageField(
        required=False, blank_label="As the page states, else detected", help_text="Only to correct the page."
    )

    def clean_urls(self):
        lines = list(dict.fromkeys(line.strip() for line in self.cleaned_data["urls"].splitlines() if line.strip()))
        if len(lines) > settings.IMPORT_MAX_URLS:
            raise forms.ValidationError(f"{len(lines)} links: at most {settings.IMPORT_MAX_URLS} at once.")
        bad = [line for line in lines if not line.lower().startswith(("http://", "https://"))]
        if bad:
            raise forms.ValidationError(f"“{bad[0]}” is not a web address (http:// or https://).")
        return lines


@dataclass
class Outcome:
    url: str
    status: str  # imported, already there, refused
    message: str
    article: Article | None = None


def _import_one(*, url: str, data: dict, user) -> Outcome:
    try:
        page = fetch_article(url=url)
    except FetchRefused as exc:
        return Outcome(url, "refused", str(exc))
    published = page.published or data["published"] or imports.stated_publication_date(page.text)
    if published is None:
        return Outcome(url, "refused", "The page states no publication date: give one above and import it again.")
    try:
        report = imports.article_import(
            text=page.text,
            published=published,
            title=page.title,
            outlet=page.outlet,
            url=page.url,
            language=data["language"] or page.language or None,
            user=user,
        )
    except imports.ImportRejected as exc:
        return Outcome(url, "refused", " ".join(exc.messages))
    status = "imported" if report.article_created else "already there"
    drafts = f"{report.events_created} new draft events, {report.events_attached} known moves given this source"
    return Outcome(url, status, drafts, report.article)


def url_import_view(request, model_admin):
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = UrlImportForm(request.POST or None)
    outcomes = []
    if request.method == "POST" and form.is_valid():
        outcomes = [
            _import_one(url=url, data=form.cleaned_data, user=request.user) for url in form.cleaned_data["urls"]
        ]
        if len(outcomes) == 1 and outcomes[0].article is not None:
            return redirect(reverse("admin:deals_article_review", args=[outcomes[0].article.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.model._meta,
        "title": "Import articles by URL",
        "form": form,
        "outcomes": outcomes,
    }
    status = 400 if request.method == "POST" and (form.errors or not any(o.article for o in outcomes)) else 200
    return TemplateResponse(request, "admin/deals/article/import_url.html", context, status=status)
