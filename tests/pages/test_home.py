"""The home page: the tracked company's chronology, in order, at each date's precision, with filters."""

import datetime as dt

import pytest

from tests.factories import CompanyFactory

from .conftest import SEED_DATES, SEED_ORDER, add_event
from .helpers import event_ids, has_class, texts, tree

pytestmark = pytest.mark.django_db


def listed(client, url="/"):
    doc = tree(client.get(url))
    return doc, event_ids(doc)


def test_moves_newest_first_at_their_precision(client, seeds):
    doc, ids = listed(client)
    assert ids == [seeds.events[name].pk for name in SEED_ORDER]
    assert texts(doc, f"//time[{has_class('event-date')}]") == [SEED_DATES[name] for name in SEED_ORDER]


def test_oldest_first_is_the_exact_reverse(client, seeds):
    _, ids = listed(client, "/?order=oldest")
    assert ids == [seeds.events[name].pk for name in reversed(SEED_ORDER)]


def test_units_included_drafts_and_outsiders_left_out(client, seeds):
    _, ids = listed(client)
    assert seeds.events["fund_openai"].pk in ids  # SoftBank Vision Fund 2 is a unit of the group
    assert seeds.events["outsider"].pk not in ids
    assert seeds.events["draft"].pk not in ids


def test_grouped_by_year_then_month(client, seeds):
    doc = tree(client.get("/"))
    assert texts(doc, f"//h3[{has_class('year-heading')}]") == ["2025", "2024", "2023", "2019"]
    assert texts(doc, f"//h4[{has_class('period-heading')}]") == [
        "March 2025",
        "January 2025",
        "December 2024",
        "November 2024",
        "March 2023",
        "2019, month not reported",
    ]


def test_headlines_amounts_parties_and_sources(client, seeds):
    doc = tree(client.get("/"))
    sharp = doc.get_element_by_id(f"event-{seeds.events['sharp'].pk}")
    text = " ".join(sharp.text_content().split())
    assert "¥100B" in text and "≈ $677M" in text and "100 milliards de yens" in text
    assert sharp.xpath(".//a[@href='/companies/sharp/']")
    talks = doc.get_element_by_id(f"event-{seeds.events['openai_talks'].pk}")
    assert texts(talks, ".//*[contains(@class, 'event-headline')]") == [
        "SoftBank Group in talks to invest $15-25B in OpenAI"
    ]
    assert texts(talks, ".//summary") == ["1 source"]
    quote = talks.xpath(".//blockquote")[0]
    assert (quote.get("lang"), quote.get("dir")) == ("ar", "rtl")
    assert "سوفت بانك تتفاوض" in quote.text_content()
    meta = texts(talks, f".//p[{has_class('source-meta')}]")[0]
    assert "Arabic Daily" in meta and "Arabic" in meta and "30 Jan 2025" in meta


def test_rumored_and_cancelled_moves_look_different(client, seeds):
    doc = tree(client.get("/"))
    classes = {name: doc.get_element_by_id(f"event-{seeds.events[name].pk}").get("class") for name in SEED_ORDER}
    assert "status-rumored" in classes["openai_talks"]
    assert "status-cancelled" in classes["openai_2019"]
    assert "status-completed" in classes["fund_openai"]
    cancelled = doc.get_element_by_id(f"event-{seeds.events['openai_2019'].pk}")
    assert texts(cancelled, f".//span[{has_class('status')}]") == ["Cancelled"]
    assert "SoftBank Group's $1B offer to OpenAI did not go ahead" in cancelled.text_content()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=acquisition", ["sharp", "berkshire"]),
        ("status=announced&kind=acquisition", ["sharp", "berkshire"]),
        ("status=cancelled", ["openai_2019"]),
        ("year_from=2024&year_to=2024", ["us_plan", "fund_openai", "nvidia"]),
        ("year_to=2023", ["berkshire", "openai_2019"]),
        ("counterparty=openai", ["openai_talks", "fund_openai", "openai_2019"]),
        ("min_usd=10000000000", ["openai_talks", "us_plan"]),
        ("min_usd=1000000000&kind=investment", ["openai_talks", "openai_2019"]),
        ("q=milliards", ["sharp"]),
        ("q=nvidia", ["nvidia"]),
        ("q=berkshire+acquire", ["berkshire"]),
        ("q=تتفاوض", ["openai_talks"]),
        ("q=vision+fund", ["fund_openai"]),
        ("q=nothing-like-this", []),
    ],
)
def test_filters_are_plain_get_parameters(client, seeds, query, expected):
    _, ids = listed(client, f"/?{query}")
    assert ids == [seeds.events[name].pk for name in expected]


def test_filters_keep_order_switch_and_bad_values_are_ignored(client, seeds):
    doc, ids = listed(client, "/?kind=acquisition&order=oldest")
    assert ids == [seeds.events["berkshire"].pk, seeds.events["sharp"].pk]
    # The switch back keeps the filter.
    switch = doc.xpath("//p[contains(@class, 'order-switch')]//a/@href")[0]
    assert "kind=acquisition" in switch and "order=newest" in switch
    _, ids = listed(client, "/?year_from=abc&kind=nonsense")
    assert ids == [seeds.events[name].pk for name in SEED_ORDER]


def test_filter_form_shows_counterparties_of_the_tracked_family(client, seeds):
    doc = tree(client.get("/"))
    options = doc.xpath("//select[@name='counterparty']/option/@value")
    assert options == ["", "berkshire-grey", "nvidia", "openai", "sharp"]


def walk(client, url):
    """Follow 'Next page' links to the end; return the ids seen and the pages visited."""
    seen, pages = [], []
    while url:
        doc = tree(client.get(url))
        pages.append(url)
        seen.extend(event_ids(doc))
        nxt = doc.xpath("//a[@rel='next']/@href")
        url = "/" + nxt[0] if nxt else None
        assert len(pages) < 20
    return seen, pages


@pytest.mark.parametrize("order", ["newest", "oldest"])
def test_keyset_pagination_visits_every_move_once(client, softbank, order):
    # Many moves on few dates, mixing precisions: the cursor must break ties exactly like the ordering.
    target = CompanyFactory(name="Target", slug="target")
    made = []
    for i in range(123):
        day = dt.date(2024, 1 + i % 3, 1)
        precision = ["day", "month", "year"][i % 3] if day.month == 1 else ["day", "month"][i % 2]
        made.append(
            add_event(
                actor=softbank,
                kind="investment",
                date=day,
                precision=precision,
                status="completed",
                others=((target, "target"),),
                sentence=f"Move {i}.",
            )
        )
    seen, pages = walk(client, f"/?order={order}")
    assert len(pages) == 3
    assert len(seen) == len(set(seen)) == 123
    from deals.models import Event

    assert seen == list(
        Event.objects.published().chronological(newest_first=order == "newest").values_list("pk", flat=True)
    )
    # From the last page, 'Previous page' brings back the middle page exactly.
    last = tree(client.get(pages[-1]))
    previous = "/" + last.xpath("//a[@rel='prev']/@href")[0]
    assert event_ids(tree(client.get(previous))) == seen[50:100]


def test_empty_site_answers(client, db):
    doc = tree(client.get("/"))
    assert "No published move matches." in doc.text_content()
