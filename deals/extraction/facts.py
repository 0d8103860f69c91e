"""The facts each move states beyond its kind: what changes hands, who plays which part, whose money each
figure is. One step after the moves are merged, so that a move told twice gets its facts once, from the
retelling that names its object."""

from __future__ import annotations

from .co_investors import money_goes_into
from .move_amounts import own_value, with_restated_roles
from .move_parties import NAMED_SOURCES, subject_of
from .news_reports import LEAD, is_report_day, on_the_record, told_by_a_report
from .non_parties import is_non_party
from .objects import MoveObject, ObjectClause, find_object
from .parties import bought_from, near, sold_to
from .periods import period_end
from .roles import MoveFacts, party_role, with_amount_roles


def state_facts(candidates: list, ctx, ventures: set[str]) -> None:
    """Fill object, roles and amount roles of every candidate (events.Candidate, ctx events.ArticleContext);
    `ventures` are the names the article introduces as joint ventures. The kind, status and date a clause's
    words gave are corrected first where what the move hands over, or when it happened, says otherwise."""
    news_day = _news_day(ctx)
    reported = told_by_a_report(ctx)
    news = _reported_news(candidates) if reported else set()
    for cand in candidates:
        cand.counterparties = [
            m for m in cand.counterparties if not is_non_party(m.surface) and not is_non_party(m.name)
        ]
        _correct_date_and_status(cand, ctx, news_day, reported and _in_the_news(cand, news))
        found = _correct_kind(cand, ctx, ventures)
        cand.object_type, cand.object_text, cand.object_label = found.type, found.text, found.label
        cand.roles = _roles(cand, ctx)
        others = tuple((m.start, m.end) for m in _mentions_in(cand, ctx) if not m.side)
        move = MoveFacts(cand.kind, cand.object_type, ctx.index, ctx.cues, found.span, ctx.text, others)
        amounts = with_restated_roles(with_amount_roles(cand.amounts, move=move), ctx.text)
        cand.amounts = own_value(amounts, ctx.text, cand.clause, _anchor(cand))


def _reported_news(candidates: list) -> set[str]:
    """The companies of the moves the lead of a report-based article tells: the outlet's news is about them."""
    return {m.name for c in candidates if c.sentence_index < LEAD for m in c.counterparties}


def _in_the_news(cand, news: set[str]) -> bool:
    """Whether a move is the reported news or part of it: told in the lead, or with one of the lead's companies.
    Another company's move further on ("SoftBank, which sold Arm…", "앞서 퍼플렉시티에도 투자한 바 있다") is
    background the article states on its own account, not the outlet's scoop."""
    if cand.sentence_index < LEAD or not cand.counterparties:
        return True
    return any(m.name in news for m in cand.counterparties)


def _mentions_in(cand, ctx) -> list:
    """The companies named in the move's clause and in the clauses that retell it."""
    clauses = [cand.clause, *(clause for clause, _, _ in cand.retold)]
    return [m for m in ctx.mentions if any(u0 <= m.start < u1 for u0, u1 in clauses) and m.source != "person"]


def _clauses(cand) -> list[tuple[int, int]]:
    return [cand.clause, *(clause for clause, _, _ in cand.retold)]


def _anchor(cand) -> tuple[int, int] | None:
    """Where the acting side is named in the move's clause, else its cue: its own money is told next."""
    u0, u1 = cand.clause
    if cand.actor is not None and u0 <= cand.actor.start < u1:
        return cand.actor.start, cand.actor.end
    return (cand.primary.start, cand.primary.end) if cand.primary is not None else None


def _correct_date_and_status(cand, ctx, news_day, reported: bool) -> None:
    """`reported` when the article tells its news as a news outlet's report."""
    if news_day is not None and cand.sentence_index == 0 and not cand.date_explicit:
        # The lead reports the day's news; an article that names that day ("on Thursday") dates it.
        cand.date, cand.date_explicit = news_day, True
    if _done_long_ago(cand, ctx):
        cand.status = "completed"
    if reported and cand.status == "announced" and not on_the_record(ctx, _clauses(cand)):
        cand.status = "rumored"  # a plan known only from an outlet's report is not on the companies' record


