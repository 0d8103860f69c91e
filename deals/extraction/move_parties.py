"""Step 4, parties and their roles: who makes the move (the actor) and who is on the other side.

    clause_parties(ctx, scan, clause, primary, strong) -> the companies the clause speaks of
    choose_actor(parties, primary) -> the side company nearest before the cue, else the first named
    counterparties_of(parties, actor, kind) -> the other companies, one per company
    sale_direction(...) -> who buys and who sells when the seller or the buyer tells it

A clause that names no one who makes the move continues the subject of the clause or sentence before it.
The part each counterparty plays (target, seller, partner...) is stated later, in facts.py.
"""

from __future__ import annotations

import re

from .appositives import introduces_name
from .companies import Mention
from .cues import Hit
from .events import ArticleContext, Candidate
from .move_cues import SentenceScan
from .parties import TOPIC_KINDS, is_seller, near, sold_to

KEEPS_UNITS = {
    "acquisition",
    "divestment",
    "investment",
}  # a bought company is a unit afterwards
NAMED_SOURCES = ("alias", "shape", "backref")  # a company named in the text, not a person's employer


def names_company(parties: list[Mention]) -> bool:
    return any(m.source in NAMED_SOURCES for m in parties)


def same_party(x: Mention, y: Mention) -> bool:
    """The same company, or two names for one side: units of the tracked company that carry its name
    count as that company, a unit with a name of its own (an acquired company) does not."""
    if x.name == y.name or (x.side and y.side):
        return True
    return bool(x.root) and x.root == y.root and not x.tracked and not y.tracked


def actors_agree(a: Candidate, b: Candidate) -> bool:
    """Whether two moves are made by the same company, or by the same two companies told either way round."""
    if a.actor is None or b.actor is None:
        return True
    if same_party(a.actor, b.actor) or (a.actor.side and b.actor.side):
        return True
    # "NVIDIA and SoftBank" vs "SoftBank ... with NVIDIA": the same two parties either way round.
    names_a = {m.name for m in [a.actor, *a.counterparties]}
    names_b = {m.name for m in [b.actor, *b.counterparties]}
    return a.actor.name in names_b and b.actor.name in names_a


def clause_parties(
    ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int], primary: Hit, strong: bool
) -> list[Mention]:
    """The companies a clause speaks of, with the subject it continues when it names none."""
    u0, u1 = clause
    parties = [m for m in scan.mentions if u0 <= m.start < u1]
    if not names_company(parties):
        # The subject named before the clause ("SoftBank said ..., and it will buy X").
        before = [m for m in scan.mentions if m.start < u0 and m.source != "person"]
        parties = before[:1] + parties
    if strong and not any(m.side for m in parties):
        parties = _carry_subject(ctx, scan.index, u0, primary, parties)
    elif primary.label == "divestment" and parties and all(m.side for m in parties):
        parties = _carry_sold(ctx, scan, u0, primary, parties)
    if parties and all(m.side for m in parties):
        parties = _carry_antecedent(ctx, scan, u0, parties)
    return _outside_descriptions(ctx, parties, primary, u1)


def _carry_antecedent(ctx: ArticleContext, scan: SentenceScan, u0: int, parties: list[Mention]) -> list[Mention]:
    """A relative clause in which the tracked side acts on the name it follows ("vendre Arm, que le groupe avait
    acquise en 2016", "vender Arm, que el grupo había comprado") is about that name."""
    relatives = ctx.cues.relatives
    opens = u0 + len(ctx.text[u0 : u0 + 4]) - len(ctx.text[u0 : u0 + 4].lstrip(" ,"))
    if relatives is None or not any(h.start == opens for h in relatives.hits(ctx.index, opens, opens + 12)):
        return parties
    earlier = [m for m in scan.mentions if m.end <= u0 and m.source in NAMED_SOURCES and not m.side]
    if not earlier or ctx.text[earlier[-1].end : u0].strip(" ,"):
        return parties
    return [earlier[-1], *parties]


def _carry_sold(
    ctx: ArticleContext, scan: SentenceScan, u0: int, primary: Hit, parties: list[Mention]
) -> list[Mention]:
    """A clause telling only that something was sold to the tracked side ("…, then sold to SoftBank in 2017",
    "2017年又被卖给日本软银") continues the sentence's subject: the company named first before it is what was
    sold."""
    if ctx.cues.recipients is None or not any(sold_to(ctx, m, primary, scan.start, scan.end) for m in parties):
        return parties
    earlier = [m for m in scan.mentions if m.start < u0 and m.source in NAMED_SOURCES and not m.side]
    return earlier[:1] + parties if earlier else parties


