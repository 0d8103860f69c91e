"""Article import: the only code that turns extraction results into rows.

Shape (after simonw's newsletter importers): read and extract outside any transaction, build and validate
every row (`full_clean`), then write everything in one transaction. Re-importing the same text finds the
same Article by its content hash and updates only the drafts it created; an event an editor has edited,
published or rejected is never changed (another article may still add a source to it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone

from deals.extraction.dates import parse_stated_publication_date
from deals.extraction.language import detect_language
from deals.extraction.periods import period_start
from deals.extraction.pipeline import extract
from deals.extraction.types import CompanyRef, ExtractedEvent, ExtractionResult, Quote
from deals.models import (
    Amount,
    Article,
    Company,
    DateBasis,
    Deal,
    DealParty,
    Event,
    Mention,
    ReviewState,
)
from deals.models.articles import content_hash

from . import facts, matching, rows, sectors, validation
from .companies import find_companies, new_company, resolve_companies
from .editing import USD_FIELDS, set_review_state, usd_fields
from .gazetteer import build_gazetteer
from .sentences import sentence_spans
from .text import normalize_text
from .titles import headline_line

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
class MovePlan:
    """One extracted event, validated and ready to write."""

    source: ExtractedEvent
    fields: dict
    deal: dict  # kind, object_type, object_label
    amounts: list[dict]
    quotes: list[Quote]  # every sentence stating the move; rows.ensure_mentions keeps the first few


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
        title=title.strip() or headline_line(text),
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


def _plan(*, text: str, candidate: ExtractedEvent) -> MovePlan:
    """The rows for one extracted event, each validated; ValidationError when any is invalid."""
    fields = {
        "date": period_start(candidate.date.date, candidate.date.precision),
        "date_precision": candidate.date.precision,
        "date_text": (candidate.date.text or None) and candidate.date.text[:200],
        "date_approximate": bool(candidate.date.approximate),
        "date_basis": candidate.date_basis if candidate.date_basis in DateBasis.values else DateBasis.PUBLICATION,
        "status": candidate.status,
        "confidence": round(min(max(float(candidate.confidence), 0.0), 1.0), 4),
    }
    deal = facts.deal_fields(source=candidate)
    validation.full_clean(Deal(**deal))
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
    quotes = {}  # by span, the move's own quote first: a repetitive text can give thousands
    for quote in (candidate.quote, *candidate.quotes):
        if not (0 <= quote.start < quote.end <= len(text)) or text[quote.start : quote.end] != quote.text:
            raise ValidationError(f"quote at {quote.start}..{quote.end} is not the article text there")
        quotes.setdefault((quote.start, quote.end), quote)
    return MovePlan(source=candidate, fields=fields, deal=deal, amounts=amounts, quotes=list(quotes.values()))


def _without_non_companies(candidate: ExtractedEvent, spellings: frozenset[str]) -> ExtractedEvent:
    """The move without the names editors marked as no company (a place, an outlet, a word)."""
    if not spellings:
        return candidate
    kept = tuple(r for r in candidate.counterparties if not facts.is_not_a_company(r, spellings))
    actor = candidate.actor
    if actor is not None and facts.is_not_a_company(actor, spellings):
        actor = None
    if len(kept) == len(candidate.counterparties) and actor is candidate.actor:
        return candidate
    names = {r.name for r in kept}
    roles = tuple((name, role) for name, role in candidate.roles if name in names)
    return dataclasses.replace(candidate, actor=actor, counterparties=kept, roles=roles)


def _plans(*, text: str, result: ExtractionResult, report: ImportReport) -> list[MovePlan]:
    plans = []
    spellings = facts.not_company_spellings()
    for candidate in result.events:
        candidate = _without_non_companies(candidate, spellings)
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


def _refs(plans: list[MovePlan]) -> list[CompanyRef]:
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
        stored = {} if article.sentences is not None else {"sentences": sentence_spans(text=text)}
        Article.objects.filter(pk=article.pk).update(
            extracted_at=timezone.now(), extraction_warnings=warnings, **stored
        )
    return report


def _lock_companies(*, article: Article, fresh: bool, plans: list[MovePlan], companies: dict, parents: dict) -> None:
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


def _candidate(plan: MovePlan, companies: dict, roots: dict) -> matching.Candidate:
    actor = plan.source.actor
    actor_id = companies[actor.name].pk if actor is not None and actor.name in companies else None
    others = frozenset(companies[r.name].pk for r in plan.source.counterparties if r.name in companies) - {actor_id}
    return matching.Candidate(
        kind=plan.source.kind,
        status=plan.fields["status"],
        date=plan.fields["date"],
        precision=plan.fields["date_precision"],
        date_stated=plan.fields["date_basis"] == DateBasis.STATED,
        object_type=plan.deal["object_type"],
        object_label=plan.deal["object_label"],
        actor_id=actor_id,
        counterparty_ids=others,
        values=tuple(
            (a["low"], a["high"], a["currency"], a["usd_low"], a["usd_high"])
            for a in plan.amounts
            if a["role"] == "value"
        ),
        company_roots=roots,
    )


@dataclass
class _Sync:
    """One article's events being brought in line with its plans (see _sync_events)."""

    article: Article
    companies: dict
    parents: dict
    roots: dict
    report: ImportReport
    user: object
    prior: list[Mention]
    by_span: dict = field(default_factory=lambda: defaultdict(list))
    keep: set[int] = field(default_factory=set)  # this article's mentions that stay
    claimed: set[int] = field(default_factory=set)  # events already matched to a plan in this run
    supported: dict[int, None] = field(default_factory=dict)

    def support(self, event_id: int) -> None:
        self.claimed.add(event_id)
        self.supported[event_id] = None


