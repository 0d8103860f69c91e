"""Investors beside the tracked company in another company's round, and the company that raises it.

"New investors included SoftBank, which put in $500 million, and Nvidia, which invested $100 million",
"아마존이 최대 500억 달러, 소프트뱅크가 300억 달러를 투자하는 방안", "輝達與軟銀各出資300億美元", "participaron
inversores como SoftBank Group y MGX": the other companies named there invest beside SoftBank, they are not
what it invests in, and the figure each is followed by is its own, not SoftBank's. The company invested in is
then the one the article is about: the one raising the round.

    co_investing(ctx, scan, clause, counterparties, amounts) -> (counterparties, amounts, with_others)
    round_company(ctx, investors) -> the company the article's round is for, or None

Two signs make a company a co-investor: it stands in the list an investor-list phrase opens or closes
("investors included", "sont les autres acteurs", "inversores como") together with SoftBank, or it is
followed by a figure of its own as SoftBank is ("Amazon $50 billion, SoftBank $30 billion"). A company right
after a word of investing into ("in OpenAI", "في أوبن إيه آي"; before "に", "에" in ja and ko) is the one
invested in, never a co-investor. The words are data in data/cues/<lang>.json (`investor_lists`,
`investees`, `conjunctions`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .companies import Mention
from .cues import Hit
from .events import ArticleContext
from .types import PERCENT, ExtractedAmount

_LIST_GAP = 60  # "SoftBank Group y la nueva empresa de inversión tecnológica MGX": a descriptor may stand between
_GROUP_GAP = 6  # "輝達與軟銀", "Nvidia and SoftBank": names joined by a conjunction share the figure after them
_CUE_REACH = 40  # the list starts this close after the phrase, or ends this close before it
_RAISE_REACH = 25  # "OpenAI has raised", "OpenAI a officialisé une levée de fonds"
_MARK_REACH = 12  # "认购英特尔", "valorise WeWork": the word stands right before the name
_PUNCTUATION = ",;:،，、：；"
_INVESTEE_REACH = 45  # "in den Berliner Gebrauchtwagenhändler Auto1": a few words may stand between


def co_investing(
    ctx: ArticleContext,
    sentence: tuple[list[Mention], list[ExtractedAmount]],
    clause: tuple[int, int],
    counterparties: list[Mention],
    amounts: list[ExtractedAmount],
) -> tuple[list[Mention], list[ExtractedAmount], bool]:
    """The counterparties and figures of the tracked side's investment without its co-investors and their
    figures; `with_others` when co-investors were found. `mentions` and `figures` are the sentence's possible
    parties and figures: a list of investors runs on across the clauses of their relative clauses."""
    u0, u1 = clause
    mentions, figures = sentence
    names = [m for m in mentions if m.source != "person"]
    if not any(m.side for m in names if u0 <= m.start < u1):
        return counterparties, amounts, False
    others, their_figures = _parallel_figures(ctx, names, figures)
    listed, list_end = _listed_with_side(ctx, names, (min(u0, names[0].start), u1))
    others |= listed
    if not others:
        return counterparties, amounts, False
    kept = [c for c in counterparties if c.name not in others]
    # "un grupo que incluye a SoftBank y MGX pagó 6.600 millones": the figure after the list is all of theirs
    own = [_shared(a) if listed and a.start > list_end and a.role == "value" else a for a in amounts]
    return kept, [a for a in own if not any(a is f for f in their_figures)], True


def _shared(amount: ExtractedAmount) -> ExtractedAmount:
    return replace(amount, role="total")


def _groups(ctx: ArticleContext, names: list[Mention]) -> list[list[Mention]]:
    """Runs of names joined only by a conjunction or a comma ("Nvidia and SoftBank", "輝達與軟銀")."""
    groups: list[list[Mention]] = []
    for m in names:
        if groups:
            gap = ctx.text[groups[-1][-1].end : m.start]
            if len(gap) <= _GROUP_GAP and _only_joins(gap, ctx.cues.conjunctions):
                groups[-1].append(m)
                continue
        groups.append([m])
    return groups


def _only_joins(gap: str, conjunctions: tuple[str, ...]) -> bool:
    rest = gap.replace(",", " ").replace("、", " ").replace("،", " ").strip()
    return not rest or rest in conjunctions or all(w in conjunctions for w in rest.split())


def _parallel_figures(
    ctx: ArticleContext, names: list[Mention], amounts: list[ExtractedAmount]
) -> tuple[set[str], list[ExtractedAmount]]:
    """Companies each followed by a figure of their own, as the tracked side is, and those figures."""
    groups = _groups(ctx, names)
    money = [a for a in amounts if a.currency != PERCENT and not _priced(ctx, a)]
    invested_in = {m.name for m in names if money_goes_into(ctx, m)}
    own: list[tuple[list[Mention], list[ExtractedAmount]]] = []
    for k, group in enumerate(groups):
        end = groups[k + 1][0].start if k + 1 < len(groups) else len(ctx.text)
        figures = [a for a in money if group[-1].end <= a.start < end]
        own.append((group, figures))
    side = [figures for group, figures in own if any(m.side for m in group)]
    if not side or not side[0]:
        return set(), []
    parallel = [
        (group, figures)
        for group, figures in own
        if figures and not any(m.side for m in group) and _may_invest(ctx, group, invested_in)
    ]
    if not parallel:
        return set(), []
    others = {m.name for group, _ in parallel for m in group}
    # "輝達與軟銀各出資300億美元": who shares the tracked side's figure invests beside it too
    others |= {m.name for group, _ in own if any(x.side for x in group) for m in group if not m.side}
    return others - invested_in, [a for _, figures in parallel for a in figures]


def _may_invest(ctx: ArticleContext, group: list[Mention], invested_in: set[str]) -> bool:
    """A named company that is not what the money goes into, nor the object of a move's or a valuation's
    word right before it ("认购英特尔", "valorise WeWork")."""
    if any(m.name in invested_in or _raises(ctx, m) for m in group) or all(m.source == "backref" for m in group):
        return False
    start = group[0].start
    lo = max(0, start - _MARK_REACH)
    words = [p for p in (ctx.cues.kinds, ctx.cues.valuation) if p is not None]
    return not any(
        h.end <= start and not any(c in ctx.text[h.end : start] for c in _PUNCTUATION)
        for p in words
        for h in p.hits(ctx.index, lo, start)
    )


def _priced(ctx: ArticleContext, amount: ExtractedAmount) -> bool:
    """A valuation or a price per share, not anyone's money in the move."""
    lo = max(0, amount.start - 40)
    valued = ctx.cues.valuation is not None and ctx.cues.valuation.hits(ctx.index, lo, amount.end + 12)
    per_share = ctx.cues.per_share is not None and ctx.cues.per_share.hits(
        ctx.index, max(0, amount.start - 12), amount.end + 12
    )
    return bool(valued or per_share)