def _correct_kind(cand, ctx, ventures: set[str]) -> MoveObject:
    """The kind as the object shows it, and the object found for that kind."""
    if cand.kind == "financing" and "investment" in cand.kinds_named and _names_a_round(cand.primary, ctx):
        cand.kind = "investment"  # "在滴滴55亿美元融资中投资20亿美元": the round is the startup's, the money SoftBank's
    if cand.kind == "investment" and cand.venture is not None:
        cand.kind = "commitment"  # "invest $19 billion in the Stargate project": a pledge to a venture, not a stake
    if cand.kind == "investment" and _buys_debt(cand, ctx, ventures):
        cand.kind, cand.lends = "financing", True  # money put into a bond or a loan is lent, not invested
    if cand.kind == "financing":
        bought = _object(cand, ctx, ventures, kind="acquisition")
        if bought.type == "goods" and bought.text is not None:
            cand.kind = "acquisition"  # "GPUを調達する", "procure chips": sourcing goods, not raising money
    found = _object(cand, ctx, ventures)
    if cand.kind == "acquisition" and found.type == "stake":
        if _majority(cand) or found.label == MAJORITY:
            # "株式51%を買収した", "adquirió una participación mayoritaria": buying control buys the company
            found = MoveObject("company", found.text, None, found.span)
        else:
            cand.kind = "investment"  # buying shares short of control is taking a stake
    if cand.kind == "launch" and cand.counterparties and found.text is None:
        # "SoftBank and Nvidia will create an AI marketplace": founding with another company, on its
        # technology, is a partnership; a launch of one's own names the new fund or company
        cand.kind = "partnership"
        found = _object(cand, ctx, ventures)
    if cand.kind == "commitment" and found.type == "other" and found.text is None:
        if any(money_goes_into(ctx, m) for m in cand.counterparties):
            # "pledged to invest $22.5 billion in OpenAI": the pledge buys shares of the company named
            found = MoveObject("stake", None, "stake")
    fund = _own_fund(cand, ctx)
    outside = _fund_taken_in(cand, ctx)
    if outside is not None:
        found = MoveObject("fund", ctx.text[outside.start : outside.end], outside.name)
    elif fund is not None:
        # "ビジョン・ファンドの第2弾に400億ドルを出資", "la création de son second Vision Fund": the side's own fund is
        # what the money goes into; pledging it is a commitment, not a stake in a company
        cand.kind = "commitment" if cand.kind == "investment" else cand.kind
        found = MoveObject("fund", ctx.text[fund.start : fund.end], fund.name)
    return found


_OWN_KINDS = {"launch", "investment", "commitment"}
_ADJACENT = 4  # "SoftBank's Vision Fund", "ソフトバンクのファンド": the fund named as the group's, the one acting


def _own_fund(cand, ctx):
    """The tracked side's fund a move without a counterparty creates or pays into: named after the move's cue,
    or after the group that acts, apart from it."""
    if cand.counterparties or cand.kind not in _OWN_KINDS or cand.primary is None:
        return None
    u0, u1 = cand.clause
    funds = [m for m in ctx.mentions if u0 <= m.start < u1 and m.side and m.fund]
    if not funds:
        return None
    fund = funds[0]
    if fund.start >= cand.primary.end:
        return fund
    owners = [m for m in ctx.mentions if u0 <= m.start and m.end < fund.start and m.side and not m.fund]
    return fund if any(not _names_its_fund(ctx.text[m.end : fund.start]) for m in owners) else None


def _fund_taken_in(cand, ctx):
    """The tracked side's fund named after the cue of an investment whose every counterparty is named before
    it: "Mubadala investing $15 billion in SoftBank's Vision Fund" is money the fund takes in, not a stake."""
    if cand.kind != "investment" or cand.primary is None or ctx.cues.head_final or not _investors_only(cand):
        return None  # verb-final, every name stands before the verb and the order tells nothing
    u0, u1 = cand.clause
    return next((m for m in ctx.mentions if cand.primary.end <= m.start < u1 and m.side and m.fund), None)


def _investors_only(cand) -> bool:
    """Every counterparty is named in the move's clause before its cue: the companies whose money it is."""
    u0, _ = cand.clause
    return bool(cand.counterparties) and all(u0 <= m.start and m.end <= cand.primary.start for m in cand.counterparties)


def _talks_with_side(cand, ctx) -> bool:
    """An investment into a fund whose investors are named first, then the tracked side, then the cue: "Mubadala
    is in talks with SoftBank about an investment in its technology fund" is money SoftBank's fund takes in. The
    side stands right after a word like "with": the one the investors deal with. A two-letter particle ("de", "by")
    more often names whose investment it is ("una inversión pendiente de SoftBank")."""
    agents = ctx.cues.agents
    if cand.kind != "investment" or cand.primary is None or ctx.cues.head_final or agents is None:
        return False
    if not _investors_only(cand):
        return False
    last = max(m.end for m in cand.counterparties)
    return any(
        m.side
        and last <= m.start
        and m.end <= cand.primary.start
        and any(0 <= m.start - h.end <= 2 and h.end - h.start > 2 for h in agents.hits(ctx.index, last, m.start))
        for m in ctx.mentions
    )


