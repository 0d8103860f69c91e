from __future__ import annotations

import pytest

from deals.extraction.language import detect_language, normalize_code
from tests.extraction.helpers import run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SoftBank agreed on Tuesday to buy the chip designer for $6.5 billion in cash.",
            "en",
        ),
        (
            "Le groupe japonais a annoncé mardi le rachat du concepteur de puces pour 6,5 milliards de dollars.",
            "fr",
        ),
        (
            "أعلنت المجموعة اليابانية يوم الثلاثاء عن استحواذها على مصمم الرقائق مقابل 6.5 مليار دولار.",
            "ar",
        ),
        ("软银集团周二宣布以65亿美元收购这家芯片设计公司。", "zh"),
        (
            "ソフトバンクグループは火曜日、半導体設計会社を65億ドルで買収すると発表した。",
            "ja",
        ),
        (
            "소프트뱅크그룹은 화요일 반도체 설계 회사를 65억 달러에 인수한다고 밝혔다.",
            "ko",
        ),
        (
            "Der japanische Konzern kauft den Chipdesigner für 6,5 Milliarden Dollar, teilte er am Dienstag mit.",
            "de",
        ),
        (
            "El grupo japonés anunció el martes la compra del diseñador de chips por 6.500 millones de dólares.",
            "es",
        ),
    ],
)
def test_detects_each_supported_language(text, expected):
    assert detect_language(text)[0] == expected


def test_chinese_variants_map_to_zh():
    assert normalize_code("zh-hant") == "zh"
    assert normalize_code("zh_CN") == "zh"
    assert detect_language("軟銀集團週二宣布以65億美元收購這家晶片設計公司。")[0] == "zh"


def test_extract_without_language_uses_the_detected_one():
    data = run("Le groupe SoftBank a annoncé lundi le rachat de la start-up Graphcore pour 500 millions de dollars.")
    assert data["language"] == "fr"
    assert [e["kind"] for e in data["events"]] == ["acquisition"]
