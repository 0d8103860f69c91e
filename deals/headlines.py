"""Plain-English headlines built from what the sources state: kind x object x roles x status, and the money.

"SoftBank Corp to buy Nvidia GPUs", "SoftBank Group to buy Sharp's Sakai plant for ¥100B (≈ $677M)",
"SoftBank Group to sell Arm to Nvidia for up to $40B", "SoftBank Group in talks to invest $15-25B in OpenAI at a
$300B valuation", "SoftBank Group to join Stargate with OpenAI and Oracle, committing $15B of $100B".

`headline(facts)` and `deal_title(facts)` are pure functions of plain values (Facts), so the rules can be tested
without a database and the review page can preview an editor's change through the very same code.
`event_headline(event)` reads only what EventQuerySet.with_details() prefetches (deal, parties with their
companies, amounts, mentions with their articles). The strings are plain text: templates escape them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from deals.eventdates import is_planned, last_reported
from deals.money import (
    CURRENCY_SIGNS,
    amount_compact,
    amount_usd,
    compact_money,
    is_qualified,
    money_with_usd,
    stake_phrase,
    total_phrase,
    valuation_phrase,
)

if TYPE_CHECKING:
    from deals.models import Deal, Event

__all__ = [
    "CURRENCY_SIGNS",
    "Facts",
    "Money",
    "amount_compact",
    "amount_usd",
    "compact_money",
    "deal_headline",
    "deal_title",
    "event_headline",
    "headline",
]


@dataclass(frozen=True)
class Money:
    role: str
    low: Decimal
    high: Decimal
    currency: str
    qualifier: str = "exact"
    usd_low: Decimal | None = None
    usd_high: Decimal | None = None


@dataclass(frozen=True)
class Facts:
    """What a headline may say: nothing else goes in."""

    kind: str
    status: str = "announced"
    object_type: str = "other"
    object_label: str = ""
    parties: tuple[tuple[str, str], ...] = ()  # (company name, role), the SoftBank side as "actor"
    amounts: tuple = ()  # Money or Amount rows
    planned: bool = False  # dated after the report that states it: not done yet, whatever the status says


@dataclass
class _Sides:
    subject: str
    plural: bool
    roles: dict[str, list[str]] = field(default_factory=dict)
    amounts: dict[str, list] = field(default_factory=dict)

    def names(self, *roles: str) -> str:
        return _join([name for role in roles for name in self.roles.get(role, [])])

    def first(self, role: str):
        found = self.amounts.get(role)
        return found[0] if found else None


@dataclass(frozen=True)
class _Phrases:
    """How one move reads: after 'to', in the past, and as a noun ("bid for Arm")."""

    base: str
    past: str
    noun: str
    needs_other: bool = True  # someone on the other side: a rumour reads "in talks to", not "reportedly plans to"


def _join(names: list[str]) -> str:
    names = list(dict.fromkeys(n for n in names if n))
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _plural(label: str) -> bool:
    word = label.split()[-1] if label.split() else ""
    return word.endswith("s") and not word.endswith("ss")


_DETERMINERS = ("a ", "an ", "the ", "its ", "their ", "his ", "her ", "some ")
_VOWEL_LETTERS = "AEFHILMNORSX"  # letters whose name starts with a vowel sound: "an AI marketplace"


def _with_article(label: str) -> str:
    """'an AI marketplace', 'the Sakai plant', 'Stargate', 'GPUs': what a bare label needs before it."""
    if not label or label.lower().startswith(_DETERMINERS) or _plural(label):
        return label
    words = label.split()
    first = words[0]
    if all(w[0].isupper() or not w[0].isalpha() for w in words):
        return label  # a name: "Stargate", "SB OpenAI Japan"
    if len(first) > 1 and first.isupper():
        return ("an " if first[0] in _VOWEL_LETTERS else "a ") + label
    if first[0].isupper():
        return "the " + label  # a named thing: "the Sakai plant"
    vowel = first[0].lower() in "aeiou" and not first.lower().startswith(("uni", "use", "eu", "one"))
    return ("an " if vowel else "a ") + label


def _owned(owner: str, label: str) -> str:
    """'Sharp's Sakai plant'; the label alone when it already names its owner."""
    if not owner:
        return _with_article(label)
    return label if owner.lower() in label.lower() else f"{_possessive(owner)} {label}"