_COMMAS = (",", "،", "，")


def _outside_descriptions(ctx: ArticleContext, parties: list[Mention], primary: Hit, u1: int) -> list[Mention]:
    """Companies in a description of the move's company are not parties: "buy Ampere for $6.5 billion, a
    company ... based on the Arm platform", "invest in OpenAI, ..., which would make it one of the startup's
    largest backers alongside Microsoft". The description opens after the cue and after a company it
    describes, at a comma."""
    found = ctx.cues.descriptions
    if found is None:
        return parties
    hits = found.hits(ctx.index, primary.end, u1)
    for hit in hits:
        if not ctx.text[primary.end : hit.start].rstrip().endswith(_COMMAS):
            continue
        if introduces_name(ctx, hit, hits, [m for m in parties if m.source in NAMED_SOURCES]):
            continue
        if not any(not m.side and primary.end <= m.start and m.end <= hit.start for m in parties):
            continue
        return [m for m in parties if not hit.start <= m.start < u1]
    return parties


# Kinds whose other party may stand after the verb as its object: "Nvidia partners with SoftBank", "banks lend
# SoftBank $15 billion" are the tracked side's moves whoever the subject is.
_SHARED_KINDS = {"partnership", "joint_venture", "financing"}


def others_move(
    ctx: ArticleContext, scan: SentenceScan, clause: tuple[int, int], cue: tuple[str, Hit], parties: list[Mention]
) -> bool:
    """Whether the clause tells another company's move that only mentions the tracked side: its subject is a
    company off the side, the side is named only after the cue (in ja/ko: without は / が) and no word there
    makes it a party ("丰田汽车向Grab投资10亿美元，软银亦是Grab的主要股东", "Didi, que en 2018 compró 99 Taxis")."""
    kind, primary = cue
    named = [m for m in parties if m.source in NAMED_SOURCES and m.start >= clause[0]]
    subject = subject_of(ctx, named, primary)
    if kind in _SHARED_KINDS or subject is None or subject.side:
        return False
    side = [m for m in parties if m.side]
    marks = ctx.cues.subject_marks
    if marks is not None:  # verb-final: the side before the verb is a party by its particle (は, と, から, に)
        # after the verb it starts a clause of its own ("…出資し、ソフトバンクも大株主だ")
        before = [m for m in side if m.end <= primary.start]
        stated = any(marks.match(ctx.text, m.end) or _particle(ctx, m) for m in before)
    else:
        stated = any(m.start < primary.start for m in side)
    if not side or stated:
        return False
    # "أمازون ناقشت استثمار 50 مليار، فيما أجرت سوفت بنك محادثات لاستثمار 30 مليار": the side's own move follows
    # (in ja/ko every verb follows its parties: the particles above tell)
    if marks is None and any(side[0].end <= h.start < clause[1] and h.start > primary.start for h in scan.kind_hits):
        return False
    # "Amazon pourrait investir 50 milliards dans OpenAI et SoftBank 30 milliards": the verb left out, the side
    # with a figure of its own makes the same move
    if any(
        0 <= a.start - m.end <= _GAPPED and not ctx.text[m.end : a.start].strip() for m in side for a in scan.amounts
    ):
        return False
    return not any(_made_party(ctx, scan, m, primary) for m in side)


_QUOTES = " \"'«»“”„‘’"
_GAPPED = 3  # characters between the side's name and its own figure when the verb is left out


def _particle(ctx: ArticleContext, m: Mention) -> bool:
    """A particle right after the name that makes it one of the move's parties in a verb-final language: joined
    to the subject ("소프트뱅크와 네이버가"), the one bought from or invested by ("소프트뱅크로부터"), sold to ("に")."""
    cues = ctx.cues
    words = [*cues.conjunctions]
    for phrases in (cues.sellers, cues.recipients):
        words += [c.phrase.strip("*") for c in phrases.cues] if phrases is not None else []
    # a short word may stand between: "등으로부터", "などから" (etc. from)
    after = ctx.text[m.end : m.end + 12].lstrip()
    return any(w and 0 <= after.find(w) <= 2 for w in words)


def subject_of(ctx: ArticleContext, named: list[Mention], primary: Hit) -> Mention | None:
    """The company that makes the clause's move, when its words tell it: the first name before the cue (right
    after it where the language puts the subject there), not after a preposition; in ja/ko the first with
    は / が before the verb."""
    marks = ctx.cues.subject_marks
    if marks is not None:
        return next((m for m in named if m.end <= primary.start and marks.match(ctx.text, m.end)), None)
    if not named or governed(ctx, named[0]):
        return None
    if named[0].end <= primary.start or _right_after(ctx, primary, named[0]):
        return named[0]
    return None