def _names_its_fund(gap: str) -> bool:
    return len(gap) <= _ADJACENT and not any(c in gap for c in ",，、،;；:")


MAJORITY = "majority stake"  # the label the object nouns of control carry in the data ("participation majoritaire")


def _object(cand, ctx, ventures: set[str], kind: str | None = None) -> MoveObject:
    """The object named in the first retelling that names one; else what the kind usually moves."""
    first = None
    for (u0, u1), primary, _ in [(cand.clause, cand.primary, cand.sentence), *cand.retold]:
        in_clause = [m for m in ctx.mentions if u0 <= m.start < u1 and m.source != "person"]
        found = find_object(
            text=ctx.text,
            index=ctx.index,
            cues=ctx.cues,
            clause=ObjectClause(
                kind=kind or cand.kind,
                start=u0,
                end=u1,
                primary=primary,
                names=tuple((m.start, m.end) for m in in_clause),
                side_names=tuple((m.start, m.end) for m in in_clause if m.side),
                venture_names=tuple((m.start, m.end, m.name) for m in in_clause if m.name in ventures),
            ),
        )
        if found.text is not None:
            return found
        first = first or found
    return first


_DEBT_REACH = 45  # characters between the cue and the debt noun it takes: "in Wirecard-Anleihe investieren"


def _buys_debt(cand, ctx, ventures: set[str]) -> bool:
    """An investment whose object is another company's debt, named close to its cue with no stake or fund noun
    ("invest €900 million in Wirecard bonds"); a loan told further on funds the investment ("..., financed
    by a bridge loan")."""
    if cand.primary is None or _object(cand, ctx, ventures).text is not None:
        return False
    debt = _object(cand, ctx, ventures, kind="financing")
    if debt.type != "debt" or debt.span is None:
        return False
    p0, p1 = cand.primary.start, cand.primary.end
    lo, hi = min(p1, debt.span[1]), max(p0, debt.span[0])
    return hi - lo <= _DEBT_REACH and not any(c in ctx.text[lo:hi] for c in ",;，；、،")


# The parts a move's kind gives a name by default; a part its own words state ("from Naver", "to Walmart") wins
# over them when the name is told more than once ("英伟达(NVIDIA)与软银…，英伟达将…收购").
_DEFAULT_ROLES = {"target", "other"}
_SOURCED = {"investment", "acquisition"}


def _roles(cand, ctx) -> dict[str, str]:
    roles: dict[str, str] = {}
    for m in cand.counterparties:
        role = _role(cand, m, ctx)
        if roles.get(m.name) not in (None, *_DEFAULT_ROLES) and role in _DEFAULT_ROLES:
            continue
        roles[m.name] = role
    return roles


def _role(cand, m, ctx) -> str:
    s0, s1 = cand.sentence
    told_here = s0 <= m.start < s1
    if cand.object_type == "fund" and (_fund_taken_in(cand, ctx) is not None or _talks_with_side(cand, ctx)):
        return "other"  # an outside investor putting money into the tracked side's fund: neither target nor partner
    if told_here and cand.kind in _SOURCED and cand.primary is not None and not m.side:
        others = [x for x in cand.counterparties if x.name != m.name]
        # "buys a stake in LINE from Naver": the one bought from sells, the company whose shares change hands
        # stays the target; with no other company named, "from" may only name where the money goes
        if others and _side_buys(cand) and bought_from(ctx, m, cand.primary, s0, s1):
            return "seller"
    receives = cand.lends  # the one whose bond the side buys borrows from it
    if receives:
        pass
    elif told_here and _owns_the_stake(ctx, m):
        pass  # "Anteile an T-Mobile US", "its stake in Uber": the company whose shares change hands
    elif told_here and cand.primary is not None and ctx.cues.recipients is not None:
        receives = sold_to(ctx, m, cand.primary, s0, s1, reach=_BUYER_REACH)
    if told_here and not receives and cand.kind == "divestment" and ctx.cues.buyers is not None:
        receives = near(ctx.cues.buyers, ctx, m, s0, s1)
    if told_here and not receives and cand.kind == "divestment":
        receives = _buys(ctx, cand, m, s0)
    return party_role(
        kind=cand.kind,
        object_type=cand.object_type,
        index=ctx.index,
        cues=ctx.cues,
        span=(m.start, m.end),
        sold_to=receives,
        text=ctx.text,
        names=tuple((x.start, x.end) for x in ctx.mentions if s0 <= x.start < s1),
    )