def _sync_events(
    *, article: Article, plans: list[MovePlan], companies: dict, parents: dict, report: ImportReport, user
) -> None:
    """Bring the events this article supports in line with the plans, leaving editors' events alone.

    `parents`: every company's parent, read once; all the article's candidates match against it."""
    roots = matching.company_roots([c.pk for c in companies.values()], parents=parents)
    prior = list(Mention.objects.filter(article=article).select_related("event__deal").order_by("pk"))
    sync = _Sync(article, companies, parents, roots, report, user, prior)
    for mention in prior:
        sync.by_span[(mention.start, mention.end)].append(mention)
    for plan in plans:
        candidate = _candidate(plan, companies, roots)
        main = plan.quotes[0]
        earlier = [m for m in sync.by_span.get((main.start, main.end), []) if m.event_id not in sync.claimed]
        if earlier:
            _resync_told(sync, plan, candidate, _best_prior(earlier, candidate, roots))
        else:
            _sync_new(sync, plan, candidate)
    report.events_removed += rows.drop_unclaimed(prior=prior, keep=sync.keep)
    still = set(Event.objects.filter(pk__in=list(sync.supported)).values_list("pk", flat=True))
    report.event_ids = [pk for pk in sync.supported if pk in still]


def _resync_told(sync: _Sync, plan: MovePlan, candidate: matching.Candidate, mention: Mention) -> None:
    """A move this article told before: update its draft unless an editor or another article holds it."""
    event = mention.event
    sync.support(event.pk)
    sync.keep.add(mention.pk)
    if rows.frozen(event) or not _owned_by(event=event, mention=mention, article=sync.article):
        sync.report.events_unchanged += 1
        sync.keep.update(m.pk for m in sync.prior if m.event_id == event.pk)
        return
    changed = _update_draft(
        event=event,
        plan=plan,
        candidate=candidate,
        companies=sync.companies,
        roots=sync.roots,
        parents=sync.parents,
        user=sync.user,
    )
    sync.keep.update(rows.ensure_mentions(event=event, article=sync.article, quotes=plan.quotes, user=sync.user)[0])
    if changed:
        sync.report.events_updated += 1
    else:
        sync.report.events_unchanged += 1


