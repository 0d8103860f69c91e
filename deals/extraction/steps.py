"""From an article's sentences, companies, amounts and dates to its deal events, in named steps.

For every clause of every sentence with a move cue:

    1 clauses        clauses.py        a sentence cut where a new finite clause starts
    2 move cues      move_cues.py      the cue words that open a move; who and what is no party
    3 kind           moves.py          the kind the clause's cues name, and the cue that opens the move
    4 parties        move_parties.py   the actor and its counterparties, the side of a sale; another company's move
                     co_investors.py   investors beside the tracked side in another's round; the round's company
    5 object         objects.py        (after merging, through facts.py) what changes hands
    6 amounts        move_amounts.py   the figures of the clause; roles.py (through facts.py) their roles
    7 date           move_dates.py     the move's date and whether the text states it
    8 status         moves.py          announced, rumored, completed or cancelled
    9 merging        merging.py        one event per move: retellings merged into it
                     told_next.py      a move without money takes the figure the next sentence tells of the deal
   10 confidence     confidence.py     how sure, from the weights in CONFIDENCE_WEIGHTS

A clause states a move only when it names a party and, for a kind with a counterparty by nature, a
counterparty or an amount (`moves.is_move`). Confidence is scored for each clause's move and raised by each
retelling merged into it, so that the merged event quotes its most confident retelling.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .clauses import inside_any, quoted_spans, trim
from .co_investors import co_investing, others_listed_only, round_company, round_just_told
from .companies import Mention
from .confidence import MoveEvidence, score
from .cues import Hit
from .events import ArticleContext, Candidate
from .facts import state_facts
from .merging import merge_candidates
from .move_amounts import clause_amounts, refine_roles, stated_amounts, with_usd
from .move_collapses import collapses
from .move_cues import SentenceScan, scan_sentence
from .move_dates import inherit_dates, move_date
from .move_lists import split_by_list
from .move_parties import (
    acquired_by_other,
    choose_actor,
    clause_parties,
    counterparties_of,
    names_company,
    others_move,
    relative_move,
    sale_direction,
    topic_counterparty,
    without_backers,
)
from .move_split import split_by_sums
from .moves import choose_status, clause_kind, is_move, planned_kind, venture_kind
from .parties import article_topic
from .told_next import figures_told_next
from .types import ExtractedEvent, Quote
from .ventures import find_ventures, named_venture, without_ventures


def article_events(ctx: ArticleContext, warnings: list[str]) -> Iterator[ExtractedEvent]:
    """The article's events, one per move; conversion problems are added to `warnings`."""
    ventures = find_ventures(ctx)
    candidates = round_targets(find_candidates(ctx, ventures), ctx)
    candidates = sorted(candidates + collapses(candidates, ctx), key=lambda c: (c.sentence_index, c.date.date))
    refine_roles(candidates, ctx)
    inherit_dates(candidates, ctx.published)
    convert = currency_converter(warnings)
    if convert:
        with_usd(candidates, convert)
    candidates = merge_candidates(candidates, ctx.published)
    figures_told_next(candidates, ctx)
    state_facts(candidates, ctx, ventures)
    if convert:  # the merged event may have taken a more precise date: convert at that one
        warnings.extend(dict.fromkeys(with_usd(candidates, convert)))
    for c in candidates:
        yield to_event(c)


def find_candidates(ctx: ArticleContext, ventures: set[str]) -> list[Candidate]:
    """One candidate per clause that states a move, in the order of the text (retellings not merged yet);
    `ventures` are the names the article introduces as joint ventures (`find_ventures`)."""
    ctx.mentions.sort(key=lambda m: m.start)
    ctx.amounts.sort(key=lambda a: a.start)
    mention_starts = [m.start for m in ctx.mentions]
    amount_starts = [a.start for a in ctx.amounts]
    article = _Article(quoted_spans(ctx.text, ctx.cues.script), article_topic(ctx.mentions), ventures)
    out: list[Candidate] = []
    for i in range(len(ctx.sentences)):
        scan = scan_sentence(ctx, i, mention_starts, amount_starts)
        if scan is None:
            continue
        for clause in scan.clauses:
            cand = clause_move(ctx, scan, clause, article, out)
            if cand is not None:
                out.extend(m for one in split_by_sums(cand, ctx.text) for m in split_by_list(one, ctx))
    return out


