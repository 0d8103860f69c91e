"""When a move is expected to close is no day it happened: a move told with only its expected close ("expected to
close in the third quarter", "该交易预计于明年上半年完成") is dated by the publication day; a date that only reads
like a deadline ("in July through a margin loan", "2019年前后") stays the move's."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2024, 8, 8)

# (language, sentence, the move's date, its basis)
CASES = [
    (
        "en",
        "SoftBank agreed to buy Graphcore for $600 million in a deal expected to close in the fourth quarter.",
        "2024-08-08",
        "publication",
    ),
    ("zh", "软银宣布以20亿美元收购Graphcore，该交易预计于明年上半年完成。", "2024-08-08", "publication"),
    (
        "en",
        "SoftBank raised $4.5 billion in July through a margin loan backed by its Arm shares.",
        "2024-07-01",
        "stated",
    ),
    ("zh", "软银曾在2019年前后出售英伟达股份。", "2019-01-01", "stated"),
]


@pytest.mark.parametrize(("language", "text", "date", "basis"), CASES)
def test_an_expected_close_is_not_the_moves_date(language, text, date, basis):
    events = run(text, language=language, published=P)["events"]
    assert [(e["date"], e["date_basis"]) for e in events] == [(date, basis)], events


# (language, a move with a date of its own and another in a relative clause after it, the move's date)
RELATIVE_DATES = [
    (
        "fr",
        "Le groupe suisse ABB a annoncé mercredi la cession de sa division robotique à SoftBank, renonçant au projet "
        "qu'il avait présenté en avril.",
        "2024-08-07",
    ),
    (
        "en",
        "SoftBank said on Tuesday it had sold its stake in DoorDash, which it had bought in 2018.",
        "2024-08-06",
    ),
]


@pytest.mark.parametrize(("language", "text", "date"), RELATIVE_DATES)
def test_a_date_in_a_relative_clause_after_the_move_is_not_its_date(language, text, date):
    events = run(text, language=language, published=P)["events"]
    assert [e["date"] for e in events] == [date], events
