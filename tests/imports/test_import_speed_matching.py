"""Deal matching narrowed in SQL and bulk writes: the same deals as before, and a cost that does not grow with
the deals that cannot match."""

import datetime as dt

import pytest
from django.db.models.signals import post_init

from deals.models import Amount, Deal, DealParty, Event, Mention
from deals.services import matching
from deals.services.imports import article_import
from tests.factories import CompanyFactory

from .builders import event, result, usd

PUBLISHED = dt.date(2024, 11, 14)


def _import(extractor, text, *, published=PUBLISHED, **kwargs):
    """Import `text` as one move quoting the whole text."""
    extractor.by_text[text[:30]] = lambda t: result(event(t, text, **kwargs))
    return article_import(text=text, published=published, language="en")


def _unrelated_deals(extractor, count, start=0):
    """SoftBank deals with other targets, of other kinds and years: none can take an OpenAI investment."""
    for n in range(start, start + count):
        CompanyFactory(name=f"Target {n}", slug=f"target-{n}")
        _import(
            extractor,
            f"SoftBank Group invested in Target {n} (ref {n}).",
            counterparties=(f"Target {n}",),
            kind=("investment", "partnership", "acquisition")[n % 3],
            date=dt.date(2019 + n % 6, 3, 2),
            amounts=(usd(str(10_000_000 * (n + 1))),),
        )


@pytest.fixture
def openai(softbank):
    return CompanyFactory(name="OpenAI", slug="openai")


@pytest.mark.django_db
def test_a_second_report_attaches_among_many_deals_of_the_same_actor(openai, extractor):
    _unrelated_deals(extractor, 12)
    first = _import(
        extractor,
        "SoftBank Group will invest $1.5 billion in OpenAI.",
        counterparties=("OpenAI",),
        amounts=(usd("1500000000"),),
    )
    again = _import(
        extractor,
        "SoftBank Vision Fund 2 is putting 1.6 billion dollars into OpenAI, it said.",
        actor="SoftBank Vision Fund 2",
        counterparties=("OpenAI",),
        amounts=(usd("1600000000"),),
        published=PUBLISHED + dt.timedelta(days=2),
    )

    assert (again.events_created, again.events_attached) == (0, 1)
    assert again.event_ids == first.event_ids
    assert Mention.objects.filter(event_id=first.event_ids[0]).count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("date", "same_deal"),
    [
        (dt.date(2025, 9, 1), True),  # completion ten months on: another milestone of the same deal
        (dt.date(2027, 1, 4), False),  # two years on: another deal
    ],
)
def test_the_deal_window_still_decides(openai, extractor, date, same_deal):
    _import(
        extractor,
        "SoftBank Group will invest $1.5 billion in OpenAI.",
        counterparties=("OpenAI",),
        amounts=(usd("1500000000"),),
    )
    later = _import(
        extractor,
        "SoftBank Group completed its OpenAI investment.",
        counterparties=("OpenAI",),
        status="completed",
        date=date,
        published=date,
        amounts=(usd("1500000000"),),
    )

    assert later.events_created == 1
    assert Deal.objects.filter(parties__company=openai).distinct().count() == (1 if same_deal else 2)


@pytest.mark.django_db
def test_a_move_without_counterparty_matches_its_actors_group_only(softbank, extractor):
    other = CompanyFactory(name="Rakuten", slug="rakuten")
    text = "SoftBank Group announced a $10 billion share buyback."
    _import(extractor, text, kind="other", amounts=(usd("10000000000"),))
    _import(
        extractor,
        "Rakuten announced a $10 billion share buyback.",
        actor=other.name,
        kind="other",
        amounts=(usd("10000000000"),),
    )
    again = _import(
        extractor,
        "SoftBank Vision Fund 2's parent announced a $10bn buyback.",
        actor="SoftBank Vision Fund 2",
        kind="other",
        amounts=(usd("10000000000"),),
    )

    assert again.events_attached == 1
    assert Deal.objects.filter(kind="other").count() == 2


@pytest.mark.django_db
def test_matching_reads_the_same_number_of_rows_however_many_deals_cannot_match(openai, extractor):
    """The rows a move's import reads follow the deals it could belong to, not the size of the database."""
    _import(
        extractor,
        "SoftBank Group will invest $1.5 billion in OpenAI.",
        counterparties=("OpenAI",),
        amounts=(usd("1500000000"),),
    )

    def rows_read(n):
        """Deal and Event rows loaded while importing one more OpenAI rumour."""
        loaded = []

        def count(sender, **kwargs):
            loaded.append(sender)

        text = f"SoftBank Group is in talks over more OpenAI funding (ref {n})."
        for model in (Deal, Event):
            post_init.connect(count, sender=model)
        try:
            _import(
                extractor, text, counterparties=("OpenAI",), status="rumored", date=PUBLISHED + dt.timedelta(days=n)
            )
        finally:
            for model in (Deal, Event):
                post_init.disconnect(count, sender=model)
        return len(loaded)

    _unrelated_deals(extractor, 3)
    few = rows_read(1)
    _unrelated_deals(extractor, 30, start=3)
    assert rows_read(2) == few  # the second rumour joins the first; the 30 new deals are never loaded

    openai_deal = Deal.objects.get(parties__company=openai)
    candidate = matching.Candidate(
        kind="investment",
        status="rumored",
        date=PUBLISHED,
        precision="day",
        date_stated=True,
        actor_id=openai_deal.parties.get(role="actor").company_id,
        counterparty_ids=frozenset({openai.pk}),
    )
    assert [d.pk for d in matching.candidate_deals(candidate=candidate, parents=matching.company_parents())] == [
        openai_deal.pk
    ]


@pytest.mark.django_db
def test_bulk_written_rows_have_their_history(openai, extractor):
    from tests.factories import UserFactory

    editor = UserFactory()
    extractor.by_text["agreed"] = lambda t: result(
        event(
            t,
            "SoftBank Group agreed to invest $1.5 billion in OpenAI.",
            counterparties=("OpenAI",),
            amounts=(usd("1500000000"),),
            extra_sentences=("The deal values OpenAI highly.",),
        )
    )
    report = article_import(
        text="SoftBank Group agreed to invest $1.5 billion in OpenAI. The deal values OpenAI highly.",
        published=PUBLISHED,
        language="en",
        user=editor,
    )
    event_ = Event.objects.get(pk=report.event_ids[0])
    parties = DealParty.objects.filter(deal=event_.deal)
    assert {(p.company.name, p.role) for p in parties} == {("SoftBank Group", "actor"), ("OpenAI", "target")}
    for model, rows in ((DealParty, parties), (Mention, event_.mentions.all()), (Amount, event_.amounts.all())):
        assert rows.count() >= 1
        history = model.history.filter(id__in=[r.pk for r in rows], history_type="+")
        assert history.count() == rows.count() and {h.history_user for h in history} == {editor}
    assert event_.mentions.count() == 2