def _sides(facts: Facts) -> _Sides:
    roles: dict[str, list[str]] = {}
    for name, role in facts.parties:
        roles.setdefault(role, []).append(name)
    subject_names = roles.get("actor") or (
        roles.get("seller") or roles.get("co_investor") or roles.get("partner", [])[:1] or roles.get("target", [])[:1]
    )
    if not roles.get("actor"):
        roles = {role: [n for n in names if n not in subject_names] for role, names in roles.items()}
    amounts: dict[str, list] = {}
    for amount in facts.amounts:
        amounts.setdefault(amount.role, []).append(amount)
    return _Sides(
        subject=_join(subject_names) or "An unnamed party", plural=len(subject_names) > 1, roles=roles, amounts=amounts
    )


def _sp(text: str, lead: str = " ") -> str:
    return f"{lead}{text}" if text else ""


def _thing(facts: Facts, s: _Sides) -> str:
    """What changes hands, named as the sources name it: 'Arm', 'Nvidia GPUs', 'Sharp's Sakai plant'."""
    label, kind = facts.object_label.strip(), facts.object_type
    target, owner = s.names("target"), s.names("target") or s.names("seller")
    if kind == "company":
        return target or _with_article(label) or "a company"
    if kind == "stake":
        stake = s.first("stake_percent")
        held = stake_phrase(stake) if stake else "a stake"
        return f"{held} in {target}" if target else held
    if kind in ("unit", "asset"):
        noun = label if label not in ("", "unit", "assets") else ("unit" if kind == "unit" else "assets")
        return _owned(owner, noun)
    if kind == "goods":
        seller = s.names("seller") or target
        if label in ("", "goods"):
            return f"goods from {seller}" if seller else "goods"
        if not seller or seller.lower() in label.lower():
            return _with_article(label)
        return f"{seller} {label}" if _plural(label) else f"{_with_article(label)} from {seller}"
    fallback = {"debt": "a loan", "fund": "a new fund", "venture": "a new venture"}.get(kind, "")
    if label in ("loan", "fund", "venture"):
        label = ""
    return _with_article(label) or target or fallback


def _extras(s: _Sides) -> str:
    """Per-share price and valuation, which qualify a price or an investment."""
    per_share, valuation = s.first("per_share"), s.first("valuation")
    return _sp(per_share and f"at {money_with_usd(per_share)} a share") + _sp(valuation and valuation_phrase(valuation))


def _acquisition(facts: Facts, s: _Sides) -> _Phrases:
    thing = _thing(facts, s) or "assets"
    sellers = s.names("seller")
    source = f" from {sellers}" if sellers and sellers not in thing else ""
    value = s.first("value")
    tail = f"{thing}{source}" + _sp(value and f"for {money_with_usd(value)}") + _extras(s)
    unstated = facts.object_type == "other" and not facts.object_label.strip()
    if facts.object_type in ("company", "stake", "unit") or unstated:
        return _Phrases(f"acquire {tail}", f"acquired {tail}", f"bid for {thing}{source}", bool(thing))
    return _Phrases(f"buy {tail}", f"bought {tail}", f"purchase of {thing}{source}", True)


def _sized(amount, noun: str) -> str:
    """'a $40B round'; 'a round of about $40B' (never 'a about $40B round')."""
    figure = amount_compact(amount)
    return f"a {noun} of {figure}" if is_qualified(amount) else f"a {figure} {noun}"


def _investment(facts: Facts, s: _Sides) -> _Phrases:
    where = s.names("target")
    if not where and facts.object_type not in ("stake", "company"):
        where = _thing(facts, s) if facts.object_type != "other" else _with_article(facts.object_label.strip())
    value, total, stake = s.first("value"), s.first("total"), s.first("stake_percent")
    inside = _sp(where and f"in {where}")
    if stake and not value:
        verbs, what = ("take", "took"), stake_phrase(stake) + inside
    elif total and not value:
        noun = "round" if facts.object_type in ("stake", "company", "other") else facts.object_type
        verbs, what = ("join", "joined"), _sized(total, noun) + inside
    else:
        # Money put into a company is part of a round, whatever the object says beyond that.
        round_of = facts.object_type if facts.object_type in ("fund", "venture") else "stake"
        whole = _sp(total and total_phrase(total, object_type=round_of))
        # Without a named company the figure may sum many deals ("invested $3.1B in 2022"): "in all"
        # is true of a total and of one unnamed deal alike, where a bare "invested $3.1B" reads as one deal.
        unnamed = _sp(value and not where and "in all")
        verbs, what = ("invest", "invested"), _sp(value and money_with_usd(value), "") + whole + inside + unnamed
    along = _sp(s.names("co_investor") and f"alongside {s.names('co_investor')}")
    tail = _sp(what.strip()) + along + _extras(s)
    if value:
        offer = f"offer of {amount_compact(value)}" if is_qualified(value) else f"{amount_compact(value)} offer"
        dropped = offer + _sp(where and f"to {where}") + along
    else:
        dropped = "investment" + inside + along
    return _Phrases(verbs[0] + tail, verbs[1] + tail, dropped, needs_other=bool(where))


