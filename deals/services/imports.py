"""Article import: the only code that turns extraction results into rows.

Shape (after simonw's newsletter importers): read and extract outside any transaction, build and validate
every row (`full_clean`), then write everything in one transaction. Re-importing the same text finds the
same Article by its content hash and updates only the drafts it created; an event an editor has edited,
published or rejected is never changed (another article may still add a source to it).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from deals.extraction.dates import parse_stated_publication_date
from deals.extraction.language import detect_language
from deals.extraction.periods import period_start
from deals.extraction.pipeline import extract
from deals.extraction.types import CompanyRef, ExtractedEvent, ExtractionResult, Quote
from deals.models import (
    Amount,
    Article,
    Deal,
    DealParty,
    Event,
    Mention,
    PartyRole,
    ReviewState,
)
from deals.models.articles import content_hash

from . import matching, sectors, validation
from .companies import find_companies, new_company, resolve_companies
from .editing import USD_FIELDS, set_review_state, usd_fields
from .gazetteer import build_gazetteer
from .text import normalize_text

# Which role the other companies play in a move of each kind (the extractor only says "counterparty").
COUNTERPARTY_ROLE = {
    "investment": PartyRole.TARGET,
    "acquisition": PartyRole.TARGET,
    "divestment": PartyRole.TARGET,
    "commitment": PartyRole.TARGET,
    "financing": PartyRole.LENDER,
}
_AMOUNT_FIELDS = ("role", "low", "high", "currency", "qualifier", "text")
_AMOUNT_COLUMNS = (*_AMOUNT_FIELDS, *USD_FIELDS)
_LOCK_SPACE = 0x4445  # "DE": PostgreSQL advisory locks (space, company id) held by imports while they match deals


class ImportRejected(ValidationError):
    """The article cannot be imported; nothing was written. `messages` says why, for the editor."""


@dataclass
class ImportReport:
    article: Article
    article_created: bool
    events_created: int = 0
    events_updated: int = 0
    events_unchanged: int = 0  # drafts already as extracted, and events editors own (never touched)
    events_attached: int = 0  # the move was already known: this article became another source of it
    events_removed: int = 0  # drafts no longer extracted
    events_published: int = 0
    companies_created: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # candidates refused by validation, with the reason
    event_ids: list[int] = field(default_factory=list)  # every event this article now supports

    @property
    def changed(self) -> bool:
        return bool(
            self.article_created
            or self.events_created
            or self.events_updated
            or self.events_attached
            or self.events_removed
            or self.events_published
            or self.companies_created
        )


@dataclass
class _Plan:
    """One extracted event, validated and ready to write."""

    source: ExtractedEvent
    fields: dict
    amounts: list[dict]
    quotes: list[Quote]


# --- the seams to the extraction package (tests replace run_extraction) ---


def run_extraction(text: str, *, published: dt.date, language: str | None) -> ExtractionResult:
    return extract(text, published=published, language=language, gazetteer=build_gazetteer())


def stated_publication_date(text: str) -> dt.date | None:
    return parse_stated_publication_date(text)


# --- public services ---


def article_import(
    *,
    text: str,
    published: dt.date | None = None,
    title: str = "",
    outlet: str = "",
    url: str = "",
    language: str | None = None,
    source_file: str = "",
    user=None,
    publish: bool = False,
) -> ImportReport:
    """Import one article: find or create it by content hash, extract, and write its draft events atomically.

    Raises ImportRejected (nothing written) when the text is empty, no publication date is given or stated,
    or a metadata field is invalid.
    """
    text = normalize_text(text)
    if not text:
        raise ImportRejected("The article text is empty.")
    existing = Article.objects.filter(content_hash=content_hash(text)).first()
    if existing is not None:
        # The same article: its stored date and language (which an editor may have corrected) win.
        published, language = existing.published_on, existing.language
    published = published or stated_publication_date(text)
    if published is None:
        raise ImportRejected(
            "Give the publication date: relative dates in the text are read from it, and the text states none "
            '(a line like "Update time : 2024-11-14" would do).'
        )
    result = run_extraction(text, published=published, language=language or None)
    language = (language or result.language or detect_language(text)[0]).lower()
    article = existing or Article(
        title=title.strip(),
        outlet=outlet.strip(),
        url=url.strip(),
        language=language,
        published_on=published,
        text=text,
        source_file=source_file[:300],
        importer=user,
    )
    article.content_hash = content_hash(text)
    try:
        validation.full_clean(article, validate_unique=False)
    except ValidationError as exc:
        raise ImportRejected(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from exc
    return _write(article=article, text=text, result=result, user=user, publish=publish)


def reextract_article(*, article: Article, user=None) -> ImportReport:
    """Run extraction again on a stored article (after new aliases, say): drafts update, editors' work stays."""
    result = run_extraction(article.text, published=article.published_on, language=article.language)
    return _write(article=article, text=article.text, result=result, user=user, publish=False)


