"""article_import: rows written, idempotence, editors' events untouched, atomicity."""

import datetime as dt
from decimal import Decimal

import pytest

from deals.models import Amount, Article, Company, Deal, DealParty, Event, Mention
from deals.services import imports
from deals.services.imports import ImportRejected, article_import, reextract_article
from tests.factories import CompanyAliasFactory, CompanyFactory, UserFactory

from .builders import event, result, usd

TEXT = (
    "SoftBank Group agreed on 14 November to invest $1.5 billion in OpenAI, the company said.\n\n"
    "Separately, SoftBank Group is in talks to buy a factory from Sharp."
)
INVEST = "SoftBank Group agreed on 14 November to invest $1.5 billion in OpenAI, the company said."
FACTORY = "Separately, SoftBank Group is in talks to buy a factory from Sharp."
PUBLISHED = dt.date(2024, 11, 14)


@pytest.fixture
def companies(softbank):
    openai = CompanyFactory(name="OpenAI", slug="openai")
    CompanyAliasFactory(company=softbank, alias="SBG")
    return {"softbank": softbank, "openai": openai}


def two_events(text):
    return result(
        event(
            text, INVEST, counterparties=("OpenAI",), amounts=(usd("1500000000", text="$1.5 billion"),), confidence=0.9
        ),
        event(
            text,
            FACTORY,
            counterparties=("Sharp",),
            kind="acquisition",
            status="rumored",
            date_text=None,
            confidence=0.4,
        ),
    )


@pytest.mark.django_db
def test_import_writes_drafts_with_amounts_mentions_and_new_unverified_companies(companies, extractor):
    extractor.by_text["agreed on 14"] = two_events
    editor = UserFactory()

    report = article_import(text=TEXT, published=PUBLISHED, title="Two moves", language="en", user=editor)

    assert report.article_created and report.events_created == 2
    article = Article.objects.get()
    assert article.importer == editor and article.extracted_at is not None
    invest = Event.objects.get(deal__kind="investment")
    assert invest.review_state == "draft" and invest.confidence == 0.9
    assert {(p.company.name, p.role) for p in invest.deal.parties.all()} == {
        ("SoftBank Group", "actor"),
        ("OpenAI", "target"),
    }
    amount = invest.amounts.get()
    assert (amount.low, amount.currency, amount.usd_low) == (Decimal(1500000000), "USD", Decimal(1500000000))
    assert invest.mentions.get().quote == INVEST
    sharp = Company.objects.get(name="Sharp")
    assert not sharp.verified and report.companies_created == ["Sharp"]
    assert sharp.aliases.filter(alias="Sharp").exists()  # the next extraction will recognise it


@pytest.mark.django_db
def test_reimport_of_the_same_text_changes_nothing(companies, extractor):
    extractor.by_text["agreed on 14"] = two_events
    first = article_import(text=TEXT, published=PUBLISHED, language="en")
    before = sorted(Event.objects.values_list("pk", "version", "deal_id", "date", "status"))

    # The same article pasted from another browser: CRLF line ends and trailing blanks.
    again = article_import(text=TEXT.replace("\n", "\r\n") + "  \n", published=PUBLISHED, language="en")

    assert again.article.pk == first.article.pk and not again.article_created
    assert (again.events_created, again.events_updated, again.events_removed) == (0, 0, 0)
    assert not again.changed
    assert sorted(Event.objects.values_list("pk", "version", "deal_id", "date", "status")) == before
    assert Article.objects.count() == 1 and Mention.objects.count() == 2 and Deal.objects.count() == 2


