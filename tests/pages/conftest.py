"""Data mirroring the seed articles' moves, built with factories (the seeds themselves come through the
import service, which tests/e2e covers)."""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from deals.models import Company, Event
from tests.factories import (
    AmountFactory,
    ArticleFactory,
    CompanyAliasFactory,
    CompanyFactory,
    DealFactory,
    DealPartyFactory,
    EventFactory,
    MentionFactory,
)


def add_event(
    *,
    actor: Company,
    kind: str,
    date: dt.date,
    precision: str,
    status: str,
    others: tuple[tuple[Company, str], ...] = (),
    amounts: tuple[dict, ...] = (),
    sentence: str = "",
    language: str = "en",
    outlet: str = "Example News",
    deal=None,
    review_state: str = "published",
) -> Event:
    """A move with its parties, amounts and one mention whose quote is the article's first sentence."""
    if deal is None:
        deal = DealFactory(kind=kind)
        DealPartyFactory(deal=deal, company=actor, role="actor")
        for company, role in others:
            DealPartyFactory(deal=deal, company=company, role=role)
    event = EventFactory(deal=deal, date=date, date_precision=precision, status=status, review_state=review_state)
    for amount in amounts:
        AmountFactory(event=event, **amount)
    sentence = sentence or f"{actor.name} made a move on {date.isoformat()}."
    # Reported on the day of the move at the latest: a move dated after its report would read as a plan.
    published_on = max(date, ArticleFactory._meta.declarations["published_on"])
    article = ArticleFactory(
        text=sentence + " More text follows here.", language=language, outlet=outlet, published_on=published_on
    )
    MentionFactory(event=event, article=article, start=0, end=len(sentence), quote=sentence)
    return event


def usd(
    value: str, *, currency: str = "USD", text: str = "", usd_value: str | None = None, rate: str = "1", **extra
) -> dict:
    low = Decimal(value)
    in_usd = Decimal(usd_value) if usd_value is not None else low
    return {
        "low": low,
        "high": extra.pop("high", low),
        "currency": currency,
        "text": text,
        "usd_low": in_usd,
        "usd_high": extra.pop("usd_high", in_usd),
        "usd_rate": Decimal(rate),
        **extra,
    }


@dataclass
class Seeds:
    group: Company
    fund: Company
    openai: Company
    nvidia: Company
    sharp: Company
    berkshire: Company
    events: dict[str, Event]


@pytest.fixture
def seeds(softbank) -> Seeds:
    fund = Company.objects.get(slug="softbank-vision-fund-2")
    openai = CompanyFactory(name="OpenAI", slug="openai")
    nvidia = CompanyFactory(name="Nvidia", slug="nvidia")
    sharp = CompanyFactory(name="Sharp", slug="sharp")
    berkshire = CompanyFactory(name="Berkshire Grey", slug="berkshire-grey")
    CompanyAliasFactory(company=softbank, alias="سوفت بانك", language="ar")
    CompanyAliasFactory(company=softbank, alias="ソフトバンクグループ", language="ja")
    events = {
        "nvidia": add_event(
            actor=softbank,
            kind="partnership",
            date=dt.date(2024, 11, 13),
            precision="day",
            status="announced",
            others=((nvidia, "partner"),),
            sentence="On November 13th, Nvidia announced it would collaborate with SoftBank to build AI infrastructure in Japan.",
        ),
        "us_plan": add_event(
            actor=softbank,
            kind="commitment",
            date=dt.date(2024, 12, 1),
            precision="month",
            status="announced",
            amounts=(usd("100000000000", text="100 مليار دولار"),),
            sentence="أعلنت سوفت بانك في ديسمبر عن استثمار 100 مليار دولار في الولايات المتحدة.",
            language="ar",
            outlet="Arabic Daily",
        ),
        "openai_2019": add_event(
            actor=softbank,
            kind="investment",
            date=dt.date(2019, 1, 1),
            precision="year",
            status="cancelled",
            others=((openai, "target"),),
            amounts=(usd("1000000000", text="مليار دولار"),),
            sentence="عرضت سوفت بانك في 2019 استثمار مليار دولار في OpenAI لكن الصفقة لم تتم.",
            language="ar",
            outlet="Arabic Daily",
        ),
        "berkshire": add_event(
            actor=softbank,
            kind="acquisition",
            date=dt.date(2023, 3, 1),
            precision="month",
            status="announced",
            others=((berkshire, "target"),),
            sentence="In March 2023 SoftBank agreed to acquire Berkshire Grey.",
        ),
        "fund_openai": add_event(
            actor=fund,
            kind="investment",
            date=dt.date(2024, 11, 14),
            precision="day",
            status="completed",
            others=((openai, "target"),),
            amounts=(usd("500000000", text="$500 million"),),
            sentence="SoftBank Vision Fund 2 invested $500 million in OpenAI.",
        ),
        "sharp": add_event(
            actor=softbank,
            kind="acquisition",
            date=dt.date(2025, 3, 7),
            precision="day",
            status="announced",
            others=((sharp, "seller"),),
            amounts=(
                usd(
                    "100000000000", currency="JPY", text="100 milliards de yens", usd_value="677000000", rate="0.00677"
                ),
            ),
            sentence="SoftBank paie 100 milliards de yens pour l'usine Sharp de Sakai.",
            language="fr",
            outlet="Le Journal",
        ),
        "openai_talks": add_event(
            actor=softbank,
            kind="investment",
            date=dt.date(2025, 1, 30),
            precision="day",
            status="rumored",
            others=((openai, "target"),),
            amounts=(
                usd(
                    "15000000000",
                    high="25000000000",
                    usd_high="25000000000",
                    qualifier="range",
                    text="بين 15 إلى 25 مليار دولار",
                ),
            ),
            sentence="سوفت بانك تتفاوض لاستثمار ما بين 15 إلى 25 مليار دولار في OpenAI.",
            language="ar",
            outlet="Arabic Daily",
        ),
    }
    # Outside the tracked family, and a draft: neither belongs on the home page.
    other = CompanyFactory(name="Other Capital", slug="other-capital")
    events["outsider"] = add_event(
        actor=other,
        kind="investment",
        date=dt.date(2024, 6, 1),
        precision="month",
        status="completed",
        others=((openai, "target"),),
        sentence="Other Capital invested in OpenAI.",
    )
    events["draft"] = add_event(
        actor=softbank,
        kind="launch",
        date=dt.date(2024, 10, 2),
        precision="day",
        status="announced",
        review_state="draft",
        sentence="SoftBank launched a secret draft venture.",
    )
    return Seeds(softbank, fund, openai, nvidia, sharp, berkshire, events)


# Newest first, as the home page must list them.
SEED_ORDER = ["sharp", "openai_talks", "us_plan", "fund_openai", "nvidia", "berkshire", "openai_2019"]
SEED_DATES = {
    "sharp": "7 Mar 2025",
    "openai_talks": "30 Jan 2025",
    "us_plan": "Dec 2024",
    "fund_openai": "14 Nov 2024",
    "nvidia": "13 Nov 2024",
    "berkshire": "Mar 2023",
    "openai_2019": "2019",
}