def list_phrases(ctx: ArticleContext, start: int, end: int) -> list[Hit]:
    """The investor-list phrases in [start, end): those of `investor_lists` and of `co_investors`."""
    sets = [p for p in (ctx.cues.investor_lists, ctx.cues.co_investors) if p is not None]
    return sorted((h for p in sets for h in p.hits(ctx.index, start, end)), key=lambda h: h.start)


def listing_cues(ctx: ArticleContext, mentions: list[Mention], start: int, end: int) -> list[Hit]:
    """Investor-list phrases of `investor_lists` in [start, end) that list the tracked side: each states its
    investment ("Softbank, Nvidia ... sont les autres acteurs", "participaron inversores como SoftBank")."""
    if ctx.cues.investor_lists is None:
        return []
    out = []
    for hit in ctx.cues.investor_lists.hits(ctx.index, start, end):
        if any(any(m.side for m in run) for run in _runs(ctx, hit, mentions)):
            out.append(Hit("investment", hit.start, hit.end, True, hit.implied_status, hit.words, hit.phrase))
    return out


def _listed_with_side(ctx: ArticleContext, names: list[Mention], span: tuple[int, int]) -> tuple[set[str], int]:
    """The companies listed with the tracked side after (or before) an investor-list phrase in `span`, and
    where the last list of them ends."""
    out: set[str] = set()
    end = -1
    for hit in list_phrases(ctx, *span):
        for listed in _runs(ctx, hit, names):
            others = {m.name for m in listed if not m.side and not money_goes_into(ctx, m)}
            if others and any(m.side for m in listed):
                out |= others
                end = max(end, *(m.end for m in listed))
    return out, end


def _runs(ctx: ArticleContext, hit: Hit, names: list[Mention]) -> list[list[Mention]]:
    """The list of names the phrase opens (right after it) and the one it closes (right before it)."""
    after = [m for m in names if m.start >= hit.end]
    before = [m for m in reversed(names) if m.end <= hit.start]
    runs = []
    if after and after[0].start - hit.end <= _CUE_REACH:
        runs.append(_list_run(ctx, after))
    if before and hit.start - before[0].end <= _CUE_REACH:
        runs.append(_list_run(ctx, before))
    return runs


