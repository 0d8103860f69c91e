"""API test data mirroring the seed articles' moves (SoftBank and its units with OpenAI, Nvidia, Sharp,
Mistral), in English, French, Arabic and Japanese, with day, month, quarter and year precisions and a
few drafts that anonymous clients must never see."""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

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
    UserFactory,
)


@pytest.fixture(autouse=True)
def fresh_throttle_counters():
    # Cached answers start empty; throttle counters are rows, rolled back with each test.
    cache.clear()
    yield
    cache.clear()


@dataclass
class Seed:
    companies: dict[str, Company] = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)

    def ids(self, *names: str) -> set[int]:
        return {self.events[name].pk for name in names}

    @property
    def published(self) -> set[int]:
        return {e.pk for e in self.events.values() if e.review_state == "published"}


def add_event(
    *,
    actor: Company,
    kind: str,
    date: dt.date,
    precision: str,
    status: str,
    others: tuple[tuple[Company, str], ...] = (),
    amounts: tuple[dict, ...] = (),
    sentence: str,
    language: str = "en",
    outlet: str = "Example News",
    review_state: str = "published",
    summary: str = "",
) -> Event:
    """A move on a new deal with its parties, amounts and one mention quoting the sentence verbatim."""
    deal = DealFactory(kind=kind)
    DealPartyFactory(deal=deal, company=actor, role="actor")
    for company, role in others:
        DealPartyFactory(deal=deal, company=company, role=role)
    event = EventFactory(
        deal=deal,
        date=date,
        date_precision=precision,
        status=status,
        review_state=review_state,
        summary=summary,
    )
    for amount in amounts:
        AmountFactory(event=event, **amount)
    text = f"Lead paragraph. {sentence} More text follows here."
    # Reported on the day of the move at the latest: a move dated after its report would read as a plan.
    published_on = max(date, ArticleFactory._meta.declarations["published_on"])
    article = ArticleFactory(text=text, language=language, outlet=outlet, published_on=published_on)
    start = text.index(sentence)
    MentionFactory(
        event=event,
        article=article,
        start=start,
        end=start + len(sentence),
        quote=sentence,
    )
    return event


def usd(value: str) -> dict:
    v = Decimal(value)
    return {
        "low": v,
        "high": v,
        "currency": "USD",
        "usd_low": v,
        "usd_high": v,
        "usd_rate": Decimal(1),
        "text": f"${value}",
    }


