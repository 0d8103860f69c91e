"""Filters on the seed data: each one alone, combined, and bad values answered with a JSON 400."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from deals.models import Event
from tests.api.conftest import ids

EVENTS = "/api/v1/events/"


def test_company_kind_and_counterparty_combine_to_exactly_the_openai_investments(seed, anon):
    got = ids(
        anon.get(
            EVENTS,
            {
                "company": "softbank-group",
                "kind": "investment",
                "counterparty": "openai",
            },
        )
    )
    # The group's own talks and its fund's completed round; not the draft, not the joint venture with OpenAI.
    assert got == seed.ids("openai_talks", "openai_svf2")


def test_company_includes_units_unless_told_not_to(seed, anon):
    with_units = ids(anon.get(EVENTS, {"company": "softbank-group", "page_size": 200}))
    assert seed.ids("mistral", "openai_svf2", "sharp", "nvidia_partnership") <= with_units
    assert with_units == seed.published
    alone = ids(
        anon.get(
            EVENTS,
            {"company": "softbank-group", "include_units": "false", "page_size": 200},
        )
    )
    assert alone == seed.published - seed.ids("mistral", "openai_svf2", "sharp", "nvidia_partnership")


def test_unit_slug_gives_only_that_units_events(seed, anon):
    assert ids(anon.get(EVENTS, {"company": "softbank-vision-fund-2"})) == seed.ids("mistral", "openai_svf2")


def test_unknown_company_slug_is_an_empty_list_not_everything(seed, anon):
    assert ids(anon.get(EVENTS, {"company": "no-such-company"})) == set()
    assert ids(anon.get(EVENTS, {"counterparty": "no-such-company"})) == set()


def test_kind_and_status_accept_several_values(seed, anon):
    got = ids(anon.get(EVENTS + "?kind=acquisition&kind=financing"))
    assert got == seed.ids("gpus", "sharp", "financing")
    got = ids(anon.get(EVENTS + "?status=cancelled&status=completed"))
    assert got == seed.ids("mistral", "sharp", "openai_svf2", "old")


def test_month_precision_event_is_inside_a_range_covering_part_of_its_month(seed, anon):
    # "October 2024" (stored as 2024-10-01) overlaps 15-20 October.
    got = ids(anon.get(EVENTS, {"date_from": "2024-10-15", "date_to": "2024-10-20"}))
    assert got == seed.ids("openai_svf2")
    # Starting the day after October ends leaves it out.
    assert seed.events["openai_svf2"].pk not in ids(anon.get(EVENTS, {"date_from": "2024-11-01"}))
    # A range ending before October leaves it out too.
    assert seed.events["openai_svf2"].pk not in ids(anon.get(EVENTS, {"date_to": "2024-09-30"}))


def test_year_and_quarter_precision_overlap(seed, anon):
    # The 2025 joint venture (year precision) lies inside any range that touches 2025.
    assert seed.events["openai_partnership"].pk in ids(anon.get(EVENTS, {"date_from": "2025-12-31"}))
    assert seed.events["openai_partnership"].pk in ids(
        anon.get(EVENTS, {"date_from": "2025-06-01", "date_to": "2025-06-30"})
    )
    assert seed.events["openai_partnership"].pk not in ids(anon.get(EVENTS, {"date_to": "2024-12-31"}))
    # Q3 2024 overlaps August, not October.
    assert seed.events["quarter"].pk in ids(anon.get(EVENTS, {"date_from": "2024-08-10", "date_to": "2024-08-11"}))
    assert seed.events["quarter"].pk not in ids(anon.get(EVENTS, {"date_from": "2024-10-01"}))


def test_day_precision_is_exact(seed, anon):
    got = ids(anon.get(EVENTS, {"date_from": "2024-07-10", "date_to": "2024-07-10"}))
    assert got == seed.ids("financing", "gpus", "mistral", "quarter")  # the quarter covers 10 July too


def test_usd_range_uses_one_value_amount_overlapping_it(seed, anon):
    # $15-25B talks overlap [20B, 30B]; the $10B loan does not; nor the ¥100B plant (≈ $676M).
    assert ids(anon.get(EVENTS, {"min_usd": "20000000000", "max_usd": "30000000000"})) == seed.ids("openai_talks")
    assert ids(anon.get(EVENTS, {"max_usd": "1000000000"})) == seed.ids("sharp", "openai_svf2")
    assert ids(anon.get(EVENTS, {"min_usd": "5000000000"})) == seed.ids("openai_talks", "financing")


def test_q_finds_words_in_quotes_and_party_names_in_any_script(seed, anon):
    assert ids(anon.get(EVENTS, {"q": "Sakai"})) == seed.ids("sharp")
    assert ids(anon.get(EVENTS, {"q": "Mistral"})) == seed.ids("mistral")
    assert seed.events["openai_talks"].pk in ids(anon.get(EVENTS, {"q": "بلومبرغ"}))


def test_updated_since_returns_what_changed(seed, anon):
    before = timezone.now()
    assert ids(anon.get(EVENTS, {"updated_since": before.isoformat()})) == set()
    event = Event.objects.get(pk=seed.events["gpus"].pk)
    event.summary = "Now with a summary."
    event.save()
    assert ids(anon.get(EVENTS, {"updated_since": before.isoformat()})) == seed.ids("gpus")
    # Drafts stay hidden from anonymous clients even when they change.
    draft = Event.objects.get(pk=seed.events["draft_openai"].pk)
    draft.summary = "Changed draft."
    draft.save()
    assert ids(anon.get(EVENTS, {"updated_since": before.isoformat()})) == seed.ids("gpus")


def test_ordering_both_ways_respects_precision(seed, anon):
    newest = [row["id"] for row in anon.get(EVENTS, {"page_size": 200}).json()["results"]]
    oldest = [row["id"] for row in anon.get(EVENTS, {"page_size": 200, "ordering": "date"}).json()["results"]]
    assert oldest == newest[::-1]
    # Oldest first, the year 2025 opens 2025 (before the 30 January talks) and Q3 2024 opens July's days.
    assert oldest.index(seed.events["openai_partnership"].pk) < oldest.index(seed.events["openai_talks"].pk)
    assert oldest.index(seed.events["quarter"].pk) < oldest.index(seed.events["financing"].pk)


def test_deal_company_and_article_filters(seed, anon):
    deals = anon.get(
        "/api/v1/deals/",
        {"company": "softbank-group", "counterparty": "openai", "kind": "investment"},
    )
    assert ids(deals) == {seed.events[name].deal_id for name in ("openai_talks", "openai_svf2")}
    companies = anon.get("/api/v1/companies/", {"q": "ソフトバンク"})
    assert ids(companies) == {seed.companies["sbg"].pk}
    articles = anon.get("/api/v1/articles/", {"language": "fr"})
    assert ids(articles) == {seed.events["sharp"].mentions.get().article_id}


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"date_from": "tomorrowish"}, "date_from"),
        ({"date_to": "2024-02-30"}, "date_to"),
        ({"kind": "takeover"}, "kind"),
        # A company is named by slug, name or alias (names have spaces): only what no name can be is malformed.
        ({"company": "soft\x00bank"}, "company"),
        ({"counterparty": "x" * 201}, "counterparty"),
        ({"include_units": "maybe"}, "include_units"),
        ({"min_usd": "-5"}, "min_usd"),
        ({"updated_since": "yesterday"}, "updated_since"),
        ({"ordering": "amount"}, "ordering"),
        ({"page_size": "1000"}, "page_size"),
        ({"fields": "id,secret"}, "fields"),
        ({"date_from": ""}, "date_from"),
        ({"fields": ""}, "fields"),
        ({"fields": "id,,date"}, "fields"),
        ({"q": "soft\x00bank"}, "q"),
    ],
)
def test_bad_filter_values_are_a_json_400_naming_the_parameter(seed, anon, params, field):
    response = anon.get(EVENTS, params)
    assert response.status_code == 400
    body = response.json()
    assert field in body["errors"]
    assert body["detail"].startswith(field)
    assert body["code"]


def test_exports_take_the_same_filters(seed, anon):
    response = anon.get(
        "/api/v1/timeline.json",
        {"company": "softbank-group", "counterparty": "openai", "kind": "investment"},
    )
    assert {event["unique_id"] for event in response.json()["events"]} == {
        f"event-{pk}" for pk in seed.ids("openai_talks", "openai_svf2")
    }
    assert anon.get("/api/v1/events.csv", {"date_from": "tomorrowish"}).status_code == 400
    assert anon.get("/api/v1/events.csv", {"date_from": "tomorrowish"}).json()["errors"]["date_from"]


def test_precision_boundaries_match_period_helpers():
    from deals.extraction.periods import period_end, period_start

    assert period_end(dt.date(2024, 2, 1), "month") == dt.date(2024, 2, 29)
    assert period_end(dt.date(2024, 10, 1), "quarter") == dt.date(2024, 12, 31)
    assert period_start(dt.date(2024, 8, 17), "quarter") == dt.date(2024, 7, 1)
    assert period_end(dt.date(2019, 1, 1), "year") == dt.date(2019, 12, 31)


def test_updated_since_accepts_any_rfc3339_offset(seed, anon):
    # PostgreSQL refuses offsets beyond ±15:59 that RFC 3339 allows: the API converts to UTC first.
    response = anon.get(EVENTS, {"updated_since": "2000-05-19T03:51:01+23:00"})
    assert ids(response) == seed.published
    assert ids(anon.get(EVENTS, {"updated_since": "0001-01-01T00:00:00+05:00"})) == seed.published
    assert ids(anon.get(EVENTS, {"updated_since": "9999-12-31T23:59:59-05:00"})) == set()


def test_empty_page_number_is_a_400(seed, anon):
    assert anon.get("/api/v1/companies/", {"page": ""}).status_code == 400


def test_an_empty_language_is_a_400_as_its_schema_says(seed, anon):
    # The schema lists the codes; an empty value is none of them, so it is refused rather than ignored.
    response = anon.get("/api/v1/articles/", {"language": ""})
    assert response.status_code == 400
    assert "language" in response.json()["errors"]
    assert anon.get("/api/v1/articles/", {"language": "fr"}).status_code == 200


def test_a_company_parameter_schema_refuses_a_nul_as_the_api_does(anon):
    schema = anon.get("/api/schema/", HTTP_ACCEPT="application/json").json()
    params = schema["paths"]["/api/v1/events/"]["get"]["parameters"]
    pattern = next(p["schema"]["pattern"] for p in params if p["name"] == "counterparty")
    assert re.fullmatch(pattern, "Intel")
    assert not re.fullmatch(pattern, "In\x00tel")  # one NUL among other characters
    assert not re.fullmatch(pattern, "   ")
    assert anon.get("/api/v1/events/", {"counterparty": "In\x00tel"}).status_code == 400