# --- validation, before any write ---


def _plan(*, text: str, candidate: ExtractedEvent) -> _Plan:
    """The rows for one extracted event, each validated; ValidationError when any is invalid."""
    fields = {
        "date": period_start(candidate.date.date, candidate.date.precision),
        "date_precision": candidate.date.precision,
        "date_text": (candidate.date.text or None) and candidate.date.text[:200],
        "status": candidate.status,
        "confidence": round(min(max(float(candidate.confidence), 0.0), 1.0), 4),
    }
    validation.full_clean(Deal(kind=candidate.kind))
    validation.full_clean(Event(**fields), exclude=["deal"])
    amounts = []
    for extracted in candidate.amounts:
        values = {name: getattr(extracted, name) for name in _AMOUNT_FIELDS}
        values["text"] = (values["text"] or "")[:300]
        values.update(
            usd_fields(low=values["low"], high=values["high"], currency=values["currency"], on=fields["date"])
        )
        validation.full_clean(Amount(**values), exclude=["event"])
        amounts.append(values)
    quotes = []
    for quote in (candidate.quote, *candidate.quotes):
        if not (0 <= quote.start < quote.end <= len(text)) or text[quote.start : quote.end] != quote.text:
            raise ValidationError(f"quote at {quote.start}..{quote.end} is not the article text there")
        if all((q.start, q.end) != (quote.start, quote.end) for q in quotes):
            quotes.append(quote)
    return _Plan(source=candidate, fields=fields, amounts=amounts, quotes=quotes)


def _plans(*, text: str, result: ExtractionResult, report: ImportReport) -> list[_Plan]:
    plans = []
    for candidate in result.events:
        try:
            plans.append(_plan(text=text, candidate=candidate))
        except ValidationError as exc:
            report.skipped.append(f"{candidate.quote.text[:80]!r}: {'; '.join(exc.messages)}")
    refs = list({r.name: r for r in _refs(plans)}.values())
    known = find_companies(refs=refs)
    for ref in refs:
        if ref.name not in known:
            try:
                new_company(name=ref.name).full_clean(validate_unique=False, validate_constraints=False)
            except ValidationError as exc:
                raise ImportRejected(f"Company name {ref.name!r}: {'; '.join(exc.messages)}") from exc
    return plans


def _refs(plans: list[_Plan]) -> list[CompanyRef]:
    refs = []
    for plan in plans:
        refs.extend(r for r in (plan.source.actor, *plan.source.counterparties) if r is not None and r.name.strip())
    return refs


# --- the one transaction ---