def build_seed() -> Seed:
    seed = Seed()
    c = seed.companies
    c["sbg"] = CompanyFactory(name="SoftBank Group", slug="softbank-group", is_tracked=True)
    c["svf2"] = CompanyFactory(
        name="SoftBank Vision Fund 2",
        slug="softbank-vision-fund-2",
        parent=c["sbg"],
        kind="fund",
    )
    c["sbcorp"] = CompanyFactory(name="SoftBank Corp", slug="softbank-corp", parent=c["sbg"])
    c["openai"] = CompanyFactory(name="OpenAI", slug="openai")
    c["nvidia"] = CompanyFactory(name="Nvidia", slug="nvidia")
    c["sharp"] = CompanyFactory(name="Sharp", slug="sharp")
    c["mistral"] = CompanyFactory(name="Mistral AI", slug="mistral-ai")
    c["draftco"] = CompanyFactory(name="Unverified Newco", slug="unverified-newco", verified=False)
    CompanyAliasFactory(company=c["sbg"], alias="ソフトバンクグループ", language="ja")
    CompanyAliasFactory(company=c["sbg"], alias="سوفت بانك", language="ar")

    e = seed.events
    e["financing"] = add_event(
        actor=c["sbg"],
        kind="financing",
        date=dt.date(2024, 7, 10),
        precision="day",
        status="rumored",
        amounts=({**usd("10000000000"), "qualifier": "up_to", "text": "up to $10 billion"},),
        sentence="SoftBank has been in talks with banks to borrow up to $10 billion for energy-related projects.",
    )
    e["gpus"] = add_event(
        actor=c["sbg"],
        kind="acquisition",
        date=dt.date(2024, 7, 10),
        precision="day",
        status="rumored",
        others=((c["nvidia"], "seller"),),
        sentence="Japanese technology investor SoftBank is discussing how to secure a substantial amount of Nvidia's GPUs.",
    )
    e["mistral"] = add_event(
        actor=c["svf2"],
        kind="investment",
        date=dt.date(2024, 7, 10),
        precision="day",
        status="cancelled",
        others=((c["mistral"], "target"),),
        sentence="He even blocked SoftBank's Vision Fund from investing in Mistral, a Paris-based model developer.",
    )
    e["nvidia_partnership"] = add_event(
        actor=c["sbcorp"],
        kind="partnership",
        date=dt.date(2024, 11, 13),
        precision="day",
        status="announced",
        others=((c["nvidia"], "partner"),),
        sentence="On November 13th, NVIDIA announced that the company would collaborate with SoftBank.",
    )
    e["sharp"] = add_event(
        actor=c["sbcorp"],
        kind="acquisition",
        date=dt.date(2025, 3, 7),
        precision="day",
        status="completed",
        others=((c["sharp"], "seller"),),
        language="fr",
        outlet="TechCrunch FR",
        amounts=(
            {
                "low": Decimal(100000000000),
                "high": Decimal(100000000000),
                "currency": "JPY",
                "usd_low": Decimal("676000000.00"),
                "usd_high": Decimal("676000000.00"),
                "usd_rate": Decimal("0.00676"),
                "usd_rate_date": dt.date(2025, 3, 7),
                "text": "100 milliards de yens",
            },
        ),
        sentence="SoftBank a payé 100 milliards de yens pour l'usine « Sakai » de Sharp.",
    )
    e["openai_talks"] = add_event(
        actor=c["sbg"],
        kind="investment",
        date=dt.date(2025, 1, 30),
        precision="day",
        status="rumored",
        others=((c["openai"], "target"),),
        language="ar",
        outlet="الشرق",
        amounts=(
            {
                "low": Decimal(15000000000),
                "high": Decimal(25000000000),
                "currency": "USD",
                "qualifier": "range",
                "usd_low": Decimal(15000000000),
                "usd_high": Decimal(25000000000),
                "usd_rate": Decimal(1),
                "text": "15 إلى 25 مليار دولار",
            },
        ),
        sentence='سوفت بانك تتفاوض للاستثمار ما بين 15 و25 مليار دولار في OpenAI، وفق "بلومبرغ".',
    )
    e["openai_svf2"] = add_event(
        actor=c["svf2"],
        kind="investment",
        date=dt.date(2024, 10, 1),
        precision="month",
        status="completed",
        others=((c["openai"], "target"),),
        amounts=(usd("500000000"),),
        sentence="In October, SoftBank Vision Fund 2 invested $500 million in OpenAI.",
    )
    e["openai_partnership"] = add_event(
        actor=c["sbg"],
        kind="joint_venture",
        date=dt.date(2025, 1, 1),
        precision="year",
        status="announced",
        others=((c["openai"], "partner"),),
        language="ja",
        outlet="日経",
        sentence="ソフトバンクグループとOpenAIは2025年に合弁会社「SB OpenAI Japan」を設立すると発表した。",
    )
    e["quarter"] = add_event(
        actor=c["sbg"],
        kind="commitment",
        date=dt.date(2024, 7, 1),
        precision="quarter",
        status="announced",
        sentence="In the third quarter SoftBank pledged to spend more on AI.",
    )
    e["old"] = add_event(
        actor=c["sbg"],
        kind="investment",
        date=dt.date(2023, 5, 1),
        precision="month",
        status="completed",
        others=((c["nvidia"], "target"),),
        sentence="In May 2023 SoftBank invested in chip designers.",
    )
    # Drafts: an editor sees them, nobody else does.
    e["draft_openai"] = add_event(
        actor=c["sbg"],
        kind="investment",
        date=dt.date(2025, 2, 3),
        precision="day",
        status="announced",
        others=((c["openai"], "target"),),
        review_state="draft",
        amounts=(usd("3000000000"),),
        sentence="SoftBank will spend $3 billion a year on OpenAI products.",
    )
    e["draft_newco"] = add_event(
        actor=c["draftco"],
        kind="launch",
        date=dt.date(2025, 2, 4),
        precision="day",
        status="announced",
        review_state="draft",
        sentence="Unverified Newco launched a product.",
    )
    return seed


@pytest.fixture
def seed(db) -> Seed:
    return build_seed()


@pytest.fixture
def anon() -> APIClient:
    return APIClient()


def make_editor(username: str = "editor"):
    user = UserFactory(username=username)
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="deals",
            codename__in=[
                "view_event",
                "change_event",
                "change_amount",
                "change_company",
                "view_article",
            ],
        )
    )
    user.groups.add(group)
    return user


@pytest.fixture
def editor(db):
    return make_editor()


@pytest.fixture
def editor_client(editor) -> APIClient:
    client = APIClient()
    token = Token.objects.create(user=editor)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}
