"""The import maps what the extraction states about a move onto the deal: its object, each counterparty's
role, the role of each amount and the basis of the date; and a deal is one object with one counterparty."""

import datetime as dt

import pytest

from deals.models import Amount, CompanyAlias, Deal, DealParty, Event
from deals.services.gazetteer import build_gazetteer
from deals.services.imports import article_import, reextract_article
from tests.factories import CompanyAliasFactory, CompanyFactory, UserFactory
from tests.imports.builders import event, result, usd

pytestmark = pytest.mark.django_db
PUBLISHED = dt.date(2024, 7, 10)

GPUS = "SoftBank Group is in talks to buy Nvidia GPUs worth billions."
TAKEOVER = "SoftBank Group is in talks to acquire Nvidia outright."
SAKAI = "SoftBank Group will buy the Sakai plant from Sharp for 100 billion yen."
STARGATE = "SoftBank Group will put $15 billion into Stargate, a $100 billion venture with OpenAI and Oracle."
RECENTLY = "SoftBank Group recently invested $500 million in OpenAI at $5 a share."


@pytest.fixture
def companies(softbank):
    return {name: CompanyFactory(name=name) for name in ("Nvidia", "Sharp", "OpenAI", "Oracle")}


def parties(deal: Deal) -> set[tuple[str, str]]:
    return {(p.company.name, p.role) for p in deal.parties.select_related("company")}


def test_object_type_label_and_roles_come_from_the_extraction(companies, extractor):
    text = SAKAI
    extractor.by_text[SAKAI] = lambda t: result(
        event(
            t,
            SAKAI,
            kind="acquisition",
            counterparties=("Sharp",),
            object_type="asset",
            object_label="Sakai plant",
            roles=(("Sharp", "seller"),),
            amounts=(usd("100000000000", currency="JPY", rate="0.00677"),),
        )
    )
    article_import(text=text, published=PUBLISHED, language="en")

    deal = Deal.objects.get()
    assert (deal.kind, deal.object_type, deal.object_label) == ("acquisition", "asset", "Sakai plant")
    assert parties(deal) == {("SoftBank Group", "actor"), ("Sharp", "seller")}


def test_a_missing_label_falls_back_to_the_types_noun_and_a_missing_role_to_the_kinds(companies, extractor):
    extractor.by_text[RECENTLY] = lambda t: result(
        event(t, RECENTLY, counterparties=("OpenAI",), object_type="stake", date_text=None)
    )
    article_import(text=RECENTLY, published=PUBLISHED, language="en")

    deal = Deal.objects.get()
    assert (deal.object_type, deal.object_label) == ("stake", "stake")
    assert parties(deal) == {("SoftBank Group", "actor"), ("OpenAI", "target")}


def test_amount_roles_and_the_date_basis_are_kept(companies, extractor):
    text = f"{STARGATE}\n\n{RECENTLY}"
    extractor.by_text[STARGATE] = lambda t: result(
        event(
            t,
            STARGATE,
            kind="commitment",
            counterparties=("OpenAI", "Oracle"),
            object_type="venture",
            object_label="Stargate",
            roles=(("OpenAI", "partner"), ("Oracle", "partner")),
            amounts=(usd("15000000000"), usd("100000000000", role="total")),
        ),
        event(
            t,
            RECENTLY,
            counterparties=("OpenAI",),
            object_type="stake",
            roles=(("OpenAI", "target"),),
            date_text=None,
            amounts=(usd("500000000"), usd("5", role="per_share")),
        ),
    )
    article_import(text=text, published=PUBLISHED, language="en")

    stargate = Event.objects.get(deal__kind="commitment")
    assert sorted(Amount.objects.filter(event=stargate).values_list("role", flat=True)) == ["total", "value"]
    assert stargate.date_basis == "stated"
    assert parties(stargate.deal) == {("SoftBank Group", "actor"), ("OpenAI", "partner"), ("Oracle", "partner")}
    recent = Event.objects.get(deal__kind="investment")
    assert recent.date_basis == "publication"
    assert sorted(recent.amounts.values_list("role", flat=True)) == ["per_share", "value"]


def test_buying_nvidia_gpus_and_acquiring_nvidia_are_two_deals(companies, extractor):
    for sentence, object_type, label, role in (
        (GPUS, "goods", "GPUs", "seller"),
        (TAKEOVER, "company", None, "target"),
    ):
        extractor.by_text[sentence] = lambda t, s=sentence, o=object_type, lb=label, r=role: result(
            event(
                t,
                s,
                kind="acquisition",
                status="rumored",
                counterparties=("Nvidia",),
                object_type=o,
                object_label=lb,
                roles=(("Nvidia", r),),
            )
        )
        article_import(text=sentence, published=PUBLISHED, language="en")

    deals = {d.object_type: d for d in Deal.objects.all()}
    assert set(deals) == {"goods", "company"}
    assert parties(deals["goods"]) == {("SoftBank Group", "actor"), ("Nvidia", "seller")}
    assert parties(deals["company"]) == {("SoftBank Group", "actor"), ("Nvidia", "target")}


