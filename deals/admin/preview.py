"""The review card's headline preview: the card's current values through the very headline rules the pages use.

The review script posts the card's form as it stands (even half-filled); the answer is JSON,
{"headline": "..."}. Nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from decimal import InvalidOperation

from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from deals.eventdates import is_planned, last_reported
from deals.headlines import Facts, Money, headline
from deals.models import AmountRole, Company, Event, PartyRole, Qualifier
from deals.services.amount_text import TypedAmount, parse_amount
from deals.services.editing import usd_fields
from deals.services.facts import default_role


def _typed(text: str) -> TypedAmount | None:
    try:
        typed = parse_amount(text or "")
    except (ValueError, InvalidOperation):
        return None
    return typed if typed.value.is_finite() and typed.value >= 0 else None


_AMOUNT_INPUTS = ("role", "low", "high", "currency", "qualifier", "DELETE")


def _amounts(data, prefix: str, on: dt.date) -> tuple[Money, ...]:
    try:
        total = min(int(data.get(f"{prefix}-TOTAL_FORMS", 0)), 50)
    except ValueError:
        total = 0
    amounts = []
    for i in range(total):
        values = {name: data.get(f"{prefix}-{i}-{name}", "") for name in _AMOUNT_INPUTS}
        row = values.__getitem__
        typed_low, typed_high = _typed(row("low")), _typed(row("high"))
        low, high = (t.value if t else None for t in (typed_low, typed_high))
        currency = row("currency").strip().upper() or next((t.currency or "" for t in (typed_low, typed_high) if t), "")
        if row("DELETE") or low is None or not currency or row("role") not in AmountRole.values:
            continue
        high = high if high is not None and high >= low else low
        qualifier = row("qualifier") if row("qualifier") in Qualifier.values else "exact"
        usd = usd_fields(low=low, high=high, currency=currency, on=on) if currency != "PERCENT" else {}
        amounts.append(Money(row("role"), low, high, currency, qualifier, usd.get("usd_low"), usd.get("usd_high")))
    return tuple(amounts)


def _parties(data, prefix: str, kind: str) -> tuple[tuple[str, str], ...]:
    actor_id = data.get(f"{prefix}-actor") or None
    other_ids = [pk for pk in data.getlist(f"{prefix}-counterparties") if pk.isdigit()]
    ids = [pk for pk in [actor_id, *other_ids] if pk and pk.isdigit()]
    names = dict(Company.objects.filter(pk__in=ids).values_list("pk", "name"))
    parties = []
    if actor_id and actor_id.isdigit() and int(actor_id) in names:
        parties.append((names[int(actor_id)], PartyRole.ACTOR))
    for pk in other_ids:
        role = data.get(f"{prefix}-role_{pk}") or default_role(kind)
        if int(pk) in names and pk != actor_id and role in PartyRole.values:
            parties.append((names[int(pk)], role))
    return tuple(parties)


@require_POST
def headline_preview_view(request, model_admin, pk: int):
    if not request.user.has_perm("deals.change_event"):
        raise PermissionDenied
    event = get_object_or_404(
        Event.objects.filter(mentions__article_id=pk).distinct().prefetch_related("mentions__article"),
        pk=request.POST.get("event"),
    )
    data, prefix = request.POST, f"e{event.pk}"
    try:
        date = dt.date.fromisoformat(data.get(f"{prefix}-date", ""))
    except ValueError:
        date = event.date
    kind = data.get(f"{prefix}-kind") or event.deal.kind
    facts = Facts(
        kind=kind,
        status=data.get(f"{prefix}-status") or event.status,
        object_type=data.get(f"{prefix}-object_type") or event.deal.object_type,
        object_label=data.get(f"{prefix}-object_label", "").strip(),
        parties=_parties(data, prefix, kind),
        amounts=_amounts(data, f"a{event.pk}", date),
        planned=is_planned(date=date, reported=last_reported(event)),
    )
    return JsonResponse({"headline": headline(facts)})
