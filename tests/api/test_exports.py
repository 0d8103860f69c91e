"""TimelineJS and CSV exports: valid against the TimelineJS JSON format, and a CSV the csv module reads back."""

import csv
import io

import jsonschema
import pytest

pytestmark = pytest.mark.django_db

# The TimelineJS3 JSON format (https://timeline.knightlab.com/docs/json-format.html), written as a JSON
# Schema: a date object needs a year; the other parts are optional whole numbers in range.
TIMELINE_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": {"type": "integer"},
        "month": {"type": "integer", "minimum": 1, "maximum": 12},
        "day": {"type": "integer", "minimum": 1, "maximum": 31},
        "hour": {"type": "integer", "minimum": 0, "maximum": 23},
        "minute": {"type": "integer", "minimum": 0, "maximum": 59},
        "second": {"type": "integer", "minimum": 0, "maximum": 59},
        "millisecond": {"type": "integer"},
        "display_date": {"type": "string"},
    },
    "dependentRequired": {"day": ["month"]},
    "additionalProperties": False,
}
TIMELINE_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
TIMELINE_SLIDE = {
    "type": "object",
    "required": ["start_date"],
    "properties": {
        "start_date": TIMELINE_DATE,
        "end_date": TIMELINE_DATE,
        "text": TIMELINE_TEXT,
        "media": {"type": "object", "required": ["url"]},
        "group": {"type": "string"},
        "display_date": {"type": "string"},
        "background": {"type": "object"},
        "autolink": {"type": "boolean"},
        "unique_id": {"type": "string"},
    },
    "additionalProperties": False,
}
TIMELINE = {
    "type": "object",
    "required": ["events"],
    "properties": {
        "title": {**TIMELINE_SLIDE, "required": []},
        "events": {"type": "array", "items": TIMELINE_SLIDE},
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}


def test_timeline_validates_and_dates_carry_only_what_the_precision_supports(seed, anon):
    response = anon.get("/api/v1/timeline.json", {"company": "softbank-group"})
    assert response.status_code == 200
    document = response.json()
    jsonschema.validate(document, TIMELINE)
    by_id = {slide["unique_id"]: slide for slide in document["events"]}
    assert set(by_id) == {f"event-{pk}" for pk in seed.published}
    assert len(by_id) == len(document["events"])  # unique ids are unique
    month = by_id[f"event-{seed.events['openai_svf2'].pk}"]
    assert month["start_date"] == {"year": 2024, "month": 10}
    assert by_id[f"event-{seed.events['openai_partnership'].pk}"]["start_date"] == {"year": 2025}
    assert by_id[f"event-{seed.events['sharp'].pk}"]["start_date"] == {
        "year": 2025,
        "month": 3,
        "day": 7,
    }
    quarter = by_id[f"event-{seed.events['quarter'].pk}"]["start_date"]
    assert "day" not in quarter and quarter["display_date"] == "Q3 2024"
    assert month["group"] == "investment"
    assert "SoftBank Group" in document["title"]["text"]["headline"]


def test_timeline_text_carries_the_sources_escaped(seed, anon):
    document = anon.get("/api/v1/timeline.json", {"company": "softbank-group"}).json()
    sharp = next(s for s in document["events"] if s["unique_id"] == f"event-{seed.events['sharp'].pk}")
    article = seed.events["sharp"].mentions.get().article
    assert f'href="{article.url}"' in sharp["text"]["text"]
    assert "TechCrunch FR" in sharp["text"]["text"]
    assert "l&#x27;usine « Sakai »" in sharp["text"]["text"]  # the quote, HTML-escaped
    assert "<script" not in sharp["text"]["text"]


def read_csv(response) -> list[dict]:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    raw = b"".join(response.streaming_content)
    assert not raw.startswith(b"\xef\xbb\xbf")  # no byte-order mark: the csv module reads the header as is
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def test_csv_round_trips_through_the_csv_module_with_every_script_intact(seed, anon):
    rows = read_csv(anon.get("/api/v1/events.csv", {"page_size": 5}))
    by_id = {int(row["id"]): row for row in rows}
    assert set(by_id) == seed.published
    arabic = by_id[seed.events["openai_talks"].pk]
    assert arabic["quotes"] == seed.events["openai_talks"].mentions.get().quote  # with its "quoted" word intact
    assert '"بلومبرغ"' in arabic["quotes"]
    assert arabic["source_outlets"] == "الشرق"
    japanese = by_id[seed.events["openai_partnership"].pk]
    assert "ソフトバンクグループとOpenAI" in japanese["quotes"]
    assert japanese["date_display"] == "2025" and japanese["period_end"] == "2025-12-31"
    sharp = by_id[seed.events["sharp"].pk]
    assert (sharp["value_currency"], sharp["value_usd_low"]) == ("JPY", "676000000.00")
    assert sharp["parties"].splitlines() == ["SoftBank Corp (actor)", "Sharp (seller)"]


def test_csv_takes_the_filters_and_neutralises_formulas(seed, anon):
    rows = read_csv(
        anon.get(
            "/api/v1/events.csv",
            {
                "company": "softbank-group",
                "counterparty": "openai",
                "kind": "investment",
            },
        )
    )
    assert {int(row["id"]) for row in rows} == seed.ids("openai_talks", "openai_svf2")
    event = seed.events["gpus"]
    event.summary = '=HYPERLINK("http://evil")'
    event.save()
    row = next(r for r in read_csv(anon.get("/api/v1/events.csv")) if int(r["id"]) == event.pk)
    assert row["summary"] == '\'=HYPERLINK("http://evil")'


def test_csv_hides_drafts_from_anonymous_clients_only(seed, anon, editor_client):
    assert seed.events["draft_openai"].pk not in {int(r["id"]) for r in read_csv(anon.get("/api/v1/events.csv"))}
    assert seed.events["draft_openai"].pk in {int(r["id"]) for r in read_csv(editor_client.get("/api/v1/events.csv"))}