def round_targets(candidates: list[Candidate], ctx: ArticleContext) -> list[Candidate]:
    """Each investment made beside other investors in a round with no company named gets the company the
    article's round is for; without one, it is no move that can be told."""
    out = []
    for cand in candidates:
        if cand.awaits_round:
            beside = {m.name for m in ctx.mentions if cand.clause[0] <= m.start < cand.clause[1]}
            company = round_company(ctx, beside)
            if company is None:
                continue
            cand.counterparties = [company]
        out.append(cand)
    return out


@dataclass
class _Article:
    """What every clause's move is read against: quotations, the company the article is about, its ventures."""

    quoted: list[tuple[int, int]]
    topic: Mention | None
    ventures: set[str]


def clause_move(
    ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int], article: _Article, earlier: list[Candidate]
) -> Candidate | None:
    """The move one clause states, or None; `earlier` are the candidates of the clauses before it."""
    u0, u1 = clause
    unit_kinds = [h for h in scan.kind_hits if u0 <= h.start < u1]
    if not unit_kinds:
        return None
    kind, primary = clause_kind(unit_kinds, head_final=ctx.cues.head_final)
    strong = any(not h.weak for h in unit_kinds)
    found = _parties(ctx, scan, clause, (kind, primary, strong), article, earlier)
    if found is None:
        return None
    (kind, actor, _), venture = found
    amounts = clause_amounts(scan, clause)
    counterparties, amounts, awaits_round = _beside_others(ctx, scan, clause, found[0], amounts)
    if not counterparties and not awaits_round:
        counterparties = _implied_counterparty(ctx, scan, clause, (kind, actor, primary), article.topic, amounts)
    amounts = stated_amounts(ctx, scan, amounts)
    in_quote = inside_any(article.quoted, u0, u1) or inside_any(article.quoted, primary.start, primary.end)
    named = bool(counterparties) or awaits_round
    if not is_move(kind, strong, has_counterparty=named, has_amount=bool(amounts), in_quote=in_quote):
        return None
    kind = planned_kind(kind, ctx.cues, ctx.index, clause, scan.masks, bool(amounts))
    statuses = [h for h in scan.status_hits if u0 <= h.start < u1]
    status = choose_status(primary, statuses, unit_kinds, hearsay=any(u0 <= h < u1 for h in scan.hearsay))
    date, explicit = move_date(ctx, scan, clause, primary)
    same_kind = [h for h in unit_kinds if h.label == kind]
    evidence = MoveEvidence(
        strong_cue=strong,
        cue_repeated=any(not h.weak for h in same_kind) and len(same_kind) > 1,
        actor_known=actor.entry is not None,
        counterparty_known=any(c.entry is not None for c in counterparties),
        counterparty_named=bool(counterparties),
        amount=bool(amounts),
        stated_date=explicit,
        status_word=bool(statuses),
    )
    q0, q1 = trim(ctx.text, u0, u1)
    quote = Quote(ctx.text[q0:q1], q0, q1)
    return Candidate(
        kind,
        status,
        date,
        actor,
        counterparties,
        amounts,
        quote,
        score(evidence),
        [quote],
        explicit,
        [status],
        scan.index,
        kinds_named=frozenset(h.label for h in unit_kinds),
        primary=primary,
        clause=(u0, u1),
        sentence=(scan.start, scan.end),
        awaits_round=awaits_round,
        venture=venture,
    )


