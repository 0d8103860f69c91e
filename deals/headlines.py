"""Plain-English headlines for events and deals, built from parties, kind, status and amount.

"SoftBank Group in talks to invest $15-25B in OpenAI", "SoftBank Vision Fund 2 invested $500M in OpenAI",
"SoftBank Group's $1B offer to OpenAI was not carried out".

Everything here reads only what EventQuerySet.with_details() prefetches (deal, deal parties with their
companies, amounts), so a page of headlines costs no extra query. The strings are plain text: templates
escape them like any other value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from deals.models import Amount, Deal, Event

CURRENCY_SIGNS = {
    "USD": "$",
    "EUR": "€",
    "JPY": "¥",
    "GBP": "£",
    "CNY": "CN¥",
    "KRW": "₩",
    "INR": "₹",
    "HKD": "HK$",
    "AUD": "A$",
    "CAD": "C$",
    "SGD": "S$",
    "TWD": "NT$",
    "BRL": "R$",
}

_SCALES = (
    (Decimal("1e12"), "T"),
    (Decimal("1e9"), "B"),
    (Decimal("1e6"), "M"),
    (Decimal("1e3"), "K"),
)

_QUALIFIER_PREFIX = {"about": "about ", "up_to": "up to ", "at_least": "at least "}


def _short_number(value: Decimal) -> str:
    """Two decimals below 10, one below 100, none above, without trailing zeros: 1.25, 15, 677."""
    if value < 10:
        step = Decimal("0.01")
    elif value < 100:
        step = Decimal("0.1")
    else:
        step = Decimal(1)
    text = f"{value.quantize(step, rounding=ROUND_HALF_UP):f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _scale_for(value: Decimal) -> tuple[Decimal, str]:
    for size, suffix in _SCALES:
        if value >= size:
            return size, suffix
    return Decimal(1), ""


def compact_money(
    *,
    low: Decimal,
    high: Decimal | None = None,
    currency: str,
    qualifier: str = "exact",
) -> str:
    """'$15-25B', '¥100B', '€1.2B', 'up to $10B', '40%'; unknown currencies as 'SAR 5B'."""
    low = Decimal(low)
    high = Decimal(high) if high is not None else low
    if currency == "PERCENT":
        if high > low:
            return f"{_short_number(low)}-{_short_number(high)}%"
        return f"{_QUALIFIER_PREFIX.get(qualifier, '')}{_short_number(low)}%"
    size, suffix = _scale_for(high)
    if high > low:
        figure = f"{_short_number(low / size)}-{_short_number(high / size)}{suffix}"
    else:
        figure = f"{_short_number(low / size)}{suffix}"
    sign = CURRENCY_SIGNS.get(currency)
    money = f"{sign}{figure}" if sign else f"{currency} {figure}"
    if high > low:
        return money
    return f"{_QUALIFIER_PREFIX.get(qualifier, '')}{money}"


def amount_compact(amount: Amount) -> str:
    """The amount in its original currency, compactly: '¥100B'."""
    return compact_money(
        low=amount.low,
        high=amount.high,
        currency=amount.currency,
        qualifier=amount.qualifier,
    )


def amount_usd(amount: Amount) -> str:
    """The amount in US dollars, '≈ $677M'; empty when no rate was found or the original is dollars."""
    if amount.currency in ("USD", "PERCENT") or amount.usd_low is None:
        return ""
    return "≈ " + compact_money(
        low=amount.usd_low,
        high=amount.usd_high,
        currency="USD",
        qualifier=amount.qualifier,
    )


@dataclass(frozen=True)
class _Phrases:
    """How one kind reads: base verb phrase (after 'to'), past tense, and the noun for a dropped move."""

    base: str
    past: str
    dropped: str
    # True when the move has someone on the other side: rumors read "in talks to" rather than "reportedly plans to".
    needs_other: bool = True


def _join(names: list[str]) -> str:
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


@dataclass
class _Parts:
    subject: str
    plural: bool
    target: str
    partners: str
    others: str  # target, or partners, or co-investors: whoever is on the other side
    sellers: str
    lenders: str
    money: str
    valuation: str
    stake: str


def _names(parties: Iterable, role: str) -> list[str]:
    return [party.company.name for party in parties if party.role == role]


def _parts(*, deal: Deal, amounts: Iterable[Amount]) -> _Parts:
    parties = list(deal.parties.all())
    actors = _names(parties, "actor")
    targets = _names(parties, "target")
    partners = _names(parties, "partner")
    co_investors = _names(parties, "co_investor")
    sellers = _names(parties, "seller")
    lenders = _names(parties, "lender")
    subject_names = actors or sellers or co_investors or partners[:1] or targets[:1]
    others = targets or [name for name in partners if name not in subject_names] or co_investors
    if not actors and subject_names:
        others = [name for name in others if name not in subject_names]
    by_role: dict[str, list[Amount]] = {}
    for amount in amounts:
        by_role.setdefault(amount.role, []).append(amount)
    money = (by_role.get("value") or by_role.get("other") or [None])[0]
    valuation = (by_role.get("valuation") or [None])[0]
    stake = (by_role.get("stake_percent") or [None])[0]
    return _Parts(
        subject=_join(subject_names) or "An unnamed party",
        plural=len(subject_names) > 1,
        target=_join(targets),
        partners=_join([name for name in partners if name not in subject_names]),
        others=_join(others),
        sellers=_join([name for name in sellers if name not in subject_names]),
        lenders=_join(lenders),
        money=amount_compact(money) if money else "",
        valuation=amount_compact(valuation) if valuation else "",
        stake=amount_compact(stake) if stake else "",
    )


def _phrases(kind: str, p: _Parts) -> _Phrases:
    money, other = p.money, p.others
    sp = lambda text: f" {text}" if text else ""
    if kind == "investment":
        what = f"a {p.stake} stake in {other}" if p.stake and not money else ""
        if what:
            base, past = f"take {what}", f"took {what}"
        else:
            tail = sp(money) + (f" in {other}" if other else "")
            base, past = "invest" + tail, "invested" + tail
        if p.valuation:
            base, past = (
                base + f" at a {p.valuation} valuation",
                past + f" at a {p.valuation} valuation",
            )
        dropped = (f"{money} offer" if money else "investment") + (f" to {other}" if other else "")
        return _Phrases(base, past, dropped, needs_other=bool(other))
    if kind == "acquisition":
        if p.target:
            obj = f"a {p.stake} stake in {p.target}" if p.stake else p.target
        else:
            obj = "assets"
        tail = f" {obj}" + (f" from {p.sellers}" if p.sellers else "") + (f" for {money}" if money else "")
        dropped = (
            (f"{money} bid" if money else "bid")
            + (f" for {p.target}" if p.target else "")
            + (f" from {p.sellers}" if p.sellers and not p.target else "")
        )
        return _Phrases(
            "acquire" + tail,
            "acquired" + tail,
            dropped,
            needs_other=bool(p.target or p.sellers),
        )
    if kind == "partnership":
        tail = f" with {other}" if other else ""
        return _Phrases(
            "partner" + tail,
            "partnered" + tail,
            "partnership" + tail,
            needs_other=bool(other),
        )
    if kind == "joint_venture":
        tail = (f" with {other}" if other else "") + (f" worth {money}" if money else "")
        return _Phrases(
            "form a joint venture" + tail,
            "formed a joint venture" + tail,
            "joint venture" + tail,
            needs_other=bool(other),
        )
    if kind == "financing":
        source = f" from {p.lenders}" if p.lenders else ""
        if money:
            return _Phrases(
                f"borrow {money}{source}",
                f"borrowed {money}{source}",
                f"{money} financing{source}",
                needs_other=True,
            )
        return _Phrases(
            f"raise financing{source}",
            f"raised financing{source}",
            f"financing{source}",
            needs_other=True,
        )
    if kind == "commitment":
        tail = sp(money) + (f" to {other}" if other else "")
        dropped = (f"{money} commitment" if money else "commitment") + (f" to {other}" if other else "")
        return _Phrases("commit" + tail, "committed" + tail, dropped, needs_other=bool(other))
    if kind == "divestment":
        what = f"a {p.stake} stake in {other}" if p.stake else (f"its stake in {other}" if other else "assets")
        tail = f" {what}" + (f" for {money}" if money else "")
        dropped = "sale of " + what + (f" for {money}" if money else "")
        return _Phrases("sell" + tail, "sold" + tail, dropped, needs_other=bool(other))
    if kind == "launch":
        # A target is the entity launched; a partner launches it with the actor.
        what = p.target or "a new venture"
        tail = (
            f" {what}"
            + (f" with {p.partners}" if p.partners and not p.target else "")
            + (f" with {money}" if money else "")
        )
        return _Phrases("launch" + tail, "launched" + tail, f"launch of {what}", needs_other=False)
    tail = (f" with {other}" if other else "") + (f" worth {money}" if money else "")
    return _Phrases(
        "strike a deal" + tail,
        "struck a deal" + tail,
        "deal" + tail,
        needs_other=bool(other),
    )


def event_headline(event: Event) -> str:
    """One line saying who did what to whom, at the event's status, with its amount."""
    parts = _parts(deal=event.deal, amounts=event.amounts.all())
    phrases = _phrases(event.deal.kind, parts)
    subject = parts.subject
    if event.status == "rumored":
        if phrases.needs_other:
            return f"{subject} in talks to {phrases.base}"
        return f"{subject} reportedly {'plan' if parts.plural else 'plans'} to {phrases.base}"
    if event.status == "completed":
        return f"{subject} {phrases.past}"
    if event.status == "cancelled":
        return f"{_possessive(subject)} {phrases.dropped} was not carried out"
    return f"{subject} to {phrases.base}"