def _divestment(facts: Facts, s: _Sides) -> _Phrases:
    label, target = facts.object_label.strip(), s.names("target")
    # An object nobody stated reads as the most common one sold: a stake.
    if facts.object_type == "stake" or (facts.object_type == "other" and target and not label):
        stake = s.first("stake_percent")
        held = stake_phrase(stake) if stake else "its stake"
        thing = f"{held} in {target}" if target else held
    elif facts.object_type in ("unit", "asset") and not target:
        noun = label if label not in ("", "unit", "assets") else ("unit" if facts.object_type == "unit" else "assets")
        thing = noun if noun.lower().startswith(_DETERMINERS) else f"its {noun}"
    else:
        thing = target or _with_article(label) or "assets"
    buyers = s.names("buyer")
    value = s.first("value")
    tail = thing + _sp(buyers and f"to {buyers}") + _sp(value and f"for {money_with_usd(value)}") + _extras(s)
    return _Phrases(
        f"sell {tail}", f"sold {tail}", f"sale of {thing}" + _sp(buyers and f"to {buyers}"), bool(target or buyers)
    )


def _with_others(s: _Sides, *roles: str) -> str:
    return s.names(*roles) or s.names(
        "partner", "target", "co_investor", "seller", "buyer", "lender", "borrower", "other"
    )


def _committing(s: _Sides, facts: Facts, *, named: bool) -> str:
    """', committing $15B of $100B'; ' worth $100B' when only the whole is stated."""
    value, total = s.first("value"), s.first("total")
    if value:
        whole = _sp(total and total_phrase(total, object_type=facts.object_type, article=not named))
        return f", committing {money_with_usd(value)}{whole}"
    return f", worth {amount_compact(total)}" if total else ""


def _partnership(facts: Facts, s: _Sides) -> _Phrases:
    others = _with_others(s, "partner")
    # A topic label reads as written ("AI infrastructure in Japan"): an article would be a guess.
    topic = facts.object_label.strip() if facts.object_type in ("other", "goods") else ""
    tail = _sp(others and f"with {others}") + _sp(topic and f"on {topic}")
    money = _committing(s, facts, named=False)
    return _Phrases(f"partner{tail}{money}", f"partnered{tail}{money}", f"partnership{tail}", bool(others))


def _joint_venture(facts: Facts, s: _Sides) -> _Phrases:
    others = _with_others(s, "partner")
    label = facts.object_label.strip() if facts.object_type == "venture" and facts.object_label != "venture" else ""
    venture = _with_article(label) if label else "a joint venture"
    tail = _sp(others and f"with {others}") + _committing(s, facts, named=bool(label))
    noun = (f"joint venture {label}" if label else "joint venture") + _sp(others and f"with {others}")
    return _Phrases(f"form {venture}{tail}", f"formed {venture}{tail}", noun, bool(others))


def _commitment(facts: Facts, s: _Sides) -> _Phrases:
    label = facts.object_label.strip() if facts.object_label not in ("venture", "fund") else ""
    partners, target = s.names("partner", "co_investor"), s.names("target")
    value = s.first("value")
    if facts.object_type == "venture" and label:
        tail = f"{_with_article(label)}" + _sp(partners and f"with {partners}") + _committing(s, facts, named=True)
        noun = f"commitment to {_with_article(label)}" + _sp(partners and f"with {partners}")
        return _Phrases(f"join {tail}", f"joined {tail}", noun, True)
    where = target or _with_article(label)
    with_whom = _sp(partners and f"with {partners}")
    whole = s.first("total")
    money = _sp(value and money_with_usd(value)) + _sp(whole and total_phrase(whole, object_type=facts.object_type))
    noun = (f"{amount_compact(value)} commitment" if value else "commitment") + _sp(where and f"to {where}") + with_whom
    if money or where:
        tail = money + _sp(where and f"to {where}") + with_whom
        return _Phrases(f"commit{tail}", f"committed{tail}", noun, bool(where or partners))
    return _Phrases(f"make a commitment{with_whom}", f"made a commitment{with_whom}", noun, bool(partners))