def relative_move(
    ctx: ArticleContext, clause: tuple[int, int], primary: Hit, parties: list[Mention], kind_hits: list[Hit]
) -> bool:
    """Whether the move is told in a relative clause about a company off the tracked side, with no other name
    in it: "la china Didi, que en 2018 compró la brasileña 99 Taxis" is Didi's purchase. A move cue before that
    company tells the clause's own move ("verhandelt über eine Beteiligung an Tier, der bei einer
    Finanzierungsrunde ..." is a stake in Tier)."""
    relatives = ctx.cues.relatives
    if relatives is None:
        return False
    before = [m for m in parties if clause[0] <= m.start and m.end <= primary.start and m.source in NAMED_SOURCES]
    if not before or before[-1].side:
        return False
    m = before[-1]
    if any(clause[0] <= h.start and h.end <= m.start for h in kind_hits):
        return False
    opened = [h for h in relatives.hits(ctx.index, m.end, primary.start) if not ctx.text[m.end : h.start].strip(" ,")]
    if not opened:
        return False
    return not any(x.side and x.start >= m.end for x in parties if x.start < clause[1])


def acquired_by_other(ctx: ArticleContext, clause: tuple[int, int], primary: Hit, parties: list[Mention]) -> bool:
    """Whether a purchase is told in the passive with another company as its agent and no one of the tracked
    side in the clause: "Boston Dynamics was acquired by Google in 2013", "2013年被Google 30亿美元收购" is
    Google's purchase, not one to carry the tracked side into."""
    agents = ctx.cues.agents
    if agents is None or primary.label != "acquisition" or any(m.side for m in parties if m.start >= clause[0]):
        return False
    for m in parties:
        if m.source not in NAMED_SOURCES or not clause[0] <= m.start < clause[1]:
            continue
        hits = agents.hits(ctx.index, max(clause[0], m.start - 12), m.start)
        for h in hits:
            if not _article_at_most(ctx.text[h.end : m.start]):
                continue
            # the agent right after the verb ("acquired by Google") or before it (被Google 30亿美元收购)
            if not ctx.text[primary.end : h.start].strip() or 0 <= primary.start - m.end <= 16:
                return True
    return False


def _article_at_most(gap: str) -> bool:
    """Nothing, or one short lowercase word (an article: "durch die Telekom-Tochter", "by the"), between two words."""
    words = gap.split()
    return not words or (len(words) == 1 and len(words[0]) <= 3 and words[0].isalpha() and words[0].islower())


def _right_after(ctx: ArticleContext, primary: Hit, m: Mention) -> bool:
    """The subject right after the verb, where the language puts it there ("investierte Toyota")."""
    gap = ctx.text[primary.end : m.start]
    return ctx.cues.subject_after_verb and m.start >= primary.end and not gap.strip(" \"'«»“”„")


_PHRASE_START = re.compile(r"[，,、。；;：:\s]")


def governed(ctx: ArticleContext, m: Mention) -> bool:
    """A name right after a preposition ("in Grab", "向阿里巴巴投资") is the move's object, not its subject; in
    Chinese, words may describe it in between ("向当时尚处于起步阶段的阿里巴巴投资")."""
    before = ctx.text[max(0, m.start - 8) : m.start].rstrip()
    if ctx.cues.script == "cjk":
        stretch = ctx.text[max(0, m.start - 30) : m.start]
        cut = [x.end() for x in _PHRASE_START.finditer(stretch)]
        stretch = stretch[cut[-1] :] if cut else stretch
        return any(word in stretch for word in ctx.cues.prepositions)
    for word in ctx.cues.prepositions:
        if before.endswith(word):
            edge = len(before) - len(word)
            if ctx.cues.script != "latin" or edge == 0 or not before[edge - 1].isalnum():
                return True
    return False


def _made_party(ctx: ArticleContext, scan: SentenceScan, m: Mention, primary: Hit) -> bool:
    """A word around the tracked side named after the cue that makes it a party: the one bought from or
    sold to, the buyer, an agent ("acquired by"), a co-investor ("led by", "-led") or a listed investor."""
    cues, s0, s1 = ctx.cues, scan.start, scan.end
    # right after the verb, quotation marks aside ("استحواذ «سوفت بنك»"): its object or, in de/ar, its subject
    if m.start >= primary.end and not ctx.text[primary.end : m.start].strip(_QUOTES):
        return True
    if cues.sellers is not None and is_seller(ctx, m, s0, s1):
        return True
    if cues.recipients is not None and sold_to(ctx, m, primary, s0, s1):
        return True
    if cues.buyers is not None and near(cues.buyers, ctx, m, s0, s1):
        return True
    before = [p for p in (cues.agents, cues.co_investors, cues.investor_lists) if p is not None]
    if any(m.start - h.end <= 20 for p in before for h in p.hits(ctx.index, max(s0, m.start - 60), m.start)):
        return True
    after = cues.co_investors_after
    return after is not None and any(h.start - m.end <= 2 for h in after.hits(ctx.index, m.end, min(s1, m.end + 8)))