def _list_run(ctx: ArticleContext, run: list[Mention]) -> list[Mention]:
    """The names of `run` (in reading order away from the phrase) that continue one list: a comma or a
    conjunction and no figure between each and the next."""
    listed = run[:1]
    for m in run[1:]:
        a, b = sorted((listed[-1], m), key=lambda x: x.start)
        gap = ctx.text[a.end : b.start]
        words = gap.replace(",", " , ").replace("、", " , ").replace("،", " , ").split()
        joined = "," in words or any(w in ctx.cues.conjunctions for w in words)
        if len(gap) > _LIST_GAP or not joined or any(c.isdigit() for c in gap):
            break
        listed.append(m)
    return listed


def money_goes_into(ctx: ArticleContext, m: Mention) -> bool:
    """The company money goes into: "in OpenAI", "في شركة "إنتل"", "in den Berliner Händler Auto1",
    "オープンAIに", "向OpenAI"."""
    marks = ctx.cues.investees
    if marks is None:
        return False
    if ctx.cues.head_final:
        return any(h.start - m.end <= 1 for h in marks.hits(ctx.index, m.end, m.end + 4))
    for h in marks.hits(ctx.index, max(0, m.start - _INVESTEE_REACH), m.start):
        between = ctx.text[h.end : m.start]
        if len(between.split()) <= 4 and not any(c in between for c in _PUNCTUATION):
            return True
    return False


def _raises(ctx: ArticleContext, m: Mention) -> bool:
    """The company raising money: "OpenAI has raised", "تسعى أوبن إيه آي إلى جمع", "OpenAI的融资", "a $40 billion
    OpenAI funding round"."""
    lists = [p for p in (ctx.cues.totals, ctx.cues.totals_after) if p is not None]
    reach = m.end + _RAISE_REACH
    return any(h.start <= reach for p in lists for h in p.hits(ctx.index, m.end, reach + 40))


def round_company(ctx: ArticleContext, investors: set[str]) -> Mention | None:
    """The company raising the round the article tells of: the one it names most, counting twice each
    time it is named as the one invested in or as raising money; not one of `investors`. None unless one clearly leads."""
    counts: Counter = Counter()
    first: dict[str, Mention] = {}
    for m in ctx.mentions:
        if m.side or m.name in investors or m.source not in ("alias", "shape", "backref"):
            continue
        counts[m.name] += 1 + money_goes_into(ctx, m) + _raises(ctx, m)
        first.setdefault(m.name, m)
    if not counts:
        return None
    (name, top), *rest = counts.most_common(2)
    if top < 2 or (rest and rest[0][1] >= top):
        return None
    return first[name]


_ROUND_REACH = 3  # sentences of the same paragraph back to the one telling the round


def round_just_told(ctx: ArticleContext, i: int, before: int) -> Mention | None:
    """The company the sentences before sentence `i` in its paragraph (or sentence `i` before offset `before`)
    tell as raising money, when they name one and only one: the round a stake told without its company is taken in ("Agile
    Robots hat 220 Millionen Dollar eingesammelt. Angeführt wurde die Runde vom Vision Fund 2")."""
    first = i
    while first > 0 and i - first < _ROUND_REACH and ctx.paragraph_of[first - 1] == ctx.paragraph_of[i]:
        first -= 1
    start = ctx.sentences[first].start
    raising = {
        m.name: m
        for m in ctx.mentions
        if start <= m.start < before and not m.side and m.source in ("alias", "shape") and _raises(ctx, m)
    }
    return next(iter(raising.values())) if len(raising) == 1 else None


def others_listed_only(ctx: ArticleContext, clause: tuple[int, int], parties: list[Mention]) -> bool:
    """Whether a clause that names no one of the tracked side names only investors an investor-list phrase
    lists ("本轮融资的其他投资方包括KKR、泛大西洋投资集团", "other investors included KKR and General Atlantic"):
    the others in the round, not a move to carry the tracked side into."""
    # the tracked side may be named by a back-reference or by its founder ("اجتمع سون وألتمان جنبًا إلى جنب مع")
    inside = [m for m in parties if clause[0] <= m.start < clause[1]]
    named = [m for m in inside if m.source in ("alias", "shape")]
    if not named or any(m.side for m in inside):
        return False
    phrases = list_phrases(ctx, *clause)
    return bool(phrases) and all(any(h.end <= m.start for h in phrases) for m in named)