def _implied_counterparty(ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int], move, topic, amounts):
    """The counterparty of a move its clause names none for: the company the article is about, else, for a stake
    of the tracked side, the company whose round the sentences just before told."""
    kind, actor, _ = move
    found = topic_counterparty(ctx, scan, clause, move, topic, bool(amounts))
    if not found and kind == "investment" and actor.side:
        found = _round_just_told(ctx, scan, clause)
    return found


def _round_just_told(ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int]) -> list:
    """The company whose round the sentence before told, for a stake of the tracked side that names none ("…hat
    220 Millionen Dollar eingesammelt. Angeführt wurde die Serie-C-Runde vom Vision Fund 2"); none when the
    clause describes a company no name was found for ("相继投资了车好多等中国企业")."""
    text = ctx.text[clause[0] : clause[1]]
    if ctx.cues.script != "latin" and any(d in text for d in ctx.cues.descriptors):
        return []
    company = round_just_told(ctx, scan.index, clause[0])
    return [company] if company is not None else []


def _beside_others(ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int], move, amounts: list):
    """(counterparties, amounts, awaits_round) of the tracked side's investment once the investors beside it
    and their figures are set apart; `awaits_round` when the round's company is then the target to find."""
    kind, actor, counterparties = move
    if kind != "investment" or not actor.side:
        return counterparties, amounts, False
    sentence = (scan.mentions, scan.amounts)
    counterparties, amounts, beside = co_investing(ctx, sentence, clause, counterparties, amounts)
    return counterparties, amounts, beside and not counterparties


def _parties(
    ctx: ArticleContext,
    scan: SentenceScan,
    clause: tuple[int, int],
    cue: tuple[str, Hit, bool],
    article: _Article,
    earlier: list[Candidate],
) -> tuple[tuple[str, Mention, list[Mention]], str | None] | None:
    """((kind, actor, counterparties), venture) of a clause's move, or None when it names no company that could
    make it; `venture` the named venture it creates or pays into. `cue` is the kind its cues name, the cue that
    opens it and whether a verb is among them."""
    kind, primary, strong = cue
    parties = without_backers(ctx, clause_parties(ctx, scan, clause, primary, strong))
    if not names_company(parties) or others_move(ctx, scan, clause, (kind, primary), parties):
        return None
    if others_listed_only(ctx, clause, parties):
        return None
    if relative_move(ctx, clause, primary, parties, scan.kind_hits) or acquired_by_other(ctx, clause, primary, parties):
        return None
    venture = next((m.name for m in parties if m.name in article.ventures), None)
    if venture is not None:
        kind = venture_kind(kind, primary)
        parties = without_ventures(parties, article.ventures)
    actor = choose_actor(parties, primary)
    move = sale_direction(ctx, scan, (kind, actor, counterparties_of(parties, actor, kind)), parties, primary, earlier)
    return None if move is None else (move, venture or named_venture(ctx, *clause))


def currency_converter(warnings: list[str]) -> Callable | None:
    """The converter to US dollars, or None (with a warning) when its table cannot be loaded."""
    try:
        from . import fx

        return fx.to_usd
    except Exception as exc:  # noqa: BLE001
        warnings.append(f"currency conversion unavailable: {exc}")
        return None


def to_event(c: Candidate) -> ExtractedEvent:
    return ExtractedEvent(
        kind=c.kind,
        status=c.status,
        date=c.date,
        actor=c.actor.ref() if c.actor else None,
        counterparties=tuple(m.ref() for m in c.counterparties),
        amounts=tuple(c.amounts),
        quote=c.quote,
        confidence=c.confidence,
        quotes=tuple(c.quotes),
        date_basis="stated" if c.date.text else "publication",
        object_type=c.object_type,
        object_text=c.object_text,
        object_label=c.object_label,
        roles=tuple((m.name, c.roles.get(m.name, "other")) for m in c.counterparties),
    )