def without_backers(ctx: ArticleContext, parties: list[Mention]) -> list[Mention]:
    """The parties without the tracked side named only as the backer of the company named next to it
    ("SoftBank-backed Grab", "Grab, soutenu par SoftBank", "软银支持的Grab"): the move is that company's."""
    return [m for m in parties if not (m.side and _backs_another(ctx, m, parties))]


def _backs_another(ctx: ArticleContext, m: Mention, parties: list[Mention]) -> bool:
    named = [o for o in parties if o.source in NAMED_SOURCES and not o.side]
    after, before = ctx.cues.backers_after, ctx.cues.backers
    for h in after.hits(ctx.index, m.end, m.end + 24) if after is not None else []:
        if h.start - m.end <= 1 and any(0 <= o.start - h.end <= 3 for o in named):
            return True
    for h in before.hits(ctx.index, max(0, m.start - 20), m.start) if before is not None else []:
        if m.start - h.end <= 2 and any(0 <= h.start - o.end <= 12 for o in named):
            return True
    return False


def choose_actor(parties: list[Mention], primary: Hit) -> Mention:
    side = [m for m in parties if m.side]
    if side:
        preceding = [m for m in side if m.end <= primary.start]
        return preceding[-1] if preceding else side[0]
    preceding = [m for m in parties if m.end <= primary.start]
    return preceding[0] if preceding else parties[0]


def counterparties_of(parties: list[Mention], actor: Mention, kind: str) -> list[Mention]:
    counterparties: list[Mention] = []
    for m in parties:
        if same_party(m, actor) or m.name == actor.name or (actor.side and m.side):
            continue
        if actor.side and m.tracked and kind not in KEEPS_UNITS:
            continue
        same = [c for c in counterparties if same_party(m, c)]
        if same and kind in KEEPS_UNITS and m.name == m.root and same[0].name != m.name:
            # "보스턴 다이내믹스를 현대차에 매각": the group named after the company it buys is its parent
            # only afterwards, as the company file tells today's owner
            same = []
        if not same:
            counterparties.append(m)
        elif m.root and m.name != m.root and same[0].name == m.root:
            # "the Deutsche Telekom unit T-Mobile US": the unit named is the party, not its parent
            counterparties[counterparties.index(same[0])] = m
    return counterparties


def sale_direction(
    ctx: ArticleContext,
    scan: SentenceScan,
    move: tuple[str, Mention, list[Mention]],
    parties: list[Mention],
    primary: Hit,
    earlier: list[Candidate],
) -> tuple[str, Mention, list[Mention]] | None:
    """(kind, actor, counterparties) of a sale or purchase told by the other side; None when the clause only
    retells, from the sellers' side, a purchase just reported."""
    kind, actor, counterparties = move
    s0, s1, cues = scan.start, scan.end, ctx.cues
    if kind == "divestment" and actor.side:
        counterparties = _own_units_sold(ctx, actor, parties, primary) + counterparties
    recipients = [m for m in parties if m.side and cues.recipients is not None and sold_to(ctx, m, primary, s0, s1)]
    if kind == "divestment" and (not actor.side or recipients):
        buyer = recipients or [m for m in parties if m.side]
        if buyer and any(not m.side for m in parties):
            # "Oracle and Carlyle will sell their stakes to SoftBank": SoftBank's purchase, told by
            # the sellers; when that purchase was just reported, this is a detail of it.
            if any(
                c.kind == "acquisition" and c.actor and c.actor.side and scan.index - c.sentence_index <= 3
                for c in earlier
            ):
                return None
            kind, actor = "acquisition", buyer[0]
            counterparties = [m for m in parties if not m.side]
    if kind == "acquisition" and cues.sellers is not None:
        sellers = [m for m in parties if m.side and is_seller(ctx, m, s0, s1, primary)]
        if sellers and any(not m.side for m in parties):
            # "Telekom übernimmt T-Mobile-Aktien von Softbank", "Tencent buys the stake from SoftBank":
            # SoftBank's sale, told by the buyer
            kind, actor = "divestment", sellers[0]
            counterparties = [m for m in parties if not m.side]
    if kind == "acquisition" and actor.side and _buyer_with_side(ctx, scan, parties, primary):
        # "Hyundai était en pourparlers avec SoftBank pour un rachat de Boston Dynamics": SoftBank's sale
        kind, counterparties = "divestment", [m for m in parties if not m.side]
    if kind == "divestment" and actor.side and cues.buyers is not None:
        if any(m.side and near(cues.buyers, ctx, m, s0, s1) for m in parties):
            # "鸿海出售的工厂，其买家正是软银", "SoftBank was among the buyers": SoftBank's purchase
            kind = "acquisition"
    return kind, actor, counterparties


