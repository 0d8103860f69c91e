"""A list pairing each counterparty with its own sum tells one move per pair: each move names one company and
shows only its own figure. Table across the eight languages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2025, 12, 20)

# (language, sentence, {counterparty: its own sum})
ROWS = [
    (
        "en",
        "SoftBank has sold its $5.8 billion Nvidia stake and a $4.8 billion T-Mobile US stake this year.",
        {"Nvidia": "$5.8 billion", "T-Mobile US": "$4.8 billion"},
    ),
    (
        "fr",
        "SoftBank a cédé sa participation de 5,8 milliards de dollars dans Nvidia et celle de 4,8 milliards de "
        "dollars dans T-Mobile US.",
        {"Nvidia": "5,8 milliards de dollars", "T-Mobile US": "4,8 milliards de dollars"},
    ),
    (
        "zh",
        "孙正义已出售软银持有的58亿美元英伟达持股、出清48亿美元T-Mobile US持股。",
        {"Nvidia": "58亿美元", "T-Mobile US": "48亿美元"},
    ),
    (
        "zh",
        "软银的其他投资包括对WeWork的3亿美元和对Zymergen的7500万美元的投资。",
        {"WeWork": "3亿美元", "Zymergen": "7500万美元"},
    ),
    (
        "ja",
        "ソフトバンクグループは58億ドルのエヌビディア株と48億ドルのTモバイルUS株を売却した。",
        {"Nvidia": "58億ドル", "T-Mobile US": "48億ドル"},
    ),
    (
        "ko",
        "소프트뱅크는 58억 달러 규모의 엔비디아 지분과 48억 달러 규모의 T모바일 지분을 매각했다.",
        {"Nvidia": "58억 달러", "T-Mobile US": "48억 달러"},
    ),
]


@pytest.mark.parametrize(("language", "text", "pairs"), ROWS)
def test_each_company_in_a_list_gets_its_own_move_and_sum(language, text, pairs):
    events = run(text, language=language, published=P)["events"]
    for name, figure in pairs.items():
        moves = [e for e in events if any(name in n for n in e["counterparties"])]
        assert len(moves) == 1, events
        assert moves[0]["counterparties"] == [moves[0]["counterparties"][0]], events
        assert [a["text"].strip() for a in moves[0]["amounts"] if a["role"] == "value"] == [figure], events


# (language, two moves joined by a semicolon, ASCII as Chinese and Japanese web text often writes it, or full-width)
SEMICOLONS = [
    ("zh", "软银年初向OpenAI投资75亿美元;又在12月底追加投资225亿美元。", {"75亿美元", "225亿美元"}),
    ("zh", "软银年初向OpenAI投资75亿美元；又在12月底追加投资225亿美元。", {"75亿美元", "225亿美元"}),
    (
        "ja",
        "ソフトバンクは1月にOpenAIに75億ドルを出資した;12月には225億ドルを追加出資した。",
        {"75億ドル", "225億ドル"},
    ),
]


@pytest.mark.parametrize(("language", "text", "figures"), SEMICOLONS)
def test_a_semicolon_ends_a_move(language, text, figures):
    events = run(text, language=language, published=P)["events"]
    values = [[a["text"] for a in e["amounts"] if a["role"] == "value"] for e in events]
    assert sorted(values) == sorted([f] for f in figures), events


# (language, a move of the tracked side with a list of companies and no sum for each, the companies)
LISTS = [
    (
        "en",
        "SoftBank has sold the stakes it held in several companies, including Uber, the delivery firm DoorDash "
        "and Nvidia.",
        {"Uber", "DoorDash", "Nvidia"},
    ),
    (
        "fr",
        "SoftBank a vendu ses parts dans plusieurs sociétés, notamment Uber, la société de livraison DoorDash et "
        "Nvidia.",
        {"Uber", "DoorDash", "Nvidia"},
    ),
    ("es", "SoftBank invertirá en Coupang, Uber y DoorDash, tres empresas.", {"Coupang", "Uber", "DoorDash"}),
    ("de", "Softbank investiert in Coupang, Uber und DoorDash.", {"Coupang", "Uber", "DoorDash"}),
    ("zh", "软银去年投资了Grab、Uber和DoorDash。", {"Grab", "Uber", "DoorDash"}),
]


@pytest.mark.parametrize(("language", "text", "companies"), LISTS)
def test_each_company_of_a_list_without_sums_is_its_own_move(language, text, companies):
    events = run(text, language=language, published=P)["events"]
    assert sorted(tuple(e["counterparties"]) for e in events) == sorted((c,) for c in companies), events


# A list that is one move's: the investors of one round, partners of one venture, a company and its description.
ONE_MOVE = [
    (
        "en",
        "SoftBank will invest $10 billion in OpenAI, with Microsoft, Thrive Capital and Coatue among the other "
        "investors.",
        "OpenAI",
    ),
    ("en", "SoftBank signed a partnership with Toyota, Honda and Uber.", "Toyota Motor"),
    ("es", "SoftBank compra Graphcore, la empresa británica que compite con Nvidia.", "Graphcore"),
]


@pytest.mark.parametrize(("language", "text", "company"), ONE_MOVE)
def test_a_list_of_one_move_stays_one_move(language, text, company):
    events = run(text, language=language, published=P)["events"]
    moves = [e for e in events if company in e["counterparties"]]
    assert len(events) == 1 and len(moves) == 1, events
