"""Merging duplicates: two companies (an unverified spelling of a known one) or two deals.

Nothing is lost: aliases, parties, units and events move to the row kept, the merged row's name becomes an
alias, and history records the merge with its reason.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from deals.extraction.normalize import normalize_alias
from deals.models import Company, CompanyAlias, Deal, DealMerge, DealParty, Event


def _reason(instance, user, reason: str):
    instance._history_user = user
    instance._change_reason = reason


@transaction.atomic
def merge_companies(*, keep: Company, merge: Company, user) -> Company:
    """Fold `merge` into `keep`; `merge` is deleted once nothing points to it."""
    if keep.pk == merge.pk:
        raise ValidationError("Choose two different companies.")
    keep = Company.objects.select_for_update().get(pk=keep.pk)
    merge = Company.objects.select_for_update().get(pk=merge.pk)
    if keep.parent_id == merge.pk:
        keep.parent = merge.parent
    reason = f"merged {merge.name} (#{merge.pk}) into {keep.name} (#{keep.pk})"
    for alias in CompanyAlias.objects.filter(company=merge):
        alias.company = keep
        _reason(alias, user, reason)
        alias.save()
    if not CompanyAlias.objects.filter(normalized=normalize_alias(merge.name)).exists() and normalize_alias(merge.name):
        alias = CompanyAlias(company=keep, alias=merge.name)
        _reason(alias, user, reason)
        alias.save()
    for party in DealParty.objects.filter(company=merge):
        if DealParty.objects.filter(deal_id=party.deal_id, company=keep, role=party.role).exists():
            _reason(party, user, reason)
            party.delete()
        else:
            party.company = keep
            _reason(party, user, reason)
            party.save()
    for unit in Company.objects.filter(parent=merge).exclude(pk=keep.pk):
        unit.parent = keep
        _reason(unit, user, reason)
        unit.save()
    keep.is_tracked = keep.is_tracked or merge.is_tracked
    keep.verified = keep.verified or merge.verified
    for name in ("country", "website", "description"):
        if not getattr(keep, name):
            setattr(keep, name, getattr(merge, name))
    _reason(keep, user, reason)
    keep.save()
    _reason(merge, user, reason)
    merge.delete()
    return keep


_DEAL_FIELDS = ("kind", "object_type", "object_label", "headline", "summary")


def merge_plan(*, keep: Deal, merge: Deal) -> dict:
    """What a merge would move where, for the editor to confirm: events moving, parties gained, the summary."""
    kept = {(p.company_id, p.role) for p in keep.parties.all()}
    return {
        "events": list(merge.events.order_by("date", "pk")),
        "new_parties": [p for p in merge.parties.select_related("company") if (p.company_id, p.role) not in kept],
        "shared_parties": [p for p in merge.parties.select_related("company") if (p.company_id, p.role) in kept],
        "summary_added": bool(merge.summary and merge.summary not in keep.summary),
    }


@transaction.atomic
def merge_deals(*, keep: Deal, merge: Deal, user) -> Deal:
    """Move `merge`'s events and parties onto `keep` (its kind stays), then delete `merge`; a DealMerge row keeps
    what `undo_deal_merge` needs."""
    if keep.pk == merge.pk:
        raise ValidationError("Choose two different deals.")
    keep = Deal.objects.select_for_update().get(pk=keep.pk)
    merge = Deal.objects.select_for_update().get(pk=merge.pk)
    record = DealMerge(
        keep=keep,
        merged_pk=merge.pk,
        merged_fields={name: getattr(merge, name) for name in _DEAL_FIELDS},
        merged_parties=[[p.company_id, p.role] for p in merge.parties.all()],
        keep_summary=keep.summary,
        merged_by=user,
    )
    reason = f"merged deal #{merge.pk} into deal #{keep.pk}"
    for event in merge.events.all():
        event.deal = keep
        _reason(event, user, reason)
        event.save()
        record.moved_events.append(event.pk)
    for party in merge.parties.all():
        if not DealParty.objects.filter(deal=keep, company_id=party.company_id, role=party.role).exists():
            added = DealParty(deal=keep, company_id=party.company_id, role=party.role)
            _reason(added, user, reason)
            added.save()
            record.added_parties.append(added.pk)
    if merge.summary and merge.summary not in keep.summary:
        keep.summary = "\n\n".join(s for s in (keep.summary, merge.summary) if s)
    _reason(keep, user, reason)
    keep.save()
    _reason(merge, user, reason)
    merge.delete()
    record.save()
    return keep


@transaction.atomic
def undo_deal_merge(*, record: DealMerge, user) -> Deal:
    """The merged deal back, with its id, fields and parties, and its events moved back to it."""
    record = DealMerge.objects.select_for_update().get(pk=record.pk)
    if record.undone_at is not None:
        raise ValidationError("This merge was already undone.")
    if Deal.objects.filter(pk=record.merged_pk).exists():
        raise ValidationError(f"Deal #{record.merged_pk} exists again; this merge cannot be undone.")
    reason = f"undid the merge of deal #{record.merged_pk} into deal #{record.keep_id}"
    restored = Deal(pk=record.merged_pk, **record.merged_fields)
    _reason(restored, user, reason)
    restored.save(force_insert=True)
    for company_id, role in record.merged_parties:
        party = DealParty(deal=restored, company_id=company_id, role=role)
        _reason(party, user, reason)
        party.save()
    for event in Event.objects.filter(pk__in=record.moved_events, deal_id=record.keep_id):
        event.deal = restored
        _reason(event, user, reason)
        event.save()
    for party in DealParty.objects.filter(pk__in=record.added_parties, deal_id=record.keep_id):
        _reason(party, user, reason)
        party.delete()
    keep = record.keep
    keep.summary = record.keep_summary
    _reason(keep, user, reason)
    keep.save()
    record.undone_at, record.undone_by = timezone.now(), user
    record.save()
    return restored
