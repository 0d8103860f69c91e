"""The events cursor: every event exactly once, both ways, however many share a date."""

import datetime as dt

import pytest

from deals.models import Deal, Event

pytestmark = pytest.mark.django_db


def walk(client, url, params, *, link="next"):
    seen, pages = [], 0
    response = client.get(url, params)
    while True:
        assert response.status_code == 200, response.content
        body = response.json()
        seen.extend(row["id"] for row in body["results"])
        pages += 1
        assert pages < 500, "the cursor loops"
        if not body[link]:
            return seen, body
        response = client.get(body[link])


def crowded_day(count: int) -> list[int]:
    """Many events on one date at mixed precisions: the case an offset-capped cursor gets wrong."""
    deal = Deal.objects.create(kind="investment")
    rows = []
    for i in range(count):
        precision = ["day", "month", "quarter", "year"][i % 4]
        rows.append(
            Event(
                deal=deal,
                date=dt.date(2024, 1, 1),
                date_precision=precision,
                review_state="published",
            )
        )
    Event.objects.bulk_create(rows)
    return list(Event.objects.filter(deal=deal).values_list("pk", flat=True))


@pytest.mark.parametrize("ordering", ["-date", "date"])
@pytest.mark.parametrize("page_size", [1, 3, 50])
def test_cursor_walks_every_published_event_exactly_once(seed, anon, ordering, page_size):
    seen, _ = walk(anon, "/api/v1/events/", {"page_size": page_size, "ordering": ordering})
    assert len(seen) == len(set(seen))
    assert set(seen) == seed.published
    everything = [
        row["id"] for row in anon.get("/api/v1/events/", {"page_size": 200, "ordering": ordering}).json()["results"]
    ]
    assert seen == everything


def test_cursor_walks_a_crowded_date_and_back(anon, db):
    crowded = crowded_day(1_050)
    forward, _ = walk(anon, "/api/v1/events/", {"page_size": 200})
    assert sorted(forward) == sorted(crowded)
    # And back from the last page with the previous links: the same events in the same order.
    backward_pages = []
    response = anon.get("/api/v1/events/", {"page_size": 200})
    next_url = response.json()["next"]
    while next_url:
        response = anon.get(next_url)
        next_url = response.json()["next"]
    body = response.json()
    backward_pages.append([row["id"] for row in body["results"]])
    while body["previous"]:
        body = anon.get(body["previous"]).json()
        backward_pages.append([row["id"] for row in body["results"]])
    backward = [pk for page in reversed(backward_pages) for pk in page]
    assert backward == forward


def test_cursor_survives_events_added_behind_it(seed, anon):
    first = anon.get("/api/v1/events/", {"page_size": 3}).json()
    deal = Deal.objects.create(kind="other")
    newer = Event.objects.create(
        deal=deal,
        date=dt.date(2030, 1, 1),
        date_precision="year",
        review_state="published",
    )
    rest, _ = walk(anon, first["next"], {})
    seen = [row["id"] for row in first["results"]] + rest
    assert len(seen) == len(set(seen)) and set(seen) == seed.published  # the newer one sorts before the cursor
    assert newer.pk not in seen


def test_filters_apply_across_pages(seed, anon):
    seen, _ = walk(
        anon,
        "/api/v1/events/",
        {"page_size": 1, "company": "softbank-group", "kind": "investment"},
    )
    assert set(seen) == seed.ids("mistral", "openai_talks", "openai_svf2", "old")


def test_bad_cursor_is_a_json_404_and_bad_page_size_a_400(seed, anon):
    response = anon.get("/api/v1/events/", {"cursor": "not-a-cursor"})
    assert response.status_code == 404
    assert "cursor" in response.json()["detail"]
    for size in ("0", "201", "ten"):
        assert anon.get("/api/v1/events/", {"page_size": size}).status_code == 400


def test_other_lists_page_by_number(seed, anon):
    body = anon.get("/api/v1/companies/", {"page_size": 2}).json()
    assert body["count"] == 7 and len(body["results"]) == 2 and body["next"]
    assert anon.get("/api/v1/companies/", {"page": 99}).status_code == 404
