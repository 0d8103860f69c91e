"""What an editor does to a draft: correct, publish, reject, move to another deal, add a missed event.

Every change marks the event `edited_by_editor`, so re-extraction never overwrites it, and is refused when
the event changed since the editor's page was drawn (its `version`).
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction

from deals.extraction.normalize import normalize_alias
from deals.extraction.periods import period_start
from deals.models import (
    Amount,
    Article,
    Company,
    CompanyAlias,
    Deal,
    DealParty,
    Event,
    Mention,
    PartyRole,
    ReviewState,
)

from .editing import check_version, refresh_event_usd, refresh_usd, set_review_state
from .facts import COUNTERPARTY_ROLE


@transaction.atomic
def edit_event(*, event: Event, user, version: int | None = None, **fields) -> Event:
    """Correct an event's own fields (date, date_precision, date_text, date_basis, date_approximate, status,
    summary)."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    check_version(event=event, version=version)
    if "date" in fields or "date_precision" in fields:
        fields["date"] = period_start(
            fields.get("date", event.date), fields.get("date_precision", event.date_precision)
        )
    changed = {k: v for k, v in fields.items() if getattr(event, k) != v}
    if not changed:
        return event
    for name, value in changed.items():
        setattr(event, name, value)
    event.edited_by_editor = True
    event.full_clean(exclude=["deal"])
    event._history_user = user
    event.save()
    if "date" in changed:
        refresh_event_usd(event=event, user=user)
    return event


@transaction.atomic
def set_deal_details(
    *,
    deal: Deal,
    kind: str,
    actor: Company | None,
    counterparties,
    roles: dict[int, str] | None = None,
    object_type: str | None = None,
    object_label: str | None = None,
) -> bool:
    """The deal's kind, object and parties as the editor states them; True when anything changed.

    `roles`: company id -> role for counterparties already on the deal; a new counterparty takes the kind's
    usual role, an existing one keeps its role unless `roles` names another."""
    changed = _set_deal_fields(deal=deal, kind=kind, object_type=object_type, object_label=object_label)
    roles = roles or {}
    wanted = set()
    if actor is not None:
        wanted.add((actor.pk, PartyRole.ACTOR))
    role_for_others = COUNTERPARTY_ROLE.get(kind, PartyRole.PARTNER)
    current = {(p.company_id, p.role): p for p in deal.parties.all()}
    others_now = {cid: role for cid, role in current if role != PartyRole.ACTOR}
    for company in counterparties:
        if actor is not None and company.pk == actor.pk:
            continue
        if company.pk in roles and roles[company.pk] in PartyRole.values and roles[company.pk] != PartyRole.ACTOR:
            wanted.add((company.pk, roles[company.pk]))
        elif company.pk in others_now:  # keep the role it has (co-investor, seller...)
            wanted.update(key for key in current if key[0] == company.pk and key[1] != PartyRole.ACTOR)
        else:
            wanted.add((company.pk, role_for_others))
    for key, party in current.items():
        if key not in wanted:
            party.delete()
            changed = True
    for company_id, role in wanted - set(current):
        DealParty.objects.create(deal=deal, company_id=company_id, role=role)
        changed = True
    return changed


def _set_deal_fields(*, deal: Deal, kind: str, object_type: str | None, object_label: str | None) -> bool:
    values = {"kind": kind}
    if object_type is not None:
        values["object_type"] = object_type
    if object_label is not None:
        values["object_label"] = " ".join(object_label.split())
    changed = {name: value for name, value in values.items() if getattr(deal, name) != value}
    if not changed:
        return False
    for name, value in changed.items():
        setattr(deal, name, value)
    deal.full_clean()
    deal.save()
    return True


@transaction.atomic
def discard_non_company(*, deal: Deal, company: Company, user) -> int:
    """Take a name that is no company (a place, an outlet, a word) off the deal, and mark its spelling so the
    next extraction skips it everywhere. Returns how many party rows went."""
    removed, _ = DealParty.objects.filter(deal=deal, company=company).delete()
    key = normalize_alias(company.name)
    aliases = [a for a in company.aliases.all() if a.normalized == key]
    if key and not aliases:
        clash = CompanyAlias.objects.filter(normalized=key).first()
        aliases = [clash or CompanyAlias(company=company, alias=company.name)]
    for alias in aliases:
        if not alias.not_a_company or alias.pk is None:
            alias.not_a_company = True
            alias._history_user = user
            alias.save()
    Event.objects.filter(deal=deal).update(edited_by_editor=True)
    return removed