def _write(*, article: Article, text: str, result: ExtractionResult, user, publish: bool) -> ImportReport:
    report = ImportReport(article=article, article_created=False)
    plans = _plans(text=text, result=result, report=report)
    warnings = [*result.warnings, *(f"skipped {s}" for s in report.skipped)]
    with transaction.atomic():
        if article.pk is None:
            defaults = {
                f.name: getattr(article, f.name)
                for f in Article._meta.concrete_fields
                if f.name not in ("id", "content_hash")
            }
            # The unique content hash makes two concurrent imports of one text converge on one row:
            # get_or_create retries the read when its insert loses the race.
            article, report.article_created = Article.objects.get_or_create(
                content_hash=article.content_hash, defaults=defaults
            )
        if not report.article_created:  # a row this transaction inserted is ours already
            article = Article.objects.select_for_update().get(pk=article.pk)
        report.article = article
        companies, report.companies_created = resolve_companies(refs=_refs(plans))
        parents = matching.company_parents()
        _lock_companies(
            article=article, fresh=report.article_created, plans=plans, companies=companies, parents=parents
        )
        _sync_events(article=article, plans=plans, companies=companies, parents=parents, report=report, user=user)
        if publish:
            _publish(article=article, report=report, user=user)
        sectors.classify_deals(deal_ids=Event.objects.filter(pk__in=report.event_ids).values("deal_id"))
        Article.objects.filter(pk=article.pk).update(extracted_at=timezone.now(), extraction_warnings=warnings)
    return report


def _lock_companies(*, article: Article, fresh: bool, plans: list[_Plan], companies: dict, parents: dict) -> None:
    """Make imports that could match the same deals write one at a time (PostgreSQL; SQLite has one writer).

    A move only ever joins a deal sharing one of its counterparties, or, naming none, its actor's group
    (`matching.candidate_deals`), so locking those companies, plus the companies of the deals this article
    already supports (a re-import may move or delete its drafts), serialises exactly the imports whose
    matching could see each other; the others (most of a batch) write in parallel. All locks are taken at
    once, in id order, so two imports never wait on each other in a cycle.
    """
    if connection.vendor != "postgresql":
        return
    keys = set()
    for plan in plans:
        actor = companies.get(plan.source.actor.name) if plan.source.actor is not None else None
        others = {companies[r.name].pk for r in plan.source.counterparties if r.name in companies}
        others.discard(actor.pk if actor else None)
        keys |= others or ({matching.root_of(actor.pk, parents)} if actor else set())
    if not fresh:
        keys |= set(
            DealParty.objects.filter(deal__events__mentions__article=article).values_list("company_id", flat=True)
        )
    with connection.cursor() as cursor:
        for key in sorted(keys):
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [_LOCK_SPACE, key & 0x7FFFFFFF])


def _frozen(event: Event) -> bool:
    return event.review_state != ReviewState.DRAFT or event.edited_by_editor


def _candidate(plan: _Plan, companies: dict, roots: dict) -> matching.Candidate:
    actor = plan.source.actor
    actor_id = companies[actor.name].pk if actor is not None and actor.name in companies else None
    others = frozenset(companies[r.name].pk for r in plan.source.counterparties if r.name in companies) - {actor_id}
    return matching.Candidate(
        kind=plan.source.kind,
        status=plan.fields["status"],
        date=plan.fields["date"],
        precision=plan.fields["date_precision"],
        date_stated=bool(plan.fields["date_text"]),
        actor_id=actor_id,
        counterparty_ids=others,
        values=tuple(
            (a["low"], a["high"], a["currency"], a["usd_low"], a["usd_high"])
            for a in plan.amounts
            if a["role"] == "value"
        ),
        company_roots=roots,
    )