def _buyer_with_side(ctx: ArticleContext, scan: SentenceScan, parties: list[Mention], primary: Hit) -> bool:
    """Whether another company, the subject, buys a third one and the tracked side stands only after a word
    like "with" before the buying word: the talks are with the owner."""
    named = [m for m in parties if m.source in NAMED_SOURCES]
    subject = subject_of(ctx, named, primary)
    if subject is None or subject.side or subject.end > primary.start:
        return False
    if not any(not m.side and m.name != subject.name and m.start >= primary.end for m in named):
        return False
    side = [m for m in named if m.side]
    agents = ctx.cues.agents
    if not side or agents is None or not all(subject.end < m.start < primary.start for m in side):
        return False
    return all(any(0 <= m.start - h.end <= 24 for h in agents.hits(ctx.index, subject.end, m.start)) for m in side)


def _own_units_sold(ctx: ArticleContext, actor: Mention, parties: list[Mention], primary: Hit) -> list[Mention]:
    """A listed unit of the tracked side named as what its owner sells ("SoftBank Group va céder 5 % de
    SoftBank Corp", "出售其电信子公司软银公司的股票"): the unit is the sale's target, though it is on the same side."""
    if ctx.cues.head_final:
        return []
    # a unit, never the family's top: "Le groupe possède 67 % de SoftBank Corp" sells no SoftBank Group
    return [m for m in parties if m.side and m.name not in (actor.name, m.root) and m.start >= primary.end][:1]


def topic_counterparty(
    ctx: ArticleContext,
    scan: SentenceScan,
    clause: tuple[int, int],
    move: tuple[str, Mention, Hit],
    topic: Mention | None,
    has_amount: bool,
) -> list[Mention]:
    """The company the article is about, as the counterparty of a move of the tracked side told without one
    ("SoftBank invested $500 million in March"); else none."""
    (kind, actor, primary), (u0, u1), latin = move, clause, ctx.cues.script == "latin"
    if (
        topic is not None
        and kind in TOPIC_KINDS
        and actor.side
        and not primary.weak
        and not any(not m.side and m.source != "person" for m in scan.mentions)
        # "스타트업 뤼이드에": outside Latin script a descriptor introduces a name no shape finds
        and (latin or not any(d in ctx.text[u0:u1] for d in ctx.cues.descriptors))
        and (has_amount or any(u0 <= (d.start or -1) < u1 for d in ctx.dates.get(scan.index, [])))
    ):
        return [topic]
    return []


def _has_subject(ctx: ArticleContext, u0: int, primary: Hit, parties: list[Mention]) -> bool:
    marks = ctx.cues.subject_marks
    if marks is not None:  # verb-final: objects come before the verb too; the subject carries は / 는
        return any(marks.match(ctx.text, m.end) for m in parties if m.end < primary.start)
    # "ستستحوذ مبادلة كابيتال على…", "investierte Toyota": the subject right after the verb where it stands there
    return any(m.end <= primary.start or _right_after(ctx, primary, m) for m in parties if m.start >= u0)


def _carry_subject(ctx: ArticleContext, i: int, u0: int, primary: Hit, parties: list[Mention]) -> list[Mention]:
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
            if _sets_topic(ctx, named):
                return parties  # another company became the topic: the move is not the side's to take
            continue
        carried = [side[0]]
        if k == i - 1 and not names_company(parties):
            carried += [m for m in named if not m.side and m.source == "alias"][:2]
        return carried + parties
    return parties


def _sets_topic(ctx: ArticleContext, named: list[Mention]) -> bool:
    """Whether a sentence that names no one of the tracked side makes another company its subject ("NVIDIA는")."""
    marks = ctx.cues.subject_marks
    return marks is not None and any(m.source in NAMED_SOURCES and marks.match(ctx.text, m.end) for m in named)
