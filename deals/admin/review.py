"""The review page of one article: its text with mentions highlighted beside its draft events."""

from __future__ import annotations

from itertools import pairwise

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from deals.headlines import event_headline
from deals.models import Article, Company, Deal, Event, Mention, PartyRole, ReviewState
from deals.services import review
from deals.services.companies import company_for_editor, search_companies
from deals.services.editing import StaleEdit
from deals.services.sentences import stored_sentences

from .forms import AddEventForm, AmountFormSet, EventReviewForm
from .queue import next_in_queue


def highlight_segments(text: str, spans: list[tuple[int, int, int, str]]) -> list[dict]:
    """The text cut at every mention boundary: [{text, events, states, first}] for the template to escape."""
    cuts = sorted({0, len(text), *(s for s, *_ in spans), *(e for _, e, *_ in spans)})
    segments = []
    for a, b in pairwise(cuts):
        covering = [(event, state, start) for start, end, event, state in spans if start <= a and b <= end]
        segments.append(
            {
                "text": text[a:b],
                "events": sorted({c[0] for c in covering}),
                "state": min((c[1] for c in covering), default="", key=lambda s: s != "draft"),
                "first": [c[0] for c in covering if c[2] == a],
            }
        )
    return segments


def _deal_choices(event: Event) -> list[tuple[str, str]]:
    company_ids = [p.company_id for p in event.deal.parties.all()]
    nearby = (
        Deal.objects.filter(Q(pk=event.deal_id) | Q(parties__company_id__in=company_ids))
        .distinct()
        .prefetch_related("parties__company")
        .order_by("-pk")[:25]
    )
    choices = []
    for deal in sorted(nearby, key=lambda d: d.pk != event.deal_id):
        parties = ", ".join(p.company.name for p in deal.parties.all())
        label = f"#{deal.pk} {deal.get_kind_display()}: {parties or 'no parties'}"
        choices.append((str(deal.pk), ("This deal — " if deal.pk == event.deal_id else "") + label))
    return choices


def _event_forms(event: Event, data=None):
    parties = list(event.deal.parties.all())
    actor = next((p.company for p in parties if p.role == PartyRole.ACTOR), None)
    initial = {
        "version": event.version,
        "date": event.date,
        "date_precision": event.date_precision,
        "date_text": event.date_text or "",
        "date_basis": event.date_basis,
        "date_approximate": event.date_approximate,
        "kind": event.deal.kind,
        "object_type": event.deal.object_type,
        "object_label": event.deal.object_label,
        "status": event.status,
        "actor": actor,
        "counterparties": [p.company for p in parties if p.role != PartyRole.ACTOR],
        "deal": str(event.deal_id),
        "summary": event.summary,
    }
    others = [(p.company, p.role) for p in parties if p.role != PartyRole.ACTOR]
    form = EventReviewForm(
        data, prefix=f"e{event.pk}", initial=initial, deal_choices=_deal_choices(event), parties=others
    )
    amounts = AmountFormSet(data, prefix=f"a{event.pk}", queryset=event.amounts.all())
    return form, amounts