def _sync_events(
    *, article: Article, plans: list[_Plan], companies: dict, parents: dict, report: ImportReport, user
) -> None:
    """Bring the events this article supports in line with the plans, leaving editors' events alone.

    `parents`: every company's parent, read once; all the article's candidates match against it."""
    roots = matching.company_roots([c.pk for c in companies.values()], parents=parents)
    prior = list(Mention.objects.filter(article=article).select_related("event__deal").order_by("pk"))
    by_span = defaultdict(list)
    for mention in prior:
        by_span[(mention.start, mention.end)].append(mention)
    keep: set[int] = set()  # this article's mentions that stay
    claimed: set[int] = set()  # events already matched to a plan in this run
    supported: dict[int, None] = {}

    for plan in plans:
        candidate = _candidate(plan, companies, roots)
        main = plan.quotes[0]
        earlier = [m for m in by_span.get((main.start, main.end), []) if m.event_id not in claimed]
        if earlier:
            mention = _best_prior(earlier, candidate, roots)
            event = mention.event
            claimed.add(event.pk)
            keep.add(mention.pk)
            supported[event.pk] = None
            if _frozen(event) or not _owned_by(event=event, mention=mention, article=article):
                report.events_unchanged += 1
                keep.update(m.pk for m in prior if m.event_id == event.pk)
                continue
            changed = _update_draft(
                event=event,
                plan=plan,
                candidate=candidate,
                companies=companies,
                roots=roots,
                parents=parents,
                user=user,
            )
            keep.update(_ensure_mentions(event=event, article=article, quotes=plan.quotes, user=user)[0])
            if changed:
                report.events_updated += 1
            else:
                report.events_unchanged += 1
            continue
        deal = matching.find_matching_deal(candidate=candidate, parents=parents)
        event = matching.find_same_milestone(deal=deal, candidate=candidate) if deal else None
        if event is not None:
            ids, added = _ensure_mentions(event=event, article=article, quotes=plan.quotes, user=user)
            keep.update(ids)
            if added:
                report.events_attached += 1
            claimed.add(event.pk)
            supported[event.pk] = None
            continue
        if deal is None:
            deal = _create_deal(plan=plan, companies=companies, user=user)
        else:
            _add_missing_parties(deal=deal, plan=plan, companies=companies, user=user)
        event = Event(deal=deal, **plan.fields)
        event._history_user = user
        event.save()
        _replace_amounts(event=event, amounts=plan.amounts, user=user, fresh=True)
        keep.update(_ensure_mentions(event=event, article=article, quotes=plan.quotes, user=user, fresh=True)[0])
        claimed.add(event.pk)
        supported[event.pk] = None
        report.events_created += 1

    report.events_removed += _drop_unclaimed(prior=prior, keep=keep)
    still = set(Event.objects.filter(pk__in=list(supported)).values_list("pk", flat=True))
    report.event_ids = [pk for pk in supported if pk in still]


def _best_prior(mentions: list[Mention], candidate: matching.Candidate, roots: dict) -> Mention:
    for mention in mentions:
        deal = mention.event.deal
        if deal.kind == candidate.kind and matching.parties_agree(deal=deal, candidate=candidate, roots=roots):
            return mention
    return mentions[0]


def _owned_by(*, event: Event, mention: Mention, article: Article) -> bool:
    """The draft was created from this very sentence of this article and no other article supports it."""
    mentions = list(event.mentions.order_by("pk").values_list("pk", "article_id"))
    return all(a == article.pk for _, a in mentions) and mentions[0][0] == mention.pk


def _update_draft(*, event: Event, plan: _Plan, candidate, companies: dict, roots: dict, parents: dict, user) -> bool:
    changed = False
    deal = Deal.objects.prefetch_related("parties", "events__amounts").get(pk=event.deal_id)
    if not matching.deal_agrees(deal=deal, candidate=candidate, roots=roots):
        target = matching.find_matching_deal(candidate=candidate, exclude_ids=[deal.pk], parents=parents)
        if target is None:
            target = _create_deal(plan=plan, companies=companies, user=user)
        event.deal = target
        changed = True
    for name, value in plan.fields.items():
        if getattr(event, name) != value:
            setattr(event, name, value)
            changed = True
    if changed:
        event._history_user = user
        event.save()
        if not deal.events.exists():
            deal.delete()
    current = [tuple(getattr(a, n) for n in _AMOUNT_COLUMNS) for a in event.amounts.order_by("pk")]
    wanted = [tuple(a[n] for n in _AMOUNT_COLUMNS) for a in plan.amounts]
    if current != wanted:
        _replace_amounts(event=event, amounts=plan.amounts, user=user)
        changed = True
    return changed


