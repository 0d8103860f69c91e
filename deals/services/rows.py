"""The rows an import writes for one move: its deal with the object and the parties' roles, its amounts and
its mentions; and what a re-import removes. Called inside the import's transaction (deals.services.imports)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from simple_history.utils import bulk_create_with_history

from deals.extraction.types import Quote
from deals.models import Amount, Article, Deal, DealParty, Event, Mention, ObjectType, PartyRole, ReviewState

from . import facts

if TYPE_CHECKING:
    from .imports import MovePlan


def refresh_deal(*, deal_id: int, plan: MovePlan, companies: dict, user) -> bool:
    """A deal no editor has touched takes the object and roles the new extraction states; True if changed."""
    deal = Deal.objects.get(pk=deal_id)
    if deal.events.exclude(review_state=ReviewState.DRAFT, edited_by_editor=False).exists():
        return False  # the editors' call
    changed = False
    wanted = _object_update(deal, plan.deal["object_type"], plan.deal["object_label"])
    if wanted != (deal.object_type, deal.object_label):
        deal.object_type, deal.object_label = wanted
        deal._history_user = user
        deal.save()
        changed = True
    roles = {
        companies[ref.name].pk: facts.counterparty_role(source=plan.source, name=ref.name)
        for ref in plan.source.counterparties
        if ref.name in companies
    }
    for party in deal.parties.exclude(role=PartyRole.ACTOR).filter(company_id__in=list(roles)):
        if party.role != roles[party.company_id]:
            party.role = roles[party.company_id]
            party._history_user = user
            party.save()
            changed = True
    return changed


def _object_update(deal: Deal, object_type: str, label: str) -> tuple[str, str]:
    """The object a re-extraction leaves on the deal: what it states, but never less than the deal says (an
    unstated object or the type's bare noun does not erase a stated one)."""
    if object_type == ObjectType.OTHER and deal.object_type != ObjectType.OTHER:
        return deal.object_type, deal.object_label
    if object_type == deal.object_type and deal.object_label and label == facts.FALLBACK_LABEL.get(object_type):
        return deal.object_type, deal.object_label
    return object_type, label


def create_deal(*, plan: MovePlan, companies: dict, user) -> Deal:
    deal = Deal(**plan.deal)
    if user is not None:  # else simple_history records the signed-in user, as for any save
        deal._history_user = user
    deal.save()
    add_missing_parties(deal=deal, plan=plan, companies=companies, user=user, fresh=True)
    return deal


def add_missing_parties(*, deal: Deal, plan: MovePlan, companies: dict, user, fresh: bool = False) -> None:
    """Parties the move names that the deal lacks, in one insert (with their history rows).

    `fresh`: the deal was created in this transaction, so it has no events or parties to read first, and no
    other import can see it.
    """
    if not fresh and deal.events.exclude(review_state=ReviewState.DRAFT, edited_by_editor=False).exists():
        return  # the parties of a reviewed deal are the editors' call
    actor = plan.source.actor
    actor_id = companies[actor.name].pk if actor is not None and actor.name in companies else None
    wanted = [(actor_id, PartyRole.ACTOR)] if actor_id else []
    for ref in plan.source.counterparties:
        company = companies.get(ref.name)
        if company is not None and company.pk != actor_id:
            wanted.append((company.pk, facts.counterparty_role(source=plan.source, name=ref.name)))
    # A company already on the deal keeps the role it has there: one company, one part in a move.
    have = set() if fresh else set(DealParty.objects.filter(deal=deal).values_list("company_id", flat=True))
    missing = []
    for company_id, role in wanted:
        if company_id not in have:
            have.add(company_id)
            missing.append((company_id, role))
    if missing:
        # An existing deal may get the same party from another import holding other company locks (each
        # matched it through a different counterparty): skip the row it added rather than fail.
        bulk_create_with_history(
            [DealParty(deal=deal, company_id=company_id, role=role) for company_id, role in missing],
            DealParty,
            default_user=user,
            ignore_conflicts=not fresh,
        )


def replace_amounts(*, event: Event, amounts: list[dict], user=None, fresh: bool = False) -> None:
    if not fresh:
        event.amounts.all().delete()
    if amounts:
        bulk_create_with_history([Amount(event=event, **values) for values in amounts], Amount, default_user=user)


def kept_quotes(quotes: list[Quote]) -> tuple[list[Quote], int]:
    """The quotes stored of one move in one article: its own (the first, which a re-import finds it by), then
    the others in text order up to settings.IMPORT_MAX_QUOTES_PER_EVENT; and how many were left out."""
    main, *others = {(q.start, q.end): q for q in quotes}.values()
    kept = [main, *sorted(others, key=lambda q: (q.start, q.end))[: max(settings.IMPORT_MAX_QUOTES_PER_EVENT - 1, 0)]]
    return kept, len(others) + 1 - len(kept)


def ensure_mentions(
    *, event: Event, article: Article, quotes: list[Quote], user=None, fresh: bool = False
) -> tuple[list[int], int]:
    """The ids of this article's mentions of the event for the kept `quotes`, creating the missing ones; and
    how many were created. How many quotes were left out is noted on the last kept one in text order, for the
    review page. `fresh`: the event was created in this transaction and has no mention yet."""
    quotes, more = kept_quotes(quotes)
    last = max((q.start, q.end) for q in quotes)
    noted = {(q.start, q.end): (more or None) if (q.start, q.end) == last else None for q in quotes}
    have = (
        {}
        if fresh
        else {
            (start, end): (pk, n)
            for pk, start, end, n in Mention.objects.filter(event=event, article=article).values_list(
                "pk", "start", "end", "more_in_article"
            )
        }
    )
    for span, (pk, n) in have.items():
        if span in noted and n != noted[span]:
            Mention.objects.filter(pk=pk).update(more_in_article=noted[span])
    new = [
        Mention(event=event, article=article, start=q.start, end=q.end, quote=q.text, more_in_article=noted[span])
        for span, q in zip(noted, quotes, strict=True)
        if span not in have
    ]
    ids = {span: pk for span, (pk, _) in have.items()}
    if new:
        for mention in bulk_create_with_history(new, Mention, default_user=user):
            ids[(mention.start, mention.end)] = mention.pk
    return [ids[(q.start, q.end)] for q in quotes], len(new)


def drop_unclaimed(*, prior: list[Mention], keep: set[int]) -> int:
    """Remove this article's mentions no plan claimed; drafts left without a source go, and empty deals too."""
    removed = 0
    for mention in prior:
        if mention.pk in keep:
            continue
        event = Event.objects.filter(pk=mention.event_id).first()
        if event is None or frozen(event):
            continue
        Mention.objects.filter(pk=mention.pk).delete()
        if not event.mentions.exists():
            deal_id = event.deal_id
            event.delete()
            removed += 1
            if not Event.objects.filter(deal_id=deal_id).exists():
                Deal.objects.filter(pk=deal_id).delete()
    return removed


def frozen(event: Event) -> bool:
    return event.review_state != ReviewState.DRAFT or event.edited_by_editor