def _sync_new(sync: _Sync, plan: MovePlan, candidate: matching.Candidate) -> None:
    """A move new to this article: another source of a known step, a new step of a known deal, or a new deal."""
    user, article = sync.user, sync.article
    deal = matching.find_matching_deal(candidate=candidate, parents=sync.parents)
    event = matching.find_same_milestone(deal=deal, candidate=candidate) if deal else None
    if event is not None:
        ids, added = rows.ensure_mentions(event=event, article=article, quotes=plan.quotes, user=user)
        sync.keep.update(ids)
        sync.report.events_attached += bool(added)
        sync.support(event.pk)
        return
    if deal is None:
        deal = rows.create_deal(plan=plan, companies=sync.companies, user=user)
    else:
        rows.add_missing_parties(deal=deal, plan=plan, companies=sync.companies, user=user)
    event = Event(deal=deal, **plan.fields)
    event._history_user = user
    event.save()
    rows.replace_amounts(event=event, amounts=plan.amounts, user=user, fresh=True)
    sync.keep.update(rows.ensure_mentions(event=event, article=article, quotes=plan.quotes, user=user, fresh=True)[0])
    sync.support(event.pk)
    sync.report.events_created += 1


def _best_prior(mentions: list[Mention], candidate: matching.Candidate, roots: dict) -> Mention:
    for mention in mentions:
        deal = mention.event.deal
        if (
            deal.kind == candidate.kind
            and matching.objects_agree(deal.object_type, candidate.object_type)
            and matching.parties_agree(deal=deal, candidate=candidate, roots=roots)
        ):
            return mention
    return mentions[0]


def _owned_by(*, event: Event, mention: Mention, article: Article) -> bool:
    """The draft was created from this very sentence of this article and no other article supports it."""
    mentions = list(event.mentions.order_by("pk").values_list("pk", "article_id"))
    return all(a == article.pk for _, a in mentions) and mentions[0][0] == mention.pk


def _update_draft(
    *, event: Event, plan: MovePlan, candidate, companies: dict, roots: dict, parents: dict, user
) -> bool:
    changed = False
    deal = Deal.objects.prefetch_related("parties", "events__amounts").get(pk=event.deal_id)
    if not matching.deal_agrees(deal=deal, candidate=candidate, roots=roots):
        target = matching.find_matching_deal(candidate=candidate, exclude_ids=[deal.pk], parents=parents)
        if target is None:
            target = rows.create_deal(plan=plan, companies=companies, user=user)
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
    changed |= rows.refresh_deal(deal_id=event.deal_id, plan=plan, companies=companies, user=user)
    current = [tuple(getattr(a, n) for n in _AMOUNT_COLUMNS) for a in event.amounts.order_by("pk")]
    wanted = [tuple(a[n] for n in _AMOUNT_COLUMNS) for a in plan.amounts]
    if current != wanted:
        rows.replace_amounts(event=event, amounts=plan.amounts, user=user)
        changed = True
    return changed


def _tracked_family() -> list[int]:
    return [pk for company in Company.objects.tracked() for pk in company.family_ids()]


def _publish(*, article: Article, report: ImportReport, user) -> None:
    """Publish the drafts the tracked company takes part in. A move of other companies only, told in passing
    ("Alibaba has returned the investment"), stays a draft for an editor: the chronology is the tracked
    company's, and such asides are where the extractor errs most."""
    drafts = Event.objects.filter(pk__in=report.event_ids, review_state=ReviewState.DRAFT)
    family = _tracked_family()
    if family:
        drafts = drafts.filter(deal__parties__company_id__in=family).distinct()
    for event in drafts:
        set_review_state(event=event, state=ReviewState.PUBLISHED, user=user)
        event._history_user = user
        event.save()
        report.events_published += 1