_BUYING = {"acquisition", "investment"}
# The buyer of the side's sale may follow a long name of what is sold ("sell its entire stake in India's Flipkart
# Group to Walmart"); the side's own name that far on is more often where the proceeds go ("la venta … dejó 4.800
# millones a SoftBank"), so turning a sale into the side's purchase keeps the shorter reach.
_BUYER_REACH = 60


def _side_buys(cand) -> bool:
    """The tracked side is named before the buying word, as its subject: in "Coupang raised $1 billion from Tiger
    Global and SoftBank" the names after "from" are investors, not sellers."""
    actor = cand.actor
    return actor is not None and actor.side and actor.start < cand.primary.start


def _buys(ctx, cand, m, s0: int) -> bool:
    """The subject of the buying word in the tracked side's sale told by the buyer: "Hyundai will buy Boston
    Dynamics from SoftBank", "腾讯…计划收购后者持有的…股份" (the company bought comes after the word)."""
    primary = cand.primary
    if primary is None or primary.label not in _BUYING or m.side:
        return False
    named = [x for x in ctx.mentions if s0 <= x.start < cand.sentence[1] and x.source in NAMED_SOURCES]
    if ctx.cues.subject_marks is not None:
        # the side only sells here: in "ソフトバンクが保有する…株式を、テンセントが買収" its が marks the holder of a
        # relative clause, and the buyer is the next name its particle makes a subject
        named = [x for x in named if not x.side]
    subject = subject_of(ctx, named, primary)
    return subject is not None and subject.start == m.start


def _majority(cand) -> bool:
    return any(a.currency == "PERCENT" and 50 < a.low <= 100 for a in cand.amounts)


def _owns_the_stake(ctx, m) -> bool:
    """A name right after a stake noun ("Anteile an X", "participation dans X") is the company owned."""
    if ctx.cues.objects is None:
        return False
    hits = ctx.cues.objects.hits(ctx.index, max(0, m.start - 40), m.start)
    # "Arm Holdings to Nvidia": a stake word inside a company's own name owns nothing
    named = [(x.start, x.end) for x in ctx.mentions if x.end <= m.start and m.start - x.end <= 45]
    return any(
        h.label == "stake" and 0 <= m.start - h.end <= 5 and not any(s <= h.start and h.end <= e for s, e in named)
        for h in hits
    )


NEWS_DAY_LAG = 3  # days: a report often appears a day or a weekend after the news it tells
NEWS_DAY_SENTENCES = 3  # the lead paragraph, where an article names the day of its news


def _news_day(ctx):
    """The day of the article's news: a phrase naming the publication day ("يوم الخميس", "on Thursday"), or
    in the lead a day just before it ("18日" in a report of the 19th), if any."""
    recent = []
    for index in sorted(ctx.dates):
        for d in ctx.dates[index]:
            if d.precision != "day" or not d.text or is_report_day(ctx, d):
                continue
            if d.date == ctx.published:
                return d
            lag = (ctx.published - d.date).days
            if index < NEWS_DAY_SENTENCES and 0 < lag <= NEWS_DAY_LAG:
                recent.append(d)
    return recent[0] if recent else None


PAST = 60  # days: a move dated this long before the report, told with no stage word, has happened


def _done_long_ago(cand, ctx) -> bool:
    """ "In 2016 SoftBank bought Arm", "2015년 쿠팡에 10억 달러를 투자한": a move dated well before the report,
    with no word of talks, plans or a cancellation about it, is a done deal, not an announcement."""
    if cand.status != "announced" or not cand.date_explicit or cand.date.text is None:
        return False
    if (ctx.published - period_end(cand.date.date, cand.date.precision)).days < PAST:
        return False
    u0, u1 = cand.clause
    return not ctx.cues.statuses.hits(ctx.index, u0, u1)


def _names_a_round(cue, ctx) -> bool:
    """The financing word is a round's name ("融资", "funding round", "ronda"), not a loan or a bond."""
    if cue is None:
        return False
    rounds = [p for p in (ctx.cues.totals, ctx.cues.totals_after) if p is not None]
    return any(
        h.start <= cue.start < h.end or cue.start <= h.start < cue.end
        for p in rounds
        for h in p.hits(ctx.index, max(0, cue.start - 40), cue.end + 40)
    )
