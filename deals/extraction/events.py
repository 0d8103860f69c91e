"""From sentences, cues, companies, amounts and dates to deal events: one per move, merged across sentences.

A sentence is cut into clauses where a new finite clause starts (", and", "، و", "；"); a clause with a
kind cue opens a move and clauses without one join the move before them. A move needs a kind cue and a
party; a move of a kind that has a counterparty by nature (investment, acquisition, partnership, joint
venture, divestment) also needs a counterparty or an amount, and a weak cue alone (a noun such as
"investment") needs one of them too. Mentions of holdings ("SoftBank, which has investments in
Tencent...") and companies named only as a comparison or as the news source are not parties.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .companies import Mention
from .cues import CueSet, Hit
from .parties import TOPIC_KINDS, article_topic, is_seller, near, sold_to
from .periods import period_end
from .textindex import FoldedText
from .types import PERCENT, ExtractedAmount, ExtractedDate, Quote, Sentence

NEEDS_OBJECT = {
    "investment",
    "acquisition",
    "partnership",
    "joint_venture",
    "divestment",
    "financing",
    "commitment",
}
KEEPS_UNITS = {
    "acquisition",
    "divestment",
    "investment",
}  # a bought company is a unit afterwards
STATUS_RANK = {"cancelled": 3, "completed": 2, "rumored": 1, "announced": 0}
_LIST_CONTINUES = re.compile(r"\s*(?:,\s*)?(?:(?:and|or|et|ou|y|o|und|oder|as well as)\s+)?(?:[A-Z0-9]|\()")
# A short quoted name ("سوفت بنك", "SB OpenAI Japan") is consumed as such, so that its closing mark never opens a
# false quotation running to the next name's opening mark.
_QUOTE_SPANS = re.compile(r"[“\"«„「『](?:([^“”\"«»„「」『』\n]{40,})|[^“”\"«»„「」『』\n]{0,39})[”\"»“」』]")
# Words are packed tighter in Chinese, Japanese and Korean: a quoted view is a dozen characters long.
_QUOTE_SPANS_DENSE = re.compile(r"[“\"«„「『](?:([^“”\"«»„「」『』\n]{12,})|[^“”\"«»„「」『』\n]{0,11})[”\"»“」』]")
# After "reports said that" the reported move begins: a source phrase stops there.
_COMPLEMENTIZER = re.compile(
    r"(?i:\b(?:that|que|qu['’]|dass|daß)\b)|(?<![\u0621-\u064a])(?:أن|أنّ|إن|بأن)(?![\u0621-\u064a])"
)
_CLAUSE_END = re.compile(r"[,،，、;；:：()（）]")


@dataclass
class Candidate:
    kind: str
    status: str
    date: ExtractedDate
    actor: Mention | None
    counterparties: list[Mention]
    amounts: list[ExtractedAmount]
    quote: Quote
    confidence: float
    quotes: list[Quote] = field(default_factory=list)
    date_explicit: bool = False
    statuses: list[str] = field(default_factory=list)
    sentence_index: int = 0
    status_counts: Counter = field(default_factory=Counter)
    kinds_named: frozenset = frozenset()  # every kind a cue of its clause named, the chosen one included
    primary: Hit | None = None  # the cue word that opened the move
    clause: tuple[int, int] = (0, 0)  # the clause stating it
    sentence: tuple[int, int] = (0, 0)
    object_type: str = "other"
    object_text: str | None = None
    object_label: str | None = None
    roles: dict = field(default_factory=dict)  # counterparty name -> role
    retold: list = field(default_factory=list)  # (clause, cue, sentence) of each retelling merged into it

    def __post_init__(self):
        if not self.status_counts:
            self.status_counts.update(self.statuses)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _inside_any(spans, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _holding_spans(text: str, hits: list[Hit], sentence: Sentence, latin: bool) -> list[tuple[int, int]]:
    spans = []
    for hit in hits:
        pos = hit.end
        limit = sentence.end
        if latin:
            # The list of holdings runs on while items are names; it ends at a comma followed by a verb.
            while pos < limit:
                comma = text.find(",", pos, limit)
                if comma < 0:
                    pos = limit
                    break
                if _LIST_CONTINUES.match(text, comma + 1):
                    pos = comma + 1
                    continue
                pos = comma
                break
        else:
            m = _CLAUSE_END.search(text, pos, limit)
            pos = m.start() if m else limit
        spans.append((hit.start, pos))
    return spans


def _phrase_spans(
    text: str, hits: list[Hit], limit: int, reach: int, *, before: bool = False, start: int = 0
) -> list[tuple[int, int]]:
    """What a phrase governs: the words after it ("according to X"), or before it for a postposition
    ("Xによると", "X에 따르면"); a complementizer ends it ("reports said that SoftBank ...")."""
    spans = []
    for hit in hits:
        if before:
            lo = max(start, hit.start - reach)
            ends = list(_CLAUSE_END.finditer(text, lo, hit.start))
            spans.append((ends[-1].end() if ends else lo, hit.end))
            continue
        end = min(limit, hit.end + reach)
        m = _CLAUSE_END.search(text, hit.end, end)
        end = m.start() if m else end
        c = _COMPLEMENTIZER.search(text, hit.end, end)
        spans.append((hit.start, c.start() if c else end))
    return spans


def _units(text: str, sentence: Sentence, cues: CueSet, kind_hits: list[Hit]) -> list[tuple[int, int]]:
    """Clauses of a sentence that may each state one move."""
    bounds = [sentence.start]
    if cues.clause_breaks is not None:
        for m in cues.clause_breaks.finditer(sentence.text):
            cut = sentence.start + m.start()
            if cut > bounds[-1]:
                bounds.append(cut)
    bounds.append(sentence.end)
    segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
    units: list[list[int]] = []
    for s, e in segments:
        has_cue = any(s <= h.start < e for h in kind_hits)
        if has_cue or not units:
            if units and not any(units[-1][0] <= h.start < units[-1][1] for h in kind_hits):
                units[-1][1] = e  # the clauses before the first cue lead into it
            else:
                units.append([s, e])
        else:
            units[-1][1] = e
    return [(s, e) for s, e in units]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",،，;；"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",،，;；"):
        end -= 1
    return start, end


def _choose_kind(hits: list[Hit]) -> tuple[str, Hit]:
    # A verb outranks a noun: "sold its stake" is a sale, whatever "stake" suggests on its own.
    # A venture noun names the kind itself ("成立合资公司": found a joint venture): it stays.
    if any(not h.weak for h in hits):
        hits = [h for h in hits if not h.weak or h.label == "joint_venture"]
    scores: dict[str, float] = {}
    for h in hits:
        scores[h.label] = scores.get(h.label, 0.0) + h.weight
    kind = max(scores, key=lambda k: (scores[k], -min(h.start for h in hits if h.label == k)))
    pledges = [h for h in hits if h.label == "commitment" and not h.weak]
    if kind == "joint_venture" and pledges and pledges[0].start < min(h.start for h in hits if h.label == kind):
        kind = "commitment"  # "a commitment to invest $15 billion in the joint Stargate project": the venture is its object
    best = max((h for h in hits if h.label == kind), key=lambda h: (h.weight, -h.start))
    return kind, best


def _distance(a: Hit, b: Hit) -> int:
    if a.end <= b.start:
        return b.start - a.end
    if b.end <= a.start:
        return a.start - b.end
    return 0


def _choose_status(primary: Hit, status_hits: list[Hit], kind_hits: list[Hit]) -> str:
    # A negation near the move outweighs everything else said about it ("blocked ... from investing").
    cancelled = [h for h in status_hits if h.label == "cancelled" and _distance(h, primary) <= 150]
    if cancelled:
        return "cancelled"
    if status_hits:
        nearest = min(
            status_hits,
            key=lambda h: (_distance(h, primary), -STATUS_RANK.get(h.label, 0)),
        )
        if nearest.label == "announced" and primary.implied_status == "completed":
            return "completed"  # "said it had sold", "売却したと発表した": the report of a done move
        return nearest.label
    implied = [h.implied_status for h in kind_hits if h.implied_status]
    if primary.implied_status:
        return primary.implied_status
    if implied:
        return implied[0]
    return "announced"


def _closest_date(dates: list[ExtractedDate], primary: Hit, *, head_final: bool = False) -> ExtractedDate | None:
    dated = [d for d in dates if d.start is not None]
    if not dated:
        return None

    # Japanese and Korean put a move's date before its verb; a date after the verb opens the next clause.
    def distance(d: ExtractedDate) -> int:
        gap = abs(((d.start + d.end) // 2) - ((primary.start + primary.end) // 2))
        return gap * 4 if head_final and d.start >= primary.end else gap

    return min(dated, key=distance)


def _amount_key(a: ExtractedAmount) -> tuple[Decimal | None, Decimal | None]:
    if a.usd_low is not None or a.usd_high is not None:
        return a.usd_low or a.usd_high, a.usd_high or a.usd_low
    if a.currency in ("USD", PERCENT):
        return a.low, a.high
    return None, None


def _close(x: Decimal | None, y: Decimal | None) -> bool:
    if x is None or y is None:
        return False
    return abs(x - y) <= Decimal("0.1") * max(abs(x), abs(y), Decimal(1))


def amounts_compatible(a: list[ExtractedAmount], b: list[ExtractedAmount]) -> bool:
    money_a = [x for x in a if x.currency != PERCENT and x.role == "value"]
    money_b = [x for x in b if x.currency != PERCENT and x.role == "value"]
    if not money_a or not money_b:
        return True
    for x in money_a:
        for y in money_b:
            kx, ky = _amount_key(x), _amount_key(y)
            if x.currency == y.currency and _close(x.low, y.low) and _close(x.high, y.high):
                return True
            if _close(kx[0], ky[0]) or _close(kx[1], ky[1]):
                return True
            # A range contains a figure stated alone elsewhere ("15 to 25 billion" and "25 billion").
            if kx[0] is not None and ky[0] is not None and (kx[0] <= ky[0] <= kx[1] or ky[0] <= kx[0] <= ky[1]):
                return True
    return False


def dates_compatible(a: Candidate, b: Candidate) -> bool:
    if not a.date_explicit and not b.date_explicit:
        return True
    if not a.date_explicit or not b.date_explicit:
        # A move told without a date is the news of the day (its date is the publication's): it retells a
        # dated one of the last months (a quarter and its report), not a move of last year ("hatte bereits im Juni vergangenen Jahres").
        news, dated = (a, b) if not a.date_explicit else (b, a)
        return period_end(dated.date.date, dated.date.precision) >= news.date.date - dt.timedelta(days=120)
    slack = dt.timedelta(days=7)
    return a.date.date - slack <= period_end(b.date.date, b.date.precision) and b.date.date - slack <= period_end(
        a.date.date, a.date.precision
    )


def _same_party(x: Mention, y: Mention) -> bool:
    """The same company, or two names for one side: units of the tracked company that carry its name
    count as that company, a unit with a name of its own (an acquired company) does not."""
    if x.name == y.name or (x.side and y.side):
        return True
    return bool(x.root) and x.root == y.root and not x.tracked and not y.tracked


def _parties_overlap(a: Candidate, b: Candidate) -> bool:
    if not a.counterparties or not b.counterparties:
        return True
    return any(_same_party(x, y) for x in a.counterparties for y in b.counterparties)


def _actors_agree(a: Candidate, b: Candidate) -> bool:
    if a.actor is None or b.actor is None:
        return True
    if _same_party(a.actor, b.actor) or (a.actor.side and b.actor.side):
        return True
    # "NVIDIA and SoftBank" vs "SoftBank ... with NVIDIA": the same two parties either way round.
    names_a = {m.name for m in [a.actor, *a.counterparties]}
    names_b = {m.name for m in [b.actor, *b.counterparties]}
    return a.actor.name in names_b and b.actor.name in names_a


def _lend_counterparties(candidates: list[Candidate]) -> set[int]:
    """A move stated without its counterparty right after one of the same kind by the same actor ("will
    initially invest $10 billion in April") continues it: it takes that counterparty. Returns the ids of the
    candidates that did, which are details of the earlier move unless they carry a date of their own."""
    lent: set[int] = set()
    for k, cand in enumerate(candidates):
        if cand.counterparties or not cand.actor or not cand.actor.side:
            continue
        for prev in reversed(candidates[max(0, k - 4) : k]):
            if cand.sentence_index - prev.sentence_index > 2:
                break
            if prev.kind == cand.kind and prev.actor and prev.actor.side and prev.counterparties:
                cand.counterparties = list(prev.counterparties)
                lent.add(id(cand))
                break
    return lent


def _same_figure(a: Candidate, b: Candidate) -> bool:
    """Two wordings of one move: the same counterparty and the same sum, told with different verbs
    ("pours $200 million into Tempus" in the headline, "agreed to invest $200 million in Tempus"), the
    first naming only one kind of move (a clause that names two may tell two moves of one sum)."""
    if len(a.kinds_named) > 1:
        return False
    values = [x for x in a.amounts if x.role == "value"], [x for x in b.amounts if x.role == "value"]
    if not values[0] or not values[1] or not a.counterparties or not b.counterparties:
        return False
    return any(
        _close(x.low, y.low) and _close(x.high, y.high)
        for x in values[0]
        for y in values[1]
        if x.currency == y.currency
    )


def inherit_dates(candidates: list[Candidate], published: dt.date) -> None:
    """A move told without a date right after a dated one with the same counterparty is its detail and
    shares its day ("said on Tuesday it would expand its partnership with Nvidia. Under the agreement, it
    will buy 4,000 Nvidia chips"), rather than taking the publication day."""
    for k, cand in enumerate(candidates):
        if cand.date_explicit or not cand.counterparties or k == 0:
            continue
        prev = candidates[k - 1]
        if (
            prev.date_explicit
            and prev.date.precision == "day"  # a news day ("on Tuesday"), not the year of a past move
            and 0 < cand.sentence_index - prev.sentence_index <= 1
            and prev.counterparties
            and any(_same_party(x, y) for x in prev.counterparties for y in cand.counterparties)
            and _actors_agree(prev, cand)
            and 0 <= (published - prev.date.date).days <= 7
        ):
            cand.date, cand.date_explicit = prev.date, True


def merge_candidates(candidates: list[Candidate], published: dt.date | None = None) -> list[Candidate]:
    merged: list[Candidate] = []
    lent = _lend_counterparties(candidates)
    for cand in candidates:
        if (
            published is not None
            and cand.date_explicit
            and cand.date.date > published
            and cand.status == "completed"  # a close still to come is the known move's expected end
            and any(p.kind == cand.kind and p.counterparties and _parties_overlap(p, cand) for p in merged)
        ):
            continue  # "完了する見通し in mid-2026": when a known move is expected to close, not another move
        target = None
        if id(cand) in lent and not cand.date_explicit:
            target = next((p for p in reversed(merged[-6:]) if p.kind == cand.kind and _parties_overlap(p, cand)), None)
        for prev in (
            merged[-300:] if target is None else []
        ):  # a move is retold within an article, not across thousands of others
            if (
                (prev.kind == cand.kind or _same_figure(prev, cand))
                and _actors_agree(prev, cand)
                and _parties_overlap(prev, cand)
                and amounts_compatible(prev.amounts, cand.amounts)
                and dates_compatible(prev, cand)
            ):
                target = prev
                break
        if target is None:
            merged.append(cand)
            continue
        target.quotes.append(cand.quote)
        target.retold.append((cand.clause, cand.primary, cand.sentence))
        target.statuses.append(cand.status)
        for cp in cand.counterparties:
            if not any(_same_party(cp, x) for x in target.counterparties) and not (
                target.actor and _same_party(cp, target.actor)
            ):
                target.counterparties.append(cp)
        if target.actor is None or (cand.actor and cand.actor.side and not target.actor.side):
            if target.actor and not any(_same_party(target.actor, x) for x in target.counterparties):
                target.counterparties.insert(0, target.actor)
            target.actor = cand.actor
            target.counterparties = [c for c in target.counterparties if not _same_party(c, target.actor)]
        for amount in cand.amounts:
            if not any(_amount_key(amount) == _amount_key(x) and amount.role == x.role for x in target.amounts):
                target.amounts.append(amount)
        if cand.date_explicit and not target.date_explicit:
            target.date, target.date_explicit = cand.date, True
        elif cand.date_explicit and target.date_explicit and _rank_precision(cand.date) > _rank_precision(target.date):
            target.date = cand.date
        if cand.confidence > target.confidence:
            target.quote, target.quotes = (
                cand.quote,
                [cand.quote] + [q for q in target.quotes if q != cand.quote],
            )
        target.confidence = min(1.0, max(target.confidence, cand.confidence) + 0.05)
        target.status_counts[cand.status] += 1
        counts = target.status_counts
        target.status = _merged_status(counts)
    return merged


def _merged_status(counts: Counter) -> str:
    # Retellings of one move: a later stage outweighs an earlier one ("to buy" in the headline, "has completed"
    # in the body), because news announces and reports what is completed far more often than the reverse.
    top = max(counts.values())
    if counts.get("cancelled", 0) >= top:
        return "cancelled"
    if counts.get("completed"):
        return "completed"
    return max((s for s in counts if counts[s] == top), key=lambda s: STATUS_RANK.get(s, 0))


def _rank_precision(d: ExtractedDate) -> int:
    return {"year": 0, "quarter": 1, "month": 2, "day": 3}.get(d.precision, 0)


@dataclass
class ArticleContext:
    text: str
    index: FoldedText
    sentences: list[Sentence]
    mentions: list[Mention]
    cues: CueSet
    amounts: list[ExtractedAmount]
    dates: dict[int, list[ExtractedDate]]  # sentence index -> dates in it
    published: dt.date
    paragraph_of: list[int]  # sentence index -> paragraph number
    has_tracked: bool = False


def _leading_paragraph_date(ctx: ArticleContext, i: int) -> ExtractedDate | None:
    """The date that opens the first sentence of the sentence's paragraph ("In December, ...")."""
    para = ctx.paragraph_of[i]
    first = i
    while first > 0 and ctx.paragraph_of[first - 1] == para:
        first -= 1
    if first == i:
        return None
    opening = ctx.sentences[first]
    for d in ctx.dates.get(first, []):
        if d.start is not None and d.start - opening.start <= 4:
            return d
    return None


def _between(items, starts, start, end):
    """Items (sorted by start, `starts` their starts) lying inside [start, end)."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            out.append(items[i])
        i += 1
    return out


_WORD = re.compile(r"[\w’'\-]+")


def _inside_proper_name(text: str, sentence: Sentence, hit: Hit) -> bool:
    """A capitalised cue between capitalised words is part of a name ("Future Investment Initiative").

    Headlines in title case are left alone: there every word is capitalised.
    """
    if not text[hit.start : hit.start + 1].isupper() or hit.start == sentence.start:
        return False
    words = _WORD.findall(sentence.text)
    if words and sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words):
        return False
    before = _WORD.findall(text[max(sentence.start, hit.start - 40) : hit.start])
    after = _WORD.findall(text[hit.end : min(sentence.end, hit.end + 40)])
    return bool((before and before[-1][:1].isupper()) or (after and after[0][:1].isupper()))


_VENTURE_GAP = re.compile(
    r"^[\s,，、'\"“”「」«»‘’()（）]*(?:(?:a|an|the|une|un|la|le|eine|ein|die|das|una|el)\s+)?(?:new\s+|nouvelle\s+)?$",
    re.IGNORECASE,
)


def find_ventures(ctx: ArticleContext) -> set[str]:
    """Companies the article introduces as a joint venture ("Stargate ... joint venture", "SB OpenAI Japan,
    a joint venture between ..."): in a later move they are the venture itself, not a party to it."""
    names: set[str] = set()
    for hit in ctx.cues.kinds.hits(ctx.index):
        if hit.label != "joint_venture":
            continue
        for m in ctx.mentions[bisect.bisect_left([x.start for x in ctx.mentions], hit.start - 200) :]:
            if m.start > hit.end:
                break
            if m.source not in ("alias", "shape"):
                continue
            inside = hit.start <= m.start and m.end <= hit.end
            gap = ctx.text[m.end : hit.start]
            # "Stargate joint venture", "SB OpenAI Japan, a joint venture": the name stands for the venture;
            # "OpenAIと合弁", "오픈AI와 합작법인", "with OpenAI ... venture" name a partner.
            just_before = 0 <= hit.start - m.end <= 8 and bool(_VENTURE_GAP.match(gap))
            if inside or just_before:
                names.add(m.name)
    return names


def _not_deadlines(ctx: ArticleContext, dates: list[ExtractedDate]) -> list[ExtractedDate]:
    """ "Said last month it would invest 150 billion yen by 2025": the deadline is not the move's date."""
    if len(dates) < 2 or ctx.cues.deadlines is None:
        return dates
    n = ctx.index.source_length

    def deadline(d: ExtractedDate) -> bool:
        if d.start is None or d.end is None:
            return False
        after = ctx.cues.deadlines.hits(ctx.index, d.end, min(n, d.end + 8))
        before = ctx.cues.deadlines.hits(ctx.index, max(0, d.start - 16), d.start)
        return any(h.start - d.end <= 1 for h in after) or any(d.start - h.end <= 2 for h in before)

    kept = [d for d in dates if not deadline(d)]
    return kept or dates


def _move_dates(dates: list[ExtractedDate], published: dt.date) -> list[ExtractedDate]:
    """ "Said on Tuesday it sold its stake in October": the day of the news is when it was told; another
    date in the same clause is when the move happened."""
    if len(dates) < 2:
        return dates
    week = dt.timedelta(days=7)
    moves = [d for d in dates if not (d.precision == "day" and published - week <= d.date <= published)]
    return moves or dates


def _has_subject(ctx: ArticleContext, u0: int, primary: Hit, parties: list[Mention]) -> bool:
    marks = ctx.cues.subject_marks
    if marks is not None:  # verb-final: objects come before the verb too; the subject carries は / 는
        return any(marks.match(ctx.text, m.end) for m in parties if m.end < primary.start)
    return any(m.end <= primary.start for m in parties if m.start >= u0)


def _carry_subject(
    ctx: ArticleContext, i: int, u0: int, u1: int, primary: Hit, parties: list[Mention]
) -> list[Mention]:
    """A clause that states a move without naming who makes it ("It also sold...", "12月に225億ドルを追加で
    出資する予定だ", "지난 3월에는 ...을 인수하기로 했다") continues the subject of the sentence before."""
    if _has_subject(ctx, u0, primary, parties):
        return parties
    sentence = ctx.sentences[i]
    earlier = [m for m in ctx.mentions if sentence.start <= m.start < u0 and m.side]
    if earlier:  # "软银去年7月收购Graphcore，本月稍早也宣布…买下夏普": the subject of the clause before
        return [earlier[0]] + parties
    if i == 0:
        return parties
    # Japanese, Korean and Chinese drop a topic they keep: it lasts until another is set
    back = 4 if ctx.cues.script in ("cjk", "hangul") else 2
    for k in range(i - 1, i - 1 - back, -1):
        if k < 0:
            break
        prev = ctx.sentences[k]
        named = [m for m in ctx.mentions if prev.start <= m.start < prev.end and m.source != "person"]
        side = [m for m in named if m.side]
        if not side:
            continue
        carried = [side[0]]
        if k == i - 1 and not any(m.source in ("alias", "shape", "backref") for m in parties):
            carried += [m for m in named if not m.side and m.source == "alias"][:2]
        return carried + parties
    return parties


def build_candidates(ctx: ArticleContext) -> list[Candidate]:
    text, cues = ctx.text, ctx.cues
    latin = cues.script == "latin"
    ventures = find_ventures(ctx)
    ctx.mentions.sort(key=lambda m: m.start)
    ctx.amounts.sort(key=lambda a: a.start)
    mention_starts = [m.start for m in ctx.mentions]
    amount_starts = [a.start for a in ctx.amounts]
    quote_re = _QUOTE_SPANS if cues.script in ("latin", "arabic") else _QUOTE_SPANS_DENSE
    quoted = [(m.start(1), m.end(1)) for m in quote_re.finditer(text) if m.group(1)]
    out: list[Candidate] = []
    topic = article_topic(ctx.mentions)
    for i, sentence in enumerate(ctx.sentences):
        s0, s1 = sentence.start, sentence.end
        masks = [(h.start, h.end) for h in cues.masks.hits(ctx.index, s0, s1)]
        holding = _holding_spans(text, cues.holding.hits(ctx.index, s0, s1), sentence, latin)
        kind_hits = [
            h
            for h in cues.kinds.hits(ctx.index, s0, s1)
            if not any(_overlaps((h.start, h.end), m) for m in masks) and not _inside_any(holding, h.start, h.end)
        ]
        if latin and kind_hits:
            kind_hits = [h for h in kind_hits if not _inside_proper_name(text, sentence, h)]
        if not kind_hits:
            continue
        status_hits_all = [
            h for h in cues.statuses.hits(ctx.index, s0, s1) if not any(_overlaps((h.start, h.end), m) for m in masks)
        ]
        head_final = cues.head_final
        excluded_parties = (
            holding
            + _phrase_spans(text, cues.non_party.hits(ctx.index, s0, s1), s1, 60)
            + _phrase_spans(
                text,
                cues.purposes.hits(ctx.index, s0, s1),
                s1,
                30 if head_final else 80,
                before=head_final,
                start=s0,
            )
            + _phrase_spans(
                text,
                cues.sources.hits(ctx.index, s0, s1),
                s1,
                80 if latin or cues.script == "arabic" else 30,
                before=cues.head_final,
                start=s0,
            )
        )
        sentence_mentions = [
            m
            for m in _between(ctx.mentions, mention_starts, s0, s1)
            if not _inside_any(excluded_parties, m.start, m.end)
        ]
        sentence_amounts = [
            a
            for a in _between(ctx.amounts, amount_starts, s0, s1)
            if not _inside_any(excluded_parties, a.start, a.end)
            and not cues.amount_masks.hits(ctx.index, max(s0, a.start - 30), a.start)
        ]
        units = _units(text, sentence, cues, kind_hits)
        for u0, u1 in units:
            unit_kinds = [h for h in kind_hits if u0 <= h.start < u1]
            if not unit_kinds:
                continue
            kind, primary = _choose_kind(unit_kinds)
            if kind == "launch" and any(h.label == "joint_venture" for h in unit_kinds):
                kind = "joint_venture"  # founding a joint venture is the venture
            parties = [m for m in sentence_mentions if u0 <= m.start < u1]
            if not any(m.source in ("alias", "shape", "backref") for m in parties):
                # The subject named before the clause ("SoftBank said ..., and it will buy X").
                before = [m for m in sentence_mentions if m.start < u0 and m.source != "person"]
                parties = before[:1] + parties
            if unit_kinds and any(not h.weak for h in unit_kinds) and not any(m.side for m in parties):
                parties = _carry_subject(ctx, i, u0, u1, primary, parties)
            if not any(m.source in ("alias", "shape", "backref") for m in parties):
                continue
            if ventures and any(m.name in ventures for m in parties):
                # a pledge of money to a venture stays a commitment: the venture is its object
                if kind not in ("joint_venture", "commitment") and (primary.weak or kind in ("launch", "partnership")):
                    kind = "joint_venture"
                rest = [m for m in parties if m.name not in ventures]
                if any(m.source in ("alias", "shape", "backref") for m in rest):
                    parties = rest
            side = [m for m in parties if m.side]
            if side:
                preceding = [m for m in side if m.end <= primary.start]
                actor = preceding[-1] if preceding else side[0]
            else:
                preceding = [m for m in parties if m.end <= primary.start]
                actor = preceding[0] if preceding else parties[0]
            counterparties: list[Mention] = []
            for m in parties:
                if _same_party(m, actor) or m.name == actor.name or (actor.side and m.side):
                    continue
                if actor.side and m.tracked and kind not in KEEPS_UNITS:
                    continue
                same = [c for c in counterparties if _same_party(m, c)]
                if not same:
                    counterparties.append(m)
                elif m.root and m.name != m.root and same[0].name == m.root:
                    # "the Deutsche Telekom unit T-Mobile US": the unit named is the party, not its parent
                    counterparties[counterparties.index(same[0])] = m
            recipients = [
                m for m in parties if m.side and cues.recipients is not None and sold_to(ctx, m, primary, s0, s1)
            ]
            if kind == "divestment" and (not actor.side or recipients):
                buyer = recipients or [m for m in parties if m.side]
                if buyer and any(not m.side for m in parties):
                    # "Oracle and Carlyle will sell their stakes to SoftBank": SoftBank's purchase, told by
                    # the sellers; when that purchase was just reported, this is a detail of it.
                    if any(
                        c.kind == "acquisition" and c.actor and c.actor.side and i - c.sentence_index <= 3 for c in out
                    ):
                        continue
                    kind, actor = "acquisition", buyer[0]
                    counterparties = [m for m in parties if not m.side]
            if kind == "acquisition" and cues.sellers is not None:
                sellers = [m for m in parties if m.side and is_seller(ctx, m, s0, s1)]
                if sellers and any(not m.side for m in parties):
                    # "Telekom übernimmt T-Mobile-Aktien von Softbank", "Tencent buys the stake from SoftBank":
                    # SoftBank's sale, told by the buyer
                    kind, actor = "divestment", sellers[0]
                    counterparties = [m for m in parties if not m.side]
            if kind == "divestment" and actor.side and cues.buyers is not None:
                if any(m.side and near(cues.buyers, ctx, m, s0, s1) for m in parties):
                    # "鸿海出售的工厂，其买家正是软银", "SoftBank was among the buyers": SoftBank's purchase
                    kind = "acquisition"
            if kind == "divestment" and actor.side and any(c.tracked for c in counterparties):
                buyers = [c for c in counterparties if not c.tracked]
                if buyers:
                    counterparties = buyers  # "the sale of Arm to Nvidia": the unit sold is the asset
            amounts = [a for a in sentence_amounts if u0 <= a.start < u1]
            if (
                not counterparties
                and topic is not None
                and kind in TOPIC_KINDS
                and actor.side
                and not primary.weak
                and not any(not m.side and m.source != "person" for m in sentence_mentions)
                # "스타트업 뤼이드에": outside Latin script a descriptor introduces a name no shape finds
                and (latin or not any(d in text[u0:u1] for d in cues.descriptors))
                and (amounts or any(u0 <= (d.start or -1) < u1 for d in ctx.dates.get(i, [])))
            ):
                counterparties = [topic]
            amounts = [
                a
                for a in amounts
                if a.currency != PERCENT
                or (
                    a.role == "stake_percent"
                    and cues.stake_words.hits(ctx.index, max(s0, a.start - 40), min(s1, a.end + 40))
                )
            ]
            strong = any(not h.weak for h in unit_kinds)
            if kind in NEEDS_OBJECT and not counterparties and not amounts:
                continue
            if not strong and not counterparties and not amounts:
                continue
            in_quote = _inside_any(quoted, u0, u1) or _inside_any(quoted, primary.start, primary.end)
            if in_quote and not (counterparties and amounts):
                continue  # what an executive says in a quotation is a view, not a reported move
            if (
                kind == "investment"
                and cues.plan_periods is not None
                and amounts
                and any(
                    not any(_overlaps((h.start, h.end), m) for m in masks)
                    for h in cues.plan_periods.hits(ctx.index, u0, u1)
                )
            ):
                kind = "commitment"  # money spread over years is a plan, not one stake
            statuses = [h for h in status_hits_all if u0 <= h.start < u1]
            status = _choose_status(primary, statuses, unit_kinds)
            date = _closest_date(
                _move_dates(
                    _not_deadlines(ctx, [d for d in ctx.dates.get(i, []) if u0 <= (d.start or -1) < u1]),
                    ctx.published,
                ),
                primary,
                head_final=cues.head_final,
            )
            if date is None:  # a date elsewhere in the sentence, unless it belongs to another move there
                others = [(a, b) for a, b in units if (a, b) != (u0, u1) and any(a <= h.start < b for h in kind_hits)]
                date = _closest_date(
                    [d for d in ctx.dates.get(i, []) if not _inside_any(others, d.start, d.end)],
                    primary,
                    head_final=cues.head_final,
                )
            if date is None:
                date = _leading_paragraph_date(ctx, i)
            explicit = date is not None
            if date is None:
                date = ExtractedDate(ctx.published, "day", None, None, None)
            q0, q1 = _trim(text, u0, u1)
            quote = Quote(text[q0:q1], q0, q1)
            confidence = 0.3 if strong else 0.15
            confidence += (
                0.1
                if any(not h.weak for h in unit_kinds if h.label == kind)
                and len([h for h in unit_kinds if h.label == kind]) > 1
                else 0.0
            )
            confidence += 0.15 if actor.entry is not None else 0.05
            confidence += 0.15 if any(c.entry is not None for c in counterparties) else (0.05 if counterparties else 0)
            confidence += 0.15 if amounts else 0.0
            confidence += 0.1 if explicit else 0.0
            confidence += 0.05 if statuses else 0.0
            out.append(
                Candidate(
                    kind,
                    status,
                    date,
                    actor,
                    counterparties,
                    amounts,
                    quote,
                    round(min(1.0, confidence), 2),
                    [quote],
                    explicit,
                    [status],
                    i,
                    kinds_named=frozenset(h.label for h in unit_kinds),
                    primary=primary,
                    clause=(u0, u1),
                    sentence=(s0, s1),
                )
            )
    return out


def with_usd(candidates: list[Candidate], convert) -> list[str]:
    """Convert every amount at its event's date; returns warnings."""
    warnings: list[str] = []
    for cand in candidates:
        converted = []
        for amount in cand.amounts:
            try:
                new, notes = convert(amount, on=cand.date.date)
                converted.append(new)
                warnings.extend(notes)
            except Exception as exc:  # noqa: BLE001 - one bad figure must not lose the event
                converted.append(amount)
                warnings.append(f"currency conversion failed for {amount.text!r}: {exc}")
        cand.amounts = converted
    return warnings


def refine_roles(candidates: list[Candidate], ctx: ArticleContext) -> None:
    """A figure right after a valuation word is a valuation ("at a valuation of nearly $300 billion")."""
    if ctx.cues.valuation is None:
        return
    for cand in candidates:
        new = []
        for a in cand.amounts:
            if a.role == "value":
                hits = ctx.cues.valuation.hits(ctx.index, max(0, a.start - 30), a.start)
                if hits:
                    a = replace(a, role="valuation")
            new.append(a)
        cand.amounts = new
