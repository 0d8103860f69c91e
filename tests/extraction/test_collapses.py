"""A deal agreed and called off later is two moves: the agreement, announced on its day, and its collapse,
cancelled on the day the text gives it ("agreed in 2020 to sell X. That deal collapsed in February 2022").
Table across languages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2023, 6, 1)

# (language, the agreement and its collapse, the counterparty, the collapse's month)
COLLAPSES = [
    (
        "en",
        "SoftBank agreed in 2019 to sell its stake in Uber to Toyota. That deal collapsed in March 2021 after talks "
        "on the price failed.",
        "Uber",
        "2021-03",
    ),
    (
        "ko",
        "소프트뱅크는 2019년 5월 우버 지분을 도요타에 매각하기로 합의했지만, 가격 이견으로 2021년 3월 무산됐다.",
        "Uber",
        "2021-03",
    ),
    (
        "ar",
        "واستحوذت سوفت بنك على أوبر في 2018، ثم وافقت على بيع حصتها في أوبر لشركة تويوتا في صفقة أُلغيت في مارس 2021 بسبب الخلاف على السعر.",
        "Uber",
        "2021-03",
    ),
]


@pytest.mark.parametrize(("language", "text", "company", "month"), COLLAPSES)
def test_a_collapse_dated_apart_is_a_cancelled_move_of_its_own(language, text, company, month):
    events = run(text, language=language, published=P)["events"]
    cancelled = [e for e in events if e["status"] == "cancelled"]
    assert len(cancelled) == 1 and company in cancelled[0]["counterparties"], events
    assert cancelled[0]["date"].startswith(month), cancelled


# A plan still to come that is dropped, or a collapse with no date of its own, adds no move.
NO_COLLAPSE = [
    (
        "en",
        "SoftBank agreed on Monday to buy ABB's robotics unit. ABB had planned to list the unit in the second "
        "quarter of 2024 and has cancelled that plan.",
    ),
    ("en", "SoftBank agreed in 2019 to sell its stake in Uber to Toyota, but the deal was later cancelled."),
]


@pytest.mark.parametrize(("language", "text"), NO_COLLAPSE)
def test_no_collapse_without_a_past_day_of_its_own(language, text):
    events = run(text, language=language, published=P)["events"]
    assert len(events) == 1, events
