"""Step 9, one event per move: retellings of a move within an article are merged into it.

Two candidates are one move when their kinds agree (or they state the same figure for the same counterparty),
their actors and counterparties agree, and so do their amounts and dates. The merged move keeps every quote,
the most precise stated date, every distinct figure, and the status the retellings point to.

    merge_candidates(candidates, published) -> one Candidate per move
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal

from .confidence import retold
from .events import Candidate
from .move_parties import actors_agree, same_party
from .moves import STATUS_RANK
from .periods import period_end
from .types import PERCENT, ExtractedAmount, ExtractedDate

_RECENT = 300  # a move is retold within an article, not across thousands of others


def merge_candidates(candidates: list[Candidate], published: dt.date | None = None) -> list[Candidate]:
    merged: list[Candidate] = []
    lent = _lend_counterparties(candidates)
    for cand in candidates:
        if _expected_close(cand, merged, published):
            continue  # "完了する見通し in mid-2026": when a known move is expected to close, not another move
        target = None
        if id(cand) in lent and not cand.date_explicit:
            target = next((p for p in reversed(merged[-6:]) if p.kind == cand.kind and _parties_overlap(p, cand)), None)
        if target is None:
            target = next((prev for prev in merged[-_RECENT:] if _same_move(prev, cand)), None)
        if target is None:
            merged.append(cand)
        else:
            _absorb(target, cand)
    return merged


def _expected_close(cand: Candidate, merged: list[Candidate], published: dt.date | None) -> bool:
    """A close still to come of a move already known is that move's expected end, not another move; so is any
    step still to come of it told without a figure of its own ("once the purchase is done, it aims to start
    operating the data centre in 2026")."""
    return (
        published is not None
        and cand.date_explicit
        and cand.date.date > published
        and (cand.status == "completed" or not cand.amounts)
        and any(p.kind == cand.kind and p.counterparties and _parties_overlap(p, cand) for p in merged)
    )


def _same_move(prev: Candidate, cand: Candidate) -> bool:
    pledge = _pledge_of_launch(prev, cand)  # a part of what was launched: its figure may differ
    return (
        (prev.kind == cand.kind or _same_figure(prev, cand) or pledge)
        and actors_agree(prev, cand)
        and _parties_overlap(prev, cand)
        and (pledge or amounts_compatible(prev.amounts, cand.amounts))
        and dates_compatible(prev, cand)
        and _ventures_agree(prev, cand)
    )


_PLEDGE_REACH = 3  # sentences after a fund's launch in which a pledge with no company is the fund's money


def _pledge_of_launch(prev: Candidate, cand: Candidate) -> bool:
    """ "Abre un fondo de US$5.000 millones … está comprometiendo una suma inicial de US$2.000 millones": a pledge
    told with no company right after a launch is the money put into what was launched, not a move of its own."""
    return (
        prev.kind == "launch"
        and cand.kind == "commitment"
        and not cand.counterparties
        and 0 <= cand.sentence_index - prev.sentence_index <= _PLEDGE_REACH
    )


def _ventures_agree(a: Candidate, b: Candidate) -> bool:
    """Two named ventures are two moves, though their partners are the same ("Stargate", "SB OpenAI Japan"); a
    move told without its venture's name retells a named one only when both name a partner in common."""
    if a.venture == b.venture:
        return True
    if a.venture is not None and b.venture is not None:
        return False
    return bool(a.counterparties) and bool(b.counterparties)


def _absorb(target: Candidate, cand: Candidate) -> None:
    """Merge the retelling `cand` into the move `target`."""
    target.quotes.append(cand.quote)
    target.retold.append((cand.clause, cand.primary, cand.sentence))
    target.venture = target.venture or cand.venture
    target.statuses.append(cand.status)
    for cp in cand.counterparties:
        if not any(same_party(cp, x) for x in target.counterparties) and not (
            target.actor and same_party(cp, target.actor)
        ):
            target.counterparties.append(cp)
    if target.actor is None or (cand.actor and cand.actor.side and not target.actor.side):
        if target.actor and not any(same_party(target.actor, x) for x in target.counterparties):
            target.counterparties.insert(0, target.actor)
        target.actor = cand.actor
        target.counterparties = [c for c in target.counterparties if not same_party(c, target.actor)]
    for amount in cand.amounts:
        _add_amount(target.amounts, amount)
    if cand.date_explicit and not target.date_explicit:
        target.date, target.date_explicit = cand.date, True
    elif cand.date_explicit and target.date_explicit and _rank_precision(cand.date) > _rank_precision(target.date):
        target.date = cand.date
    if cand.confidence > target.confidence:
        target.quote, target.quotes = (
            cand.quote,
            [cand.quote] + [q for q in target.quotes if q != cand.quote],
        )
    target.confidence = retold(target.confidence, cand.confidence)
    target.status_counts[cand.status] += 1
    target.status = merged_status(target.status_counts)


def _add_amount(amounts: list[ExtractedAmount], amount: ExtractedAmount) -> None:
    """A retelling's figure, once. The same figure named the company's valuation in one retelling and told bare
    in another ("in a $1.1 billion deal"; "a deal valuing the company at $1.1 billion") is the valuation: the
    words that say what it is outweigh none."""
    same = [x for x in amounts if _amount_key(amount) == _amount_key(x)]
    if any(x.role == amount.role for x in same):
        return
    if amount.role == "value" and any(x.role == "valuation" for x in same):
        return
    if amount.role == "valuation":
        bare = {id(x) for x in same if x.role == "value"}
        amounts[:] = [x for x in amounts if id(x) not in bare]
    amounts.append(amount)


def merged_status(counts: Counter) -> str:
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
    money_a, money_b = _money(a), _money(b)
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


def _money(amounts: list[ExtractedAmount]) -> list[ExtractedAmount]:
    """The figures a move is told by: its own money, else the size of the round it is part of."""
    money = [x for x in amounts if x.currency != PERCENT and x.role == "value"]
    return money or [x for x in amounts if x.currency != PERCENT and x.role == "total"]


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


def _parties_overlap(a: Candidate, b: Candidate) -> bool:
    if not a.counterparties or not b.counterparties:
        return True
    return any(same_party(x, y) for x in a.counterparties for y in b.counterparties)


def _lend_counterparties(candidates: list[Candidate]) -> set[int]:
    """A move stated without its counterparty right after one of the same kind by the same actor ("will
    initially invest $10 billion in April") continues it: it takes that counterparty. Returns the ids of the
    candidates that did, which are details of the earlier move unless they carry a date of their own."""
    lent: set[int] = set()
    for k, cand in enumerate(candidates):
        if cand.counterparties or not cand.actor or not cand.actor.side:
            continue
        for prev in reversed(candidates[max(0, k - 4) : k]):
            if cand.venture is not None and prev.venture != cand.venture:
                break  # "le projet Stargate" names what the move is about: not the venture told before
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