_DEAL_NOUNS = {
    "investment": ("investment", "in"),
    "acquisition": ("acquisition of", ""),
    "partnership": ("partnership", "with"),
    "joint_venture": ("joint venture", "with"),
    "financing": ("financing", "from"),
    "commitment": ("commitment", "to"),
    "divestment": ("sale of its stake in", ""),
    "launch": ("launch of", ""),
    "other": ("deal", "with"),
}


def deal_headline(deal: Deal) -> str:
    """The deal as a timeless noun phrase, 'SoftBank Group's investment in OpenAI', unless an editor wrote one.

    Reads deal.parties, so prefetch them (with their companies) when listing many deals.
    """
    if deal.headline:
        return deal.headline
    parts = _parts(deal=deal, amounts=())
    noun, preposition = _DEAL_NOUNS.get(deal.kind, _DEAL_NOUNS["other"])
    other = parts.lenders if deal.kind == "financing" else parts.others
    if deal.kind == "acquisition" and not parts.target:
        other = parts.sellers and f"assets from {parts.sellers}"
    if not other:
        noun = noun.removesuffix(" of").removesuffix(" of its stake in").replace("sale", "divestment")
        return f"{_possessive(parts.subject)} {noun}"
    joiner = f" {preposition} " if preposition else " "
    return f"{_possessive(parts.subject)} {noun}{joiner}{other}"