def _events(article: Article):
    drafts_first = Case(
        When(review_state=ReviewState.DRAFT, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return (
        Event.objects.filter(mentions__article=article)
        .distinct()
        .select_related("deal", "reviewed_by")
        .prefetch_related(
            "deal__parties__company",
            "amounts",
            Prefetch("mentions", queryset=Mention.objects.select_related("article").defer("article__text")),
        )
        .annotate(_drafts_first=drafts_first)
        .order_by("_drafts_first", "confidence", "pk")
    )


def shown_quotes(event: Event, article: Article) -> tuple[list[Mention], int]:
    """The event's quotes from this article the page shows, first in text order, and how many more the article
    has: the ones the import left out and, for moves stored before it kept so few, the ones beyond the cap."""
    here = sorted((m for m in event.mentions.all() if m.article_id == article.pk), key=lambda m: (m.start, m.end))
    shown = here[: settings.IMPORT_MAX_QUOTES_PER_EVENT]
    return shown, len(here) - len(shown) + sum(m.more_in_article or 0 for m in here)


def _render(request, model_admin, article, *, bound=None, add_form=None, status=200):
    events = list(_events(article))
    quotes = {e.pk: shown_quotes(e, article) for e in events}
    spans = [(m.start, m.end, e.pk, e.review_state) for e in events for m in quotes[e.pk][0]]
    cards = []
    for event in events:
        conflict = None
        if bound and bound[0] == event.pk:
            form, amounts = bound[1], bound[2]
            conflict = bound[3] if len(bound) > 3 else None
        else:
            form, amounts = _event_forms(event)
        cards.append(
            {
                "event": event,
                "form": form,
                "amounts": amounts,
                "conflict": conflict,
                "quotes": quotes[event.pk][0],
                "more_quotes": quotes[event.pk][1],
                "headline": event_headline(event),
                "other_sources": sum(1 for m in event.mentions.all() if m.article_id != article.pk),
            }
        )
    draft_count = sum(1 for e in events if e.review_state == ReviewState.DRAFT)
    context = {
        **model_admin.admin_site.each_context(request),
        "is_nav_sidebar_enabled": False,  # the page needs the width: text and cards side by side
        "opts": article._meta,
        "title": f"Review: {article}",
        "article": article,
        "segments": highlight_segments(article.text, spans),
        "cards": cards,
        "draft_count": draft_count,
        "next_article": None if draft_count else next_in_queue(after=article),
        "add_form": add_form
        or AddEventForm(
            prefix="add",
            text=article.text,
            spans=stored_sentences(article=article),
            initial={"date": article.published_on, "date_precision": "day"},
        ),
    }
    return TemplateResponse(request, "admin/deals/article/review.html", context, status=status)


def review_view(request, model_admin, pk: int):
    if not request.user.has_perm("deals.change_event"):
        raise PermissionDenied
    article = get_object_or_404(Article, pk=pk)
    if request.method != "POST":
        return _render(request, model_admin, article)
    action = request.POST.get("action", "")
    here = reverse("admin:deals_article_review", args=[article.pk])
    if action == "add":
        return _add(request, model_admin, article, here)
    event_id = request.POST.get("event", "")
    if not (event_id.isascii() and event_id.isdigit() and len(event_id) < 19):
        return HttpResponseBadRequest("The form names no event of this article.")
    event = get_object_or_404(Event.objects.filter(mentions__article=article).distinct(), pk=int(event_id))
    if request.POST.get("not_company"):
        company = get_object_or_404(Company, pk=request.POST["not_company"], deal_parties__deal=event.deal_id)
        review.discard_non_company(deal=event.deal, company=company, user=request.user)
        messages.success(request, f"Removed “{company}” from the deal; the next extraction will skip this name.")
        return redirect(f"{here}#event-{event.pk}")
    try:
        if action == "reject":
            version = request.POST.get(f"e{event.pk}-version") or str(event.version)
            if not (version.isascii() and version.isdigit() and len(version) < 10):
                return HttpResponseBadRequest("The form's version is not a number.")
            version = int(version)
            review.reject_events(events=[event], user=request.user, version=version)
            messages.success(request, f"Rejected “{event}”: it will not appear anywhere.")
            return redirect(here)
        if action not in ("save", "publish"):
            raise PermissionDenied
        form, amounts = _event_forms(event, request.POST)
        if not (form.is_valid() and amounts.is_valid()):
            messages.error(request, "Please correct the errors below.")
            return _render(request, model_admin, article, bound=(event.pk, form, amounts), status=400)
        _apply(event=event, form=form, amounts=amounts, user=request.user, publish=action == "publish")
    except StaleEdit as exc:
        if action == "reject":
            messages.error(request, " ".join(exc.messages))
            return redirect(here)
        return _conflict(request, model_admin, article, event=event, message=" ".join(exc.messages))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(here)
    event.refresh_from_db()
    messages.success(request, f"{'Published' if action == 'publish' else 'Saved'} “{event}”.")
    return redirect(f"{here}#event-{event.pk}")


def _conflict(request, model_admin, article, *, event: Event, message: str):
    """Someone saved this event meanwhile: the editor's values stay in the card, ready to save again over the
    new version, with the saved values beside them."""
    event.refresh_from_db()
    data = request.POST.copy()
    data[f"e{event.pk}-version"] = str(event.version)
    form, amounts = _event_forms(event, data)
    form.is_valid(), amounts.is_valid()
    saved, _ = _event_forms(event)
    differences = []
    for field in saved.main_fields():
        theirs, yours = (
            _shown(saved, field.name, saved.initial.get(field.name)),
            _shown(saved, field.name, data.get(form.add_prefix(field.name))),
        )
        if theirs != yours:
            differences.append({"label": field.label, "saved": theirs, "yours": yours})
    who = event.history.first().history_user if event.history.exists() else None
    messages.error(request, f"{message} Your values are kept below, beside the saved ones: save again to apply them.")
    conflict = {"who": who, "differences": differences}
    return _render(request, model_admin, article, bound=(event.pk, form, amounts, conflict), status=409)


def _shown(form, name: str, value) -> str:
    field = form.fields[name]
    if hasattr(value, "pk"):
        value = value.pk
    value = "" if value is None else str(value.isoformat() if hasattr(value, "isoformat") else value)
    choices = dict((str(k), str(v)) for k, v in getattr(field, "choices", []) or [])
    return choices.get(value, value)


@transaction.atomic
def _apply(*, event: Event, form: EventReviewForm, amounts, user, publish: bool) -> None:
    data = form.cleaned_data
    event = review.edit_event(
        event=event,
        user=user,
        version=data["version"],
        date=data["date"],
        date_precision=data["date_precision"],
        date_text=data["date_text"] or None,
        date_basis=data["date_basis"],
        date_approximate=data["date_approximate"],
        status=data["status"],
        summary=data["summary"],
    )
    moved = data["deal"] != str(event.deal_id)
    if moved:
        target = None if data["deal"] == "new" else get_object_or_404(Deal, pk=data["deal"])
        event = review.move_event(event=event, user=user, to_deal=target)
    # The card shows the old deal's kind and parties: moving onto a deal that has its own keeps them, unless
    # the editor changed them on the card too.
    deal_changed = False
    deal_fields = {"kind", "object_type", "object_label", "actor", "counterparties", "add_party"}
    counterparties = list(data["counterparties"])
    if data.get("add_party"):
        counterparties.append(company_for_editor(name=data["add_party"])[0])
    if not moved or data["deal"] == "new" or deal_fields & set(form.changed_data) or form.has_changed_roles():
        deal_changed = review.set_deal_details(
            deal=event.deal,
            kind=data["kind"],
            actor=data["actor"],
            counterparties=counterparties,
            roles=form.roles(),
            object_type=data["object_type"],
            object_label=data["object_label"],
        )
    rows = []
    for sub in amounts.forms:
        if not sub.has_changed() and sub.instance.pk is None:
            continue
        values = sub.cleaned_data
        if not values:
            continue
        rows.append(
            {
                "pk": sub.instance.pk,
                "delete": values.get("DELETE", False),
                **{k: values.get(k) for k in ("role", "low", "high", "currency", "qualifier", "text")},
            }
        )
    amounts_changed = review.save_amounts(event=event, user=user, rows=rows)
    event.refresh_from_db()
    if (deal_changed or amounts_changed) and not event.edited_by_editor:
        event.edited_by_editor = True
        event._history_user = user
        event.save()
    if publish:
        review.publish_events(events=[event], user=user)


def _add(request, model_admin, article, here):
    form = AddEventForm(request.POST, prefix="add", text=article.text, spans=stored_sentences(article=article))
    if not form.is_valid():
        messages.error(request, "The new event needs a sentence, a kind, a status and a date.")
        return _render(request, model_admin, article, add_form=form, status=400)
    start, end = form.span()
    data = form.cleaned_data
    event = review.add_event(
        article=article,
        user=request.user,
        start=start,
        end=end,
        kind=data["kind"],
        status=data["status"],
        date=data["date"],
        date_precision=data["date_precision"],
        actor=data["actor"],
        counterparties=[*data["counterparties"], *(company_for_editor(name=n)[0] for n in form.party_list())],
    )
    messages.success(request, f"Added “{event}” as a draft; check it below and publish it.")
    return redirect(f"{here}#event-{event.pk}")


def company_search_view(request, model_admin):
    """JSON for the review card's company suggestions: [{"id", "name"}], names starting with the query first."""
    if not request.user.has_perm("deals.change_event"):
        raise PermissionDenied
    found = search_companies(query=request.GET.get("q", "")[:100])
    return JsonResponse({"results": [{"id": c.pk, "name": c.name} for c in found]})
