"""A stake of the tracked side told without its company ("Angeführt wurde die Runde vom Vision Fund 2", "この資金調達
では、ソフトバンクが…出資する") is taken in the round the sentences just before told: the company raising it. A
move cue before a company stays that company's move even when a relative clause about it follows."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2021, 9, 22)

# (language, the round told, then the tracked side's part in it, the company raising it)
ROUNDS = [
    (
        "de",
        "Der Berliner E-Scooter-Verleiher Tier Mobility sammelt in einer Finanzierungsrunde 250 Millionen Dollar "
        "ein. Angeführt wurde die Runde vom Vision Fund 2 des japanischen Konzerns Softbank.",
        "Tier Mobility",
    ),
    (
        "ja",
        "クーパンは20億ドルの資金調達を目指している。関係者によると、この資金調達では、ソフトバンクグループが最大10億ドルを"
        "出資する方向で協議している。",
        "Coupang",
    ),
    (
        "en",
        "Klarna raised $600 million in a new funding round on Tuesday. SoftBank's Vision Fund 2 invested $300 million.",
        "Klarna",
    ),
]


@pytest.mark.parametrize(("language", "text", "company"), ROUNDS)
def test_a_stake_without_its_company_is_in_the_round_just_told(language, text, company):
    events = run(text, language=language, published=P)["events"]
    sides = [e for e in events if e["actor"].startswith("SoftBank")]
    assert sides and all(e["counterparties"] == [company] for e in sides), events


def test_a_company_the_text_describes_but_does_not_name_is_not_the_round_company():
    text = "滴滴出行完成了40亿美元融资。今年以来，软银愿景基金还相继投资了多家中国企业。"
    events = run(text, language="zh", published=P)["events"]
    assert all(e["counterparties"] != ["DiDi Global"] for e in events if e["actor"].startswith("SoftBank")), events


# (language, a stake named before a relative clause about its company, the company)
RELATIVES = [
    (
        "de",
        "Der Vision Fund 2 verhandelt über eine Beteiligung an Tier Mobility, das bei einer Finanzierungsrunde mit "
        "2 Milliarden Dollar bewertet werden könnte.",
        "Tier Mobility",
    ),
]


@pytest.mark.parametrize(("language", "text", "company"), RELATIVES)
def test_a_stake_named_before_a_relative_clause_stays_the_tracked_sides(language, text, company):
    events = run(text, language=language, published=P)["events"]
    assert [(e["actor"], e["counterparties"]) for e in events] == [("SoftBank Vision Fund 2", [company])], events