@transaction.atomic
def save_amounts(*, event: Event, user, rows: list[dict]) -> bool:
    """Replace, add or remove the event's amounts. rows: {pk or None, delete, role, low, high, currency, qualifier, text}."""
    changed = False
    for row in rows:
        amount = event.amounts.filter(pk=row.get("pk")).first() if row.get("pk") else None
        if row.get("delete"):
            if amount is not None:
                amount.delete()
                changed = True
            continue
        values = {k: row[k] for k in ("role", "low", "high", "currency", "qualifier", "text")}
        values["currency"] = values["currency"].upper()
        if amount is not None and all(getattr(amount, k) == v for k, v in values.items()):
            continue
        amount = amount or Amount(event=event)
        for name, value in values.items():
            setattr(amount, name, value)
        refresh_usd(amount=amount, on=event.date)
        amount.full_clean()
        amount._history_user = user
        amount.save()
        changed = True
    if changed:
        Event.objects.filter(pk=event.pk).update(edited_by_editor=True)
    return changed


def _set_state(*, event: Event, state: str, user, version: int | None) -> bool:
    event = Event.objects.select_for_update().get(pk=event.pk)
    check_version(event=event, version=version)
    if event.review_state == state:
        return False
    set_review_state(event=event, state=state, user=user)
    event._history_user = user
    event.save()
    return True


@transaction.atomic
def publish_events(*, events, user, version: int | None = None) -> int:
    """Accept events: they appear on the public pages and in the API. Returns how many changed."""
    return sum(_set_state(event=e, state=ReviewState.PUBLISHED, user=user, version=version) for e in events)


@transaction.atomic
def reject_events(*, events, user, version: int | None = None) -> int:
    """Reject events: kept (so re-extraction does not bring them back) but shown nowhere."""
    return sum(_set_state(event=e, state=ReviewState.REJECTED, user=user, version=version) for e in events)


@transaction.atomic
def move_event(*, event: Event, user, to_deal: Deal | None, version: int | None = None) -> Event:
    """Attach the event to another deal, or (to_deal None) to a new deal with the same kind and parties."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    check_version(event=event, version=version)
    old = event.deal
    if to_deal is None:
        to_deal = Deal.objects.create(kind=old.kind)
        for party in old.parties.all():
            DealParty.objects.create(deal=to_deal, company_id=party.company_id, role=party.role)
    if to_deal.pk == old.pk:
        return event
    event.deal = to_deal
    event.edited_by_editor = True
    event._history_user = user
    event.save()
    if not old.events.exists():
        old.delete()  # an empty deal is no deal: nothing is lost, its parties are on the new one
    return event


@transaction.atomic
def add_event(
    *,
    article: Article,
    user,
    start: int,
    end: int,
    kind: str,
    status: str,
    date: dt.date,
    date_precision: str,
    actor: Company | None,
    counterparties=(),
    deal: Deal | None = None,
    summary: str = "",
) -> Event:
    """An event the extractor missed, sourced by the sentence the editor selected."""
    if not (0 <= start < end <= len(article.text)):
        raise ValidationError("Select a sentence of the article.")
    event = Event(
        date=period_start(date, date_precision),
        date_precision=date_precision,
        date_text=None,
        status=status,
        summary=summary,
        confidence=1.0,
        edited_by_editor=True,
        review_state=ReviewState.DRAFT,
    )
    event.full_clean(exclude=["deal"])
    if deal is None:
        deal = Deal(kind=kind)
        deal.full_clean()
        deal.save()
        set_deal_details(deal=deal, kind=kind, actor=actor, counterparties=counterparties)
    event.deal = deal
    event._history_user = user
    event.save()
    Mention.objects.create(event=event, article=article, start=start, end=end, quote=article.text[start:end])
    return event
