"""A company described by what it makes ("the British chip designer", "le concepteur américain de processeurs",
"芯片商") is bought whole: the object a reader sees is the company, with the company as the target, not chips
bought from a seller. A rival named in the description of a move's company ("that competes with Nvidia",
"basé sur la technologie d'Arm") is no party to the move."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, article, the company bought)
BUYING_A_MAKER = [
    (
        "en",
        "SoftBank agreed to acquire Marvell, the American designer of data centre chips, for $8 billion.",
        "Marvell Technology",
    ),
    (
        "fr",
        "SoftBank va racheter Marvell, le fabricant américain de puces pour centres de données, pour 8 milliards de dollars.",
        "Marvell Technology",
    ),
    (
        "es",
        "SoftBank comprará Marvell, el diseñador estadounidense de procesadores, por 8.000 millones de dólares.",
        "Marvell Technology",
    ),
    ("de", "Softbank übernimmt den US-Prozessorentwickler Marvell für 8 Milliarden Dollar.", "Marvell Technology"),
    ("ar", "استحوذت سوفت بنك على مصممة الرقائق أمبير كمبيوتنغ مقابل 8 مليارات دولار.", "Ampere Computing"),
    ("zh", "软银将以80亿美元收购美国芯片商迈威尔。", "Marvell Technology"),
    ("ja", "ソフトバンクグループは英半導体スタートアップのグラフコアを買収した。", "Graphcore"),
    ("ko", "소프트뱅크는 영국 반도체 스타트업 그래프코어를 인수했다.", "Graphcore"),
]


@pytest.mark.parametrize(("language", "text", "company"), BUYING_A_MAKER)
def test_buying_a_maker_buys_the_company(language, text, company):
    events = [e for e in run(text, language=language)["events"] if e["kind"] == "acquisition"]
    assert len(events) == 1, (text, events)
    event = events[0]
    assert event["object"]["type"] == "company", (text, event["object"])
    assert event["roles"].get(company) == "target", (text, event["roles"])


# (language, article): the rival or the technology named in the description is not a party
RIVALS_IN_A_DESCRIPTION = [
    (
        "en",
        "SoftBank bought Ampere Computing, a designer of server processors based on Arm technology, for $6.5 billion.",
    ),
    (
        "fr",
        "SoftBank a racheté Ampere Computing, dont les processeurs sont basés sur la technologie d'Arm, pour 6,5 milliards de dollars.",
    ),
    ("es", "SoftBank compró Graphcore, la británica que quiso plantar cara a Nvidia, por 600 millones de dólares."),
    ("es", "SoftBank compró Graphcore, una empresa de chips que compite con Nvidia, por 600 millones de dólares."),
]


@pytest.mark.parametrize(("language", "text"), RIVALS_IN_A_DESCRIPTION)
def test_a_rival_or_technology_in_a_description_is_no_party(language, text):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    assert not {"Nvidia", "Arm Holdings"} & set(events[0]["counterparties"]), (text, events[0]["counterparties"])


# (language, article): a goods noun naming what a unit makes ("robot business", "机器人业务") is the unit bought
A_UNIT_THAT_MAKES_GOODS = [
    ("en", "SoftBank agreed to buy the chip unit of ABB for $5.4 billion."),
    ("zh", "软银宣布以54亿美元收购ABB集团的机器人业务。"),
    ("ja", "ソフトバンクグループはABBのロボット事業を54億ドルで買収する。"),
    ("ko", "소프트뱅크가 ABB 로봇사업부를 54억 달러에 인수한다."),
]


@pytest.mark.parametrize(("language", "text"), A_UNIT_THAT_MAKES_GOODS)
def test_a_unit_named_by_its_goods_is_a_unit(language, text):
    events = [e for e in run(text, language=language)["events"] if e["kind"] == "acquisition"]
    assert len(events) == 1, (text, events)
    assert events[0]["object"]["type"] == "unit", (text, events[0]["object"])
    assert events[0]["roles"].get("ABB") == "seller", (text, events[0]["roles"])


def test_an_arabic_company_for_designing_chips_is_the_company_bought():
    text = 'استحوذت سوفت بنك على شركة "أمبير كمبيوتنغ" الأمريكية لتصميم الرقائق مقابل 6.5 مليار دولار.'
    event = run(text, language="ar")["events"][0]
    assert event["object"]["type"] == "company", event["object"]
    assert event["roles"].get("Ampere Computing") == "target", event["roles"]