@pytest.mark.django_db
def test_reextraction_updates_drafts_in_place_and_drops_vanished_ones(companies, extractor):
    extractor.by_text["agreed on 14"] = two_events
    article_import(text=TEXT, published=PUBLISHED, language="en")
    invest = Event.objects.get(deal__kind="investment")

    extractor.by_text["agreed on 14"] = lambda text: result(
        event(text, INVEST, counterparties=("OpenAI",), status="completed", amounts=(usd("1600000000"),))
    )
    report = reextract_article(article=Article.objects.get())

    assert (report.events_updated, report.events_removed, report.events_created) == (1, 1, 0)
    invest.refresh_from_db()
    assert invest.status == "completed" and invest.amounts.get().low == Decimal(1600000000)
    assert not Deal.objects.filter(kind="acquisition").exists()  # the emptied deal went with its draft


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    [
        {"review_state": "published"},
        {"review_state": "rejected"},
        {"edited_by_editor": True, "date_precision": "month", "date": dt.date(2024, 11, 1)},
    ],
)
def test_reimport_never_touches_events_editors_own(companies, extractor, change):
    extractor.by_text["agreed on 14"] = two_events
    article_import(text=TEXT, published=PUBLISHED, language="en")
    invest = Event.objects.get(deal__kind="investment")
    Event.objects.filter(pk=invest.pk).update(**change)
    snapshot = Event.objects.filter(pk=invest.pk).values().get()

    # The extractor now reads something else from the same sentence, and no longer finds it at all.
    extractor.by_text["agreed on 14"] = lambda text: result(
        event(text, INVEST, counterparties=("OpenAI",), status="rumored", amounts=(usd("9000000000"),))
    )
    article_import(text=TEXT, published=PUBLISHED, language="en")
    extractor.by_text["agreed on 14"] = result()
    article_import(text=TEXT, published=PUBLISHED, language="en")

    assert Event.objects.filter(pk=invest.pk).values().get() == snapshot
    assert invest.mentions.count() == 1 and invest.amounts.get().low == Decimal(1500000000)
    # No draft duplicate of the editor's event came back.
    assert Event.objects.filter(deal__kind="investment").count() == 1


@pytest.mark.django_db
def test_a_failure_mid_import_leaves_no_row(companies, extractor, monkeypatch):
    extractor.by_text["agreed on 14"] = two_events
    counts = [m.objects.count() for m in (Article, Company, Deal, DealParty, Event, Amount, Mention)]

    def boom(**kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(imports.rows, "replace_amounts", boom)  # after article, company, deal and event rows
    with pytest.raises(RuntimeError):
        article_import(text=TEXT, published=PUBLISHED, language="en")

    assert [m.objects.count() for m in (Article, Company, Deal, DealParty, Event, Amount, Mention)] == counts


@pytest.mark.django_db
def test_a_second_article_on_a_known_move_adds_a_source_not_a_duplicate(companies, extractor):
    extractor.by_text["agreed on 14"] = two_events
    article_import(text=TEXT, published=PUBLISHED, language="en", publish=True)
    invest = Event.objects.get(deal__kind="investment")
    assert invest.review_state == "published"
    published_snapshot = Event.objects.filter(pk=invest.pk).values().get()

    other = "SBG will put 1.6 billion dollars into OpenAI, it said on Thursday. Shares rose."
    other_sentence = "SBG will put 1.6 billion dollars into OpenAI, it said on Thursday."
    extractor.by_text["SBG will"] = lambda text: result(
        event(
            text, other_sentence, counterparties=("OpenAI",), amounts=(usd("1600000000"),), date=dt.date(2024, 11, 14)
        )
    )
    report = article_import(text=other, published=dt.date(2024, 11, 15), language="en")

    assert (report.events_created, report.events_attached) == (0, 1)
    assert Event.objects.filter(deal__kind="investment").count() == 1
    assert sorted(invest.mentions.values_list("article__text", flat=True)) == sorted([TEXT, other])
    assert Event.objects.filter(pk=invest.pk).values().get() == published_snapshot

    # Completion of the same deal weeks later: a new milestone on the same deal.
    later = "SoftBank Group completed its $1.5 billion OpenAI investment in December."
    extractor.by_text["completed its"] = lambda text: result(
        event(
            text,
            later,
            counterparties=("OpenAI",),
            status="completed",
            amounts=(usd("1500000000"),),
            date=dt.date(2024, 12, 1),
            precision="month",
            date_text="in December",
        )
    )
    report = article_import(text=later, published=dt.date(2025, 1, 5), language="en")
    assert report.events_created == 1
    assert Event.objects.filter(deal=invest.deal).count() == 2 and Deal.objects.filter(kind="investment").count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("amount", "kind", "date"),
    [
        ("5000000000", "investment", dt.date(2024, 11, 14)),  # three times the figure: another round
        ("1500000000", "partnership", dt.date(2024, 11, 14)),  # another kind of move
        ("1500000000", "investment", dt.date(2027, 1, 4)),  # two years on
    ],
)
def test_an_incompatible_move_starts_a_new_deal(companies, extractor, amount, kind, date):
    extractor.by_text["agreed on 14"] = two_events
    article_import(text=TEXT, published=PUBLISHED, language="en")
    text = "SoftBank Group will invest in OpenAI."
    extractor.by_text["will invest"] = lambda t: result(
        event(t, text, counterparties=("OpenAI",), kind=kind, amounts=(usd(amount),), date=date)
    )
    report = article_import(text=text, published=date, language="en")
    assert report.events_created == 1 and report.events_attached == 0
    assert Deal.objects.filter(parties__company=companies["openai"]).count() == 2