def _create_deal(*, plan: _Plan, companies: dict, user) -> Deal:
    deal = Deal(kind=plan.source.kind)
    if user is not None:  # else simple_history records the signed-in user, as for any save
        deal._history_user = user
    deal.save()
    _add_missing_parties(deal=deal, plan=plan, companies=companies, user=user, fresh=True)
    return deal


def _add_missing_parties(*, deal: Deal, plan: _Plan, companies: dict, user, fresh: bool = False) -> None:
    """Parties the move names that the deal lacks, in one insert (with their history rows).

    `fresh`: the deal was created in this transaction, so it has no events or parties to read first, and no
    other import can see it.
    """
    if not fresh and deal.events.exclude(review_state=ReviewState.DRAFT, edited_by_editor=False).exists():
        return  # the parties of a reviewed deal are the editors' call
    actor = plan.source.actor
    actor_id = companies[actor.name].pk if actor is not None and actor.name in companies else None
    wanted = [(actor_id, PartyRole.ACTOR)] if actor_id else []
    role = COUNTERPARTY_ROLE.get(deal.kind, PartyRole.PARTNER)
    for ref in plan.source.counterparties:
        company = companies.get(ref.name)
        if company is not None and company.pk != actor_id:
            wanted.append((company.pk, role))
    have = set() if fresh else set(DealParty.objects.filter(deal=deal).values_list("company_id", "role"))
    missing = [key for key in dict.fromkeys(wanted) if key not in have]
    if missing:
        # An existing deal may get the same party from another import holding other company locks (each
        # matched it through a different counterparty): skip the row it added rather than fail.
        bulk_create_with_history(
            [DealParty(deal=deal, company_id=company_id, role=role) for company_id, role in missing],
            DealParty,
            default_user=user,
            ignore_conflicts=not fresh,
        )


def _replace_amounts(*, event: Event, amounts: list[dict], user=None, fresh: bool = False) -> None:
    if not fresh:
        event.amounts.all().delete()
    if amounts:
        bulk_create_with_history([Amount(event=event, **values) for values in amounts], Amount, default_user=user)


def _ensure_mentions(
    *, event: Event, article: Article, quotes: list[Quote], user=None, fresh: bool = False
) -> tuple[list[int], int]:
    """The ids of this article's mentions of the event for `quotes`, creating the missing ones; and how many
    were created. `fresh`: the event was created in this transaction and has no mention yet."""
    have = (
        {}
        if fresh
        else {
            (start, end): pk
            for pk, start, end in Mention.objects.filter(event=event, article=article).values_list("pk", "start", "end")
        }
    )
    new = [
        Mention(event=event, article=article, start=q.start, end=q.end, quote=q.text)
        for q in {(q.start, q.end): q for q in quotes}.values()
        if (q.start, q.end) not in have
    ]
    if new:
        for mention in bulk_create_with_history(new, Mention, default_user=user):
            have[(mention.start, mention.end)] = mention.pk
    return [have[(q.start, q.end)] for q in quotes], len(new)


def _drop_unclaimed(*, prior: list[Mention], keep: set[int]) -> int:
    """Remove this article's mentions no plan claimed; drafts left without a source go, and empty deals too."""
    removed = 0
    for mention in prior:
        if mention.pk in keep:
            continue
        event = Event.objects.filter(pk=mention.event_id).first()
        if event is None or _frozen(event):
            continue
        Mention.objects.filter(pk=mention.pk).delete()
        if not event.mentions.exists():
            deal_id = event.deal_id
            event.delete()
            removed += 1
            if not Event.objects.filter(deal_id=deal_id).exists():
                Deal.objects.filter(pk=deal_id).delete()
    return removed


def _publish(*, article: Article, report: ImportReport, user) -> None:
    for event in Event.objects.filter(pk__in=report.event_ids, review_state=ReviewState.DRAFT):
        set_review_state(event=event, state=ReviewState.PUBLISHED, user=user)
        event._history_user = user
        event.save()
        report.events_published += 1