def _financing(facts: Facts, s: _Sides) -> _Phrases:
    value = s.first("value")
    money = money_with_usd(value) if value else ""
    borrowers, lenders = s.names("borrower"), s.names("lender")
    if borrowers:  # the SoftBank side lends
        tail = _sp(money) + f" to {borrowers}"
        return _Phrases(
            f"lend{tail}", f"lent{tail}", _sp(money, "") + ("loan" if not money else " loan") + f" to {borrowers}"
        )
    source = _sp(lenders and f"from {lenders}")
    if value:
        return _Phrases(f"borrow {money}{source}", f"borrowed {money}{source}", f"{money} financing{source}")
    label = facts.object_label.strip()
    what = _with_article(label) if label and label != "loan" else "financing"
    return _Phrases(f"raise {what}{source}", f"raised {what}{source}", f"financing{source}")


def _launch(facts: Facts, s: _Sides) -> _Phrases:
    thing = s.names("target") or _thing(facts, s) or "a new venture"
    partners = s.names("partner")
    tail = f"{thing}" + _sp(partners and f"with {partners}") + _committing(s, facts, named=True)
    return _Phrases(f"launch {tail}", f"launched {tail}", f"launch of {thing}", needs_other=False)


def _other(facts: Facts, s: _Sides) -> _Phrases:
    others = _with_others(s)
    topic = facts.object_label.strip()
    tail = _sp(others and f"with {others}") + _sp(topic and f"on {topic}")
    money = _committing(s, facts, named=False)
    return _Phrases(f"strike a deal{tail}{money}", f"struck a deal{tail}{money}", f"deal{tail}", bool(others))


_KINDS = {
    "acquisition": _acquisition,
    "investment": _investment,
    "divestment": _divestment,
    "partnership": _partnership,
    "joint_venture": _joint_venture,
    "commitment": _commitment,
    "financing": _financing,
    "launch": _launch,
}


def _phrases(facts: Facts) -> tuple[_Sides, _Phrases]:
    sides = _sides(facts)
    return sides, _KINDS.get(facts.kind, _other)(facts, sides)


def headline(facts: Facts) -> str:
    """One line saying who does what to whom, at the move's status, with the SoftBank side's money."""
    sides, phrases = _phrases(facts)
    subject = sides.subject
    if facts.status == "cancelled":
        # "Did not go ahead" is true of a deal called off and of a plan blocked before any deal existed.
        return f"{_possessive(subject)} {phrases.noun} did not go ahead"
    if facts.status == "rumored":
        if phrases.needs_other:
            return f"{subject} in talks to {phrases.base}"
        return f"{subject} reportedly {'plan' if sides.plural else 'plans'} to {phrases.base}"
    if facts.status == "completed" and not facts.planned:
        return f"{subject} {phrases.past}"
    return f"{subject} to {phrases.base}"


def deal_title(facts: Facts) -> str:
    """The deal as a timeless noun phrase: "SoftBank Corp's purchase of Nvidia GPUs"."""
    sides, phrases = _phrases(dataclasses.replace(facts, amounts=(), status="announced"))
    noun = phrases.noun
    if facts.kind == "acquisition" and noun.startswith("bid for"):
        noun = "acquisition of" + noun.removeprefix("bid for")
    return f"{_possessive(sides.subject)} {noun}"


def _parties(deal: Deal) -> tuple[tuple[str, str], ...]:
    return tuple((party.company.name, party.role) for party in deal.parties.all())


def deal_facts(deal: Deal, *, status: str = "announced", amounts: Iterable = (), planned: bool = False) -> Facts:
    return Facts(
        kind=deal.kind,
        status=status,
        object_type=deal.object_type,
        object_label=deal.object_label,
        parties=_parties(deal),
        amounts=tuple(amounts),
        planned=planned,
    )


def event_headline(event: Event) -> str:
    planned = is_planned(date=event.date, reported=last_reported(event))
    return headline(deal_facts(event.deal, status=event.status, amounts=event.amounts.all(), planned=planned))


def deal_headline(deal: Deal) -> str:
    """The editor's headline when written, else the deal's noun phrase. Reads the prefetched parties."""
    return deal.headline or deal_title(deal_facts(deal))
