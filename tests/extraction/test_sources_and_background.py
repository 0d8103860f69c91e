"""The stage of a move told through a news report: sources who decline to be named cancel nothing, and a move
of another company told well after a report-based lead is the article's own background, not the outlet's scoop."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2018, 7, 2)

# (language, article): talks known from anonymous sources stay talks
ANONYMOUS = [
    ("en", "SoftBank is in talks to invest $500 million in Coupang, according to people who declined to be named."),
    ("en", "SoftBank is in talks to invest $500 million in Coupang, two people who declined to be identified said."),
    ("ar", "وقالت مصادر رفضت الكشف عن هويتها إن سوفت بنك تجري محادثات لاستثمار 300 مليون دولار في كوبانغ."),
    (
        "fr",
        "SoftBank négocie un investissement de 500 millions de dollars dans Coupang, selon deux sources qui ont "
        "refusé d'être identifiées.",
    ),
    (
        "es",
        "SoftBank negocia invertir 500 millones de dólares en Coupang, según dos fuentes que declinaron ser "
        "identificadas.",
    ),
]


# (language, article): a plan the press only reports, in the passive or as an outlet's word
REPORTED = [
    ("ja", "ソフトバンクグループがクーパンに20億ドルを出資すると報じられた。"),
    ("ja", "ソフトバンクグループがクーパンに20億ドルを出資すると報じられている。"),
    ("ja", "ソフトバンクグループがクーパンに20億ドルを出資すると日本経済新聞が伝えた。"),
]


@pytest.mark.parametrize(("language", "text"), REPORTED)
def test_a_plan_only_reported_is_rumored(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [(e["kind"], e["status"]) for e in events] == [("investment", "rumored")], events


@pytest.mark.parametrize(("language", "text"), ANONYMOUS)
def test_sources_declining_to_be_named_cancel_nothing(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [(e["kind"], e["status"]) for e in events] == [("investment", "rumored")], events


def test_a_later_move_with_another_company_keeps_its_own_stage():
    text = (
        "SoftBank is in talks to invest $500 million in Coupang, the Financial Times reported. The talks are at an "
        "early stage. Coupang sells groceries. Its shares rose 3%. SoftBank also plans to buy Ampere Computing "
        "for $6.5 billion by the end of the year."
    )
    events = run(text, language="en", published=P)["events"]
    stages = {(e["kind"], tuple(e["counterparties"])): e["status"] for e in events}
    assert stages == {
        ("investment", ("Coupang",)): "rumored",
        ("acquisition", ("Ampere Computing",)): "announced",
    }, events
