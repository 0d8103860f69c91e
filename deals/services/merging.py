"""Merging duplicates: two companies (an unverified spelling of a known one) or two deals.

Nothing is lost: aliases, parties, units and events move to the row kept, the merged row's name becomes an
alias, and history records the merge with its reason.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from deals.extraction.normalize import normalize_alias
from deals.models import Company, CompanyAlias, Deal, DealParty


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


@transaction.atomic
def merge_deals(*, keep: Deal, merge: Deal, user) -> Deal:
    """Move `merge`'s events and parties onto `keep` (its kind stays), then delete `merge`."""
    if keep.pk == merge.pk:
        raise ValidationError("Choose two different deals.")
    reason = f"merged deal #{merge.pk} into deal #{keep.pk}"
    for event in merge.events.all():
        event.deal = keep
        _reason(event, user, reason)
        event.save()
    for party in merge.parties.all():
        if not DealParty.objects.filter(deal=keep, company_id=party.company_id, role=party.role).exists():
            DealParty.objects.create(deal=keep, company_id=party.company_id, role=party.role)
    if merge.summary and merge.summary not in keep.summary:
        keep.summary = "\n\n".join(s for s in (keep.summary, merge.summary) if s)
    _reason(keep, user, reason)
    keep.save()
    _reason(merge, user, reason)
    merge.delete()
    return keep
