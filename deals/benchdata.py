"""Synthetic, deterministic data for the benchmarks (bench_seed): a tracked group with units, counterparties
with aliases, deals of one to four milestones, amounts in several currencies and mentions whose quotes are
real spans of synthetic articles, so every database rule (including the mention trigger) holds.

Everything is drawn from one random.Random(seed): the same seed and size give the same rows in the same
order. Rows are built in memory as unsaved model instances and written with bulk_create by the command.
Proportions follow what the seed articles and the import service produce: mostly SoftBank's own moves,
most events published, day-precise dates dominating, a long tail of counterparties.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate

from deals.benchdata_tables import (
    COUNTRIES,
    CURRENCIES,
    DAYS,
    FAMILY,
    FILLER,
    KATAKANA,
    KINDS,
    LANGUAGES,
    MENTIONS,
    MILESTONES,
    OUTLETS,
    PRECISIONS,
    QUALIFIERS,
    REVIEW_STATES,
    SECTORS,
    START,
    STATUSES,
    STEMS,
    SUFFIXES,
    SUMMARY_WORDS,
    VERBS,
)
from deals.extraction.normalize import normalize_alias
from deals.extraction.periods import period_start


def pick(rng: random.Random, table):
    values = [row[0] for row in table]
    weights = [row[1] for row in table]
    return rng.choices(values, weights)[0]


@dataclass
class SeedCompany:
    name: str
    slug: str
    kind: str
    parent_slug: str | None
    aliases: list[tuple[str, str]]  # (alias, language)
    country: str = ""
    is_tracked: bool = False
    verified: bool = True


@dataclass
class SeedAmount:
    role: str
    low: Decimal
    high: Decimal
    currency: str
    qualifier: str
    text: str
    usd_low: Decimal | None
    usd_high: Decimal | None
    usd_rate: Decimal | None
    usd_rate_date: dt.date | None


@dataclass
class SeedEvent:
    date: dt.date
    precision: str
    date_text: str | None
    status: str
    review_state: str
    confidence: float
    summary: str
    amounts: list[SeedAmount]
    sentences: list[str] = field(default_factory=list)  # one per mention, placed in articles later


@dataclass
class SeedDeal:
    kind: str
    headline: str
    parties: list[tuple[str, str]]  # (company slug, role)
    events: list[SeedEvent]


@dataclass
class SeedArticle:
    title: str
    outlet: str
    url: str
    language: str
    published_on: dt.date
    text: str = ""
    # (deal index, event index, start, end) of every sentence that is a mention.
    spans: list[tuple[int, int, int, int]] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class SeedData:
    companies: list[SeedCompany]
    deals: list[SeedDeal]
    articles: list[SeedArticle]

    @property
    def event_count(self) -> int:
        return sum(len(d.events) for d in self.deals)


def _companies(rng: random.Random, count: int) -> list[SeedCompany]:
    companies = [
        SeedCompany(
            name=name,
            slug=slug,
            kind=kind,
            parent_slug=parent,
            country="JP" if parent is None else "",
            aliases=[(a, "") for a in aliases],
            is_tracked=parent is None,
        )
        for name, slug, kind, parent, aliases in FAMILY
    ]
    seen_names = {c.name for c in companies}
    seen_keys = {normalize_alias(a) for c in companies for a, _ in c.aliases} | {
        normalize_alias(c.name) for c in companies
    }
    serial = 0
    while len(companies) < len(FAMILY) + count:
        serial += 1
        base = f"{rng.choice(STEMS)}{rng.choice(STEMS).lower()} {rng.choice(SECTORS)}"
        name = base + rng.choice(SUFFIXES)
        if name in seen_names or normalize_alias(name) in seen_keys:
            name = f"{base} {serial}"
        seen_names.add(name)
        seen_keys.add(normalize_alias(name))
        aliases = []
        for alias, language in (
            (base, "en"),
            ("".join(rng.choice(KATAKANA) for _ in range(rng.randint(3, 6))), "ja"),
            (base.upper().replace(" ", ""), ""),
        )[: rng.choice([0, 1, 1, 2, 3])]:
            key = normalize_alias(alias)
            if key and key not in seen_keys:
                seen_keys.add(key)
                aliases.append((alias, language))
        slug = "-".join(normalize_alias(name).split()) + f"-{serial}"
        companies.append(
            SeedCompany(
                name=name,
                slug=slug,
                kind=rng.choices(["company", "fund", "public_body"], [92, 6, 2])[0],
                parent_slug=None,
                aliases=aliases,
                country=rng.choice(COUNTRIES),
                verified=rng.random() < 0.7,
            )
        )
    # A few counterparties are units of others (a group with its subsidiaries).
    others = companies[len(FAMILY) :]
    for company in others[: len(others) // 20]:
        parent = rng.choice(others[len(others) // 20 :])
        company.parent_slug = parent.slug
    return companies


def _when(date: dt.date, precision: str) -> str:
    if precision == "year":
        return f"in {date.year}"
    if precision == "quarter":
        return f"in the {['first', 'second', 'third', 'fourth'][(date.month - 1) // 3]} quarter of {date.year}"
    if precision == "month":
        return date.strftime("in %B %Y")
    return date.strftime("on %B %-d, %Y")


def _amount(rng: random.Random, *, date: dt.date) -> SeedAmount:
    currency, _weight, rate = rng.choices(CURRENCIES, [row[1] for row in CURRENCIES])[0]
    # Log-uniform from ten million to a hundred billion dollars, rounded like a headline figure.
    usd = 10 ** rng.uniform(7, 11)
    low = Decimal(round(usd / float(rate), -5 if usd / float(rate) > 1e7 else 0)).quantize(Decimal(1))
    low = max(low, Decimal(1))
    qualifier = pick(rng, QUALIFIERS)
    high = (low * Decimal(rng.choice(["1.5", "2", "3"]))).quantize(Decimal(1)) if qualifier == "range" else low
    text = f"{low:,} {currency}" if qualifier != "range" else f"{low:,} to {high:,} {currency}"
    converted = rng.random() < 0.95
    return SeedAmount(
        role=rng.choices(["value", "valuation"], [85, 15])[0],
        low=low,
        high=high,
        currency=currency,
        qualifier=qualifier,
        text=text,
        usd_low=(low * rate).quantize(Decimal("0.01")) if converted else None,
        usd_high=(high * rate).quantize(Decimal("0.01")) if converted else None,
        usd_rate=rate if converted else None,
        usd_rate_date=date if converted else None,
    )


def _stake(rng: random.Random) -> SeedAmount:
    percent = Decimal(rng.choice(["5", "10", "12.5", "20", "25", "40", "51", "100"]))
    return SeedAmount(
        role="stake_percent",
        low=percent,
        high=percent,
        currency="PERCENT",
        qualifier="exact",
        text=f"{percent}%",
        usd_low=None,
        usd_high=None,
        usd_rate=None,
        usd_rate_date=None,
    )


def _deal(rng: random.Random, *, companies: list[SeedCompany], cum_weights: list[float], remaining: int) -> SeedDeal:
    family = companies[: len(FAMILY)]
    others = companies[len(FAMILY) :]
    kind = pick(rng, KINDS)
    # Most moves are the group's own (it is the tracked company); the rest are co-investments met in passing.
    actor = rng.choices(family, [40, 10, 15, 15, 4, 3, 4, 5, 2, 2])[0] if rng.random() < 0.88 else rng.choice(others)
    other = rng.choices(others, cum_weights=cum_weights)[0]
    while other is actor:
        other = rng.choices(others, cum_weights=cum_weights)[0]
    role = {
        "investment": "target",
        "acquisition": "target",
        "divestment": "target",
        "commitment": "target",
        "financing": "lender",
    }.get(kind, "partner")
    parties = [(actor.slug, "actor"), (other.slug, role)]
    if kind == "investment":
        for co in rng.sample(others, rng.choice([0, 0, 0, 1, 2])):
            if co is not other and co is not actor:
                parties.append((co.slug, "co_investor"))
    count = min(pick(rng, MILESTONES), remaining)
    day = START + dt.timedelta(days=rng.randrange(DAYS))
    # Milestones of one deal move forward: rumour or announcement first, completion (or cancellation) last.
    if count == 1:
        statuses = [pick(rng, STATUSES)]
    else:
        last = rng.choices(["completed", "cancelled", "announced"], [70, 10, 20])[0]
        statuses = ["rumored" if count > 2 else "announced"] + ["announced"] * (count - 2) + [last]
    events = []
    for number in range(count):
        precision = pick(rng, PRECISIONS)
        date = period_start(day, precision)
        amounts = []
        if kind not in ("partnership", "other", "launch") and rng.random() < 0.8:
            amounts.append(_amount(rng, date=date))
        if kind in ("investment", "acquisition", "divestment") and rng.random() < 0.2:
            amounts.append(_stake(rng))
        events.append(
            SeedEvent(
                date=date,
                precision=precision,
                date_text=_when(date, precision) if rng.random() < 0.65 else None,
                status=statuses[number],
                review_state=pick(rng, REVIEW_STATES),
                confidence=round(rng.uniform(0.3, 0.99), 4),
                summary=f"{actor.name} and {other.name}: {rng.choice(SUMMARY_WORDS)}." if rng.random() < 0.3 else "",
                amounts=amounts,
            )
        )
        day = min(day + dt.timedelta(days=rng.randint(7, 240)), START + dt.timedelta(days=DAYS))
    headline = f"{actor.name} / {other.name}: {kind.replace('_', ' ')}" if rng.random() < 0.2 else ""
    return SeedDeal(kind=kind, headline=headline, parties=parties, events=events)


def _sentence(rng: random.Random, *, language: str, deal: SeedDeal, event: SeedEvent, names: dict) -> str:
    actor = names[deal.parties[0][0]]
    other = names[deal.parties[1][0]]
    amount = event.amounts[0].text if event.amounts else "an undisclosed sum"
    templates = VERBS[language]
    template = templates.get(deal.kind) or templates["_"]
    return template.format(actor=actor, other=other, amount=amount, when=_when(event.date, event.precision))


def _articles(rng: random.Random, *, deals: list[SeedDeal], names: dict) -> list[SeedArticle]:
    """Sources: each event gets one to three sentences, mostly in articles of their own, sometimes sharing one."""
    articles: list[SeedArticle] = []
    parts: list[list[str]] = []
    for d_index, deal in enumerate(deals):
        for e_index, event in enumerate(deal.events):
            for _ in range(pick(rng, MENTIONS)):
                if articles and rng.random() < 0.25 and len(parts[-1]) < 12:
                    article, sentences = articles[-1], parts[-1]
                else:
                    language = pick(rng, LANGUAGES)
                    published = event.date + dt.timedelta(days=rng.randint(0, 20))
                    number = len(articles)
                    article = SeedArticle(
                        title=f"{names[deal.parties[0][0]]} and {names[deal.parties[1][0]]} ({number})",
                        outlet=rng.choice(OUTLETS),
                        url=f"https://news.example.com/bench/{number}",
                        language=language,
                        published_on=published,
                    )
                    # The number keeps every text distinct: one article per text is a database rule.
                    sentences = [f"Bench dispatch {number}."]
                    articles.append(article)
                    parts.append(sentences)
                sentence = _sentence(rng, language=article.language, deal=deal, event=event, names=names)
                sentences.append(sentence)
                article.spans.append((d_index, e_index, len(sentences) - 1, 0))
                sentences.append(rng.choice(FILLER[article.language]))
    for article, sentences in zip(articles, parts, strict=True):
        offsets, position = [], 0
        for sentence in sentences:
            offsets.append(position)
            position += len(sentence) + 1
        article.text = " ".join(sentences)
        article.spans = [(d, e, offsets[i], offsets[i] + len(sentences[i])) for d, e, i, _ in article.spans]
    return articles


def generate(*, events: int, seed: int = 7) -> SeedData:
    """Companies, deals (exactly `events` events in all) and articles for one seed; no database access."""
    rng = random.Random(seed)
    companies = _companies(rng, max(40, events // 8))
    # A long tail: a few counterparties appear in many deals, most in one or two.
    cum_weights = list(accumulate(1 / (rank + 1) ** 0.8 for rank in range(len(companies) - len(FAMILY))))
    deals: list[SeedDeal] = []
    remaining = events
    while remaining > 0:
        deal = _deal(rng, companies=companies, cum_weights=cum_weights, remaining=remaining)
        deals.append(deal)
        remaining -= len(deal.events)
    names = {c.slug: c.name for c in companies}
    articles = _articles(rng, deals=deals, names=names)
    return SeedData(companies=companies, deals=deals, articles=articles)
