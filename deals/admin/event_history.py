"""One history per event: besides the event's own versions, every change to its amounts and its deal's parties,
with who made it and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deals.models import Amount, Company, DealParty, Event, PartyRole
from deals.services.amount_text import format_amount

_VERBS = {"+": "added", "~": "changed", "-": "deleted"}
_AMOUNT_FIELDS = ("role", "low", "high", "currency", "qualifier", "text")


@dataclass(frozen=True)
class RelatedChange:
    when: datetime
    who: str
    what: str  # "Amount", "Party"
    verb: str
    detail: str


def _who(record) -> str:
    user = record.history_user
    return user.get_username() if user is not None else "the importer (no editor)"


def _amount_detail(record) -> str:
    figure = format_amount(record.low)
    if record.high is not None and record.high != record.low:
        figure += f"–{format_amount(record.high)}"
    detail = f"{record.role}: {figure} {record.currency}"
    if record.history_type == "~" and record.prev_record is not None:
        delta = record.diff_against(record.prev_record, included_fields=list(_AMOUNT_FIELDS))
        changes = [
            f"{c.field} {_shown(c.old)} → {_shown(c.new)}" for c in delta.changes if _shown(c.old) != _shown(c.new)
        ]
        if changes:
            detail += f" ({'; '.join(changes)})"
    return detail


def _shown(value) -> str:
    from decimal import Decimal

    return format_amount(value) if isinstance(value, Decimal) else str(value or "")


def related_changes(*, event: Event) -> list[RelatedChange]:
    """Changes to the event's amounts and to its deal's parties, newest first."""
    amounts = Amount.history.filter(event_id=event.pk).select_related("history_user").order_by("history_date")
    parties = DealParty.history.filter(deal_id=event.deal_id).select_related("history_user").order_by("history_date")
    names = dict(Company.objects.filter(pk__in={p.company_id for p in parties}).values_list("pk", "name"))
    roles = dict(PartyRole.choices)
    rows = [
        RelatedChange(r.history_date, _who(r), "Amount", _VERBS[r.history_type], _amount_detail(r)) for r in amounts
    ]
    rows += [
        RelatedChange(
            p.history_date,
            _who(p),
            "Party",
            _VERBS[p.history_type],
            f"{names.get(p.company_id, f'company #{p.company_id}')} as {roles.get(p.role, p.role).lower()}",
        )
        for p in parties
    ]
    return sorted(rows, key=lambda r: r.when, reverse=True)
