"""A company named as the acting side's vehicle ("through its subsidiary X") carries the move out: it is no
counterparty, nor is a back-reference to it ("the company") or to a news source ("Selon Bloomberg, le groupe").
Table by table across the eight languages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2025, 3, 20)

# (language, sentence, the counterparty, the vehicle that must not be one)
VEHICLES = [
    (
        "en",
        "SoftBank Group will buy Ampere Computing for $6.5 billion through its subsidiary Silver Bands Holdings.",
        "Ampere",
        "Silver",
    ),
    (
        "fr",
        "SoftBank Group rachètera Ampere Computing pour 6,5 milliards de dollars par l'intermédiaire de sa filiale "
        "Silver Bands Holdings.",
        "Ampere",
        "Silver",
    ),
    (
        "es",
        "SoftBank Group comprará Ampere Computing por 6.500 millones de dólares a través de su filial Silver Bands "
        "Holdings.",
        "Ampere",
        "Silver",
    ),
    (
        "de",
        "Softbank übernimmt Ampere Computing für 6,5 Milliarden Dollar über seine Tochter Silver Bands Holdings.",
        "Ampere",
        "Silver",
    ),
    ("zh", "软银集团将通过其子公司Silver Bands以65亿美元收购Ampere Computing。", "Ampere", "Silver"),
    (
        "ja",
        "ソフトバンクグループは子会社のSilver Bandsを通じてAmpere Computingを65億ドルで買収する。",
        "Ampere",
        "Silver",
    ),
    ("ko", "소프트뱅크그룹은 자회사 Silver Bands를 통해 Ampere Computing을 65억 달러에 인수한다.", "Ampere", "Silver"),
]


@pytest.mark.parametrize(("language", "text", "counterparty", "vehicle"), VEHICLES)
def test_the_acting_sides_vehicle_is_no_counterparty(language, text, counterparty, vehicle):
    events = run(text, language=language, published=P)["events"]
    assert len(events) == 1, events
    names = events[0]["counterparties"]
    assert any(counterparty in n for n in names), events
    assert not any(vehicle in n for n in names), events


# (language, text whose second sentence's move names no company but through a back-reference)
BACKREFERENCES = [
    (
        "en",
        "SoftBank agreed to buy Ampere Computing for $6.5 billion. The acquisition will be made through its "
        "subsidiary Silver Bands Holdings, which will purchase all shares of the company.",
    ),
    (
        "ar",
        "وافقت سوفت بنك على شراء أمبير كومبيوتنج مقابل 6.5 مليار دولار. وستتم الصفقة عبر شركتها التابعة "
        "Silver Bands Holdings التي ستشتري جميع أسهم الشركة.",
    ),
]


@pytest.mark.parametrize(("language", "text"), BACKREFERENCES)
def test_a_backreference_to_the_vehicle_is_no_party(language, text):
    events = run(text, language=language, published=P)["events"]
    assert not [e for e in events if any("Silver" in n for n in e["counterparties"])], events


def test_a_backreference_after_a_news_source_is_not_the_source():
    text = (
        "Selon Bloomberg, le groupe SoftBank discute avec plusieurs banques d'un nouveau prêt sur marge de "
        "5 milliards de dollars adossé à ses actions Arm."
    )
    events = run(text, language="fr", published=P)["events"]
    assert events, events
    assert not any("Bloomberg" in n for e in events for n in e["counterparties"]), events