def test_a_move_that_does_not_say_its_object_joins_the_deal_that_does(companies, extractor):
    later = GPUS + "\n\nThe GPU talks with Nvidia continue."
    extractor.by_text[GPUS] = lambda t: result(
        event(
            t,
            GPUS,
            kind="acquisition",
            status="rumored",
            counterparties=("Nvidia",),
            object_type="goods",
            object_label="GPUs",
            roles=(("Nvidia", "seller"),),
        )
    )
    article_import(text=GPUS, published=PUBLISHED, language="en")
    extractor.by_text = {
        "continue": lambda t: result(
            event(
                t,
                "The GPU talks with Nvidia continue.",
                kind="acquisition",
                status="rumored",
                counterparties=("Nvidia",),
            )
        )
    }
    article_import(text=later, published=PUBLISHED, language="en")

    assert Deal.objects.count() == 1 and Event.objects.count() == 1


def test_reimport_refreshes_an_untouched_deal_and_keeps_an_editors(companies, extractor):
    def first(t):
        return result(
            event(
                t,
                GPUS,
                kind="acquisition",
                status="rumored",
                counterparties=("Nvidia",),
                object_type="goods",
                object_label=None,
            )
        )

    def second(t):
        return result(
            event(
                t,
                GPUS,
                kind="acquisition",
                status="rumored",
                counterparties=("Nvidia",),
                object_type="goods",
                object_label="GPUs",
                roles=(("Nvidia", "seller"),),
            )
        )

    extractor.by_text[GPUS] = first
    report = article_import(text=GPUS, published=PUBLISHED, language="en")
    deal = Deal.objects.get()
    assert (deal.object_label, parties(deal)) == ("goods", {("SoftBank Group", "actor"), ("Nvidia", "target")})

    extractor.by_text[GPUS] = second
    reextract_article(article=report.article)
    deal.refresh_from_db()
    assert (deal.object_label, parties(deal)) == ("GPUs", {("SoftBank Group", "actor"), ("Nvidia", "seller")})

    # An editor's correction is the last word: re-extraction leaves the deal as the editor left it.
    Deal.objects.filter(pk=deal.pk).update(object_label="H100 GPUs")
    Event.objects.filter(deal=deal).update(edited_by_editor=True)
    DealParty.objects.filter(deal=deal, role="seller").update(role="partner")
    extractor.by_text[GPUS] = first
    reextract_article(article=report.article, user=UserFactory())
    deal.refresh_from_db()
    assert (deal.object_label, parties(deal)) == ("H100 GPUs", {("SoftBank Group", "actor"), ("Nvidia", "partner")})


def test_a_name_marked_not_a_company_is_no_party_and_leaves_the_gazetteer(companies, extractor):
    unis = CompanyFactory(name="Unis")
    CompanyAliasFactory(company=unis, alias="Unis", not_a_company=True)
    sentence = "SoftBank Group will build data centres in the Etats-Unis with OpenAI."
    extractor.by_text[sentence] = lambda t: result(
        event(
            t,
            sentence,
            kind="joint_venture",
            counterparties=("OpenAI", "Unis"),
            object_type="venture",
            roles=(("OpenAI", "partner"), ("Unis", "partner")),
        )
    )
    article_import(text=sentence, published=PUBLISHED, language="en")

    assert parties(Deal.objects.get()) == {("SoftBank Group", "actor"), ("OpenAI", "partner")}
    names = {entry.name for entry in build_gazetteer().entries}
    assert "OpenAI" in names and "Unis" not in names
    assert CompanyAlias.objects.filter(not_a_company=True).count() == 1


def test_an_undated_restatement_of_an_earlier_step_is_another_source_not_another_move(companies, extractor):
    first = "SoftBank Group recently invested $500 million in OpenAI."
    later = "In the past, SoftBank Group invested $500 million in OpenAI, the newspaper recalled."
    for sentence, published in ((first, dt.date(2024, 11, 14)), (later, dt.date(2025, 1, 30))):
        extractor.by_text[sentence] = lambda t, s=sentence, d=published: result(
            event(
                t,
                s,
                status="completed",
                counterparties=("OpenAI",),
                date=d,
                date_text=None,
                object_type="stake",
                amounts=(usd("500000000"),),
            )
        )
        article_import(text=sentence, published=published, language="en")

    move = Event.objects.get()
    assert move.mentions.count() == 2 and move.date == dt.date(2024, 11, 14)