@pytest.mark.django_db
def test_aliases_resolve_to_the_known_company(companies, extractor):
    text = "SBG bought a stake in OpenAI."
    extractor.by_text["SBG"] = lambda t: result(event(t, text, actor="SBG", counterparties=("OpenAI",)))
    article_import(text=text, published=PUBLISHED, language="en")
    assert Event.objects.get().deal.parties.get(role="actor").company == companies["softbank"]
    assert not Company.objects.filter(name="SBG").exists()


@pytest.mark.django_db
def test_an_invalid_candidate_is_skipped_with_a_warning_and_the_rest_written(companies, extractor):
    def build(text):
        good = event(text, INVEST, counterparties=("OpenAI",))
        bad = event(text, FACTORY, counterparties=("Sharp",), amounts=(usd("5", role="stake_percent"),))  # % in USD
        return result(good, bad)

    extractor.by_text["agreed on 14"] = build
    report = article_import(text=TEXT, published=PUBLISHED, language="en")
    assert report.events_created == 1 and len(report.skipped) == 1
    assert "skipped" in Article.objects.get().extraction_warnings[0]
    assert not Company.objects.filter(name="Sharp").exists()


@pytest.mark.django_db
def test_empty_text_and_missing_date_are_refused_before_any_write(companies, extractor, monkeypatch):
    with pytest.raises(ImportRejected, match="empty"):
        article_import(text=" \n\t ", published=PUBLISHED)
    monkeypatch.setattr(imports, "stated_publication_date", lambda text: None)
    with pytest.raises(ImportRejected, match="publication date"):
        article_import(text=TEXT, published=None, language="en")
    with pytest.raises(ImportRejected):
        article_import(text=TEXT, published=PUBLISHED, language="en", url="not a url")
    assert not Article.objects.exists() and extractor.calls == 1


@pytest.mark.django_db
def test_language_is_detected_when_not_given(companies, extractor):
    extractor.by_text["annoncé"] = lambda t: result(language="")
    article_import(
        text="SoftBank a annoncé vendredi un investissement dans OpenAI, selon la société.", published=PUBLISHED
    )
    assert Article.objects.get().language == "fr"


@pytest.mark.django_db
def test_publish_flag_publishes_the_articles_drafts(companies, extractor):
    extractor.by_text["agreed on 14"] = two_events
    editor = UserFactory()
    report = article_import(text=TEXT, published=PUBLISHED, language="en", publish=True, user=editor)
    assert report.events_published == 2
    assert set(Event.objects.values_list("review_state", "reviewed_by")) == {("published", editor.pk)}
    assert article_import(text=TEXT, published=PUBLISHED, language="en", publish=True).events_published == 0
