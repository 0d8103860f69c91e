"""Whose money each figure is, when one sentence tells several sums: only the sum told with SoftBank's name is
its `value`; another party's sum, or a different figure of the move ("still undrawn"), is `other`, so that a
chart of SoftBank's money does not count it. A conversion in brackets stays with the sum it converts."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import run, tracked_moves

P = dt.date(2026, 2, 4)


softbank_moves = partial(tracked_moves, published=P)


def figures(event: dict, role: str) -> set[str]:
    return {a["text"] for a in event["amounts"] if a["role"] == role}


# (language, sentence, SoftBank's own sums, sums of others that must not be its value)
ROWS = [
    (
        "en",
        "Amazon discussed investing up to $50 billion in OpenAI, while SoftBank held talks to invest $30 billion.",
        {"$30 billion"},
        {"up to $50 billion"},
    ),
    (
        "en",
        "SoftBank has raised a total of $13.5 billion in margin loans, with $5 billion still undrawn.",
        {"$13.5 billion"},
        {"$5 billion"},
    ),
    (
        "en",
        "OpenAI raised $6.6 billion. New investors included SoftBank, which put in $500 million, and Nvidia, which "
        "invested $100 million.",
        {"$500 million"},
        {"$100 million"},
    ),
    (
        "fr",
        "Amazon pourrait investir 50 milliards de dollars dans OpenAI et SoftBank 30 milliards de dollars.",
        {"30 milliards de dollars"},
        {"50 milliards de dollars"},
    ),
    (
        "es",
        "Amazon invertiría 50.000 millones de dólares en OpenAI y SoftBank invertiría 30.000 millones de dólares.",
        {"30.000 millones de dólares"},
        {"50.000 millones de dólares"},
    ),
    (
        "de",
        "Amazon will 50 Milliarden Dollar in OpenAI investieren, Softbank will 30 Milliarden Dollar investieren.",
        {"30 Milliarden Dollar"},
        {"50 Milliarden Dollar"},
    ),
    (
        "ar",
        "ناقشت أمازون استثمار 50 مليار دولار في أوبن إيه آي، فيما أجرت سوفت بنك محادثات لاستثمار 30 مليار دولار.",
        {"30 مليار دولار"},
        {"50 مليار دولار"},
    ),
    (
        "zh",
        "在这轮融资中,亚马逊投资500亿美元,软银向OpenAI投资300亿美元。",
        {"300亿美元"},
        {"500亿美元"},
    ),
    (
        "ja",
        "アマゾンが500億ドル、ソフトバンクグループが300億ドルをOpenAIに出資する方向で協議している。",
        {"300億ドル"},
        {"500億ドル"},
    ),
    (
        "ko",
        "아마존이 최대 500억 달러(약 72조 원), 소프트뱅크가 300억 달러(약 43조 원)를 오픈AI에 투자하는 방안이 논의됐다.",
        {"300억 달러", "약 43조 원"},
        {"최대 500억 달러", "약 72조 원"},
    ),
]


@pytest.mark.parametrize(("language", "text", "own", "others"), ROWS)
def test_only_softbanks_sum_is_its_value(language, text, own, others):
    moves = softbank_moves(language, text)
    assert moves, run(text, language=language, published=P)
    values = set().union(*(figures(m, "value") for m in moves))
    assert {v.strip() for v in values} & own, moves
    assert not {v.strip() for v in values} & others, moves


@pytest.mark.parametrize(
    ("language", "text", "both"),
    [
        ("ko", "소프트뱅크는 엔비디아 지분 40억달러(약 4조5000억원)어치를 매입했다.", {"40억달러", "약 4조5000억원"}),
        ("de", "Softbank verkaufte Aktien für rund 4,8 Milliarden US-Dollar (rund 4,2 Mrd Euro).", set()),
    ],
)
def test_a_conversion_in_brackets_stays_the_value(language, text, both):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    values = figures(moves[0], "value")
    assert len(values) == 2, moves
    assert not both or values == both, moves


# (language, sentence telling a results figure, with its conversion in brackets, near an investment word)
RESULTS = [
    (
        "en",
        "The move comes after SoftBank's Vision Fund, its tech investing unit, posted a loss of 2.93 trillion yen "
        "($21.68 billion) for the June quarter.",
    ),
    (
        "fr",
        "Cette décision intervient après que le Vision Fund de SoftBank, son véhicule d’investissement technologique, "
        "a annoncé une perte de 2,93 billions de yens japonais (21,68 milliards de dollars) pour le trimestre de juin.",
    ),
    (
        "es",
        "La decisión llega después de que el Vision Fund de SoftBank, su vehículo de inversión tecnológica, anunciara "
        "una pérdida de 2,93 billones de yenes (21.680 millones de dólares) en el trimestre.",
    ),
    (
        "de",
        "Der Vision Fund, das Investmentvehikel von Softbank, meldete einen Verlust von 2,93 Billionen Yen "
        "(21,68 Milliarden Dollar) im Quartal.",
    ),
    (
        "ar",
        "وتأتي الصفقة في وقت تسعى فيه سوفت بنك إلى تعزيز سيولتها، إذ كشفت عن خسارة صافية بلغت 970 مليار ين "
        "(نحو 7.2 مليار دولار) بسبب تراجع قيمة استثمارات صندوق رؤية سوفت بنك.",
    ),
    ("zh", "软银的投资部门愿景基金公布亏损2.93万亿日元(约216.8亿美元)。"),
    ("ja", "ソフトバンクグループの投資部門ビジョン・ファンドは損失2兆9300億円(約216億ドル)を計上した。"),
    ("ko", "소프트뱅크의 투자 부문인 비전펀드는 손실 2조9300억엔(약 216억 달러)을 기록했다."),
]


@pytest.mark.parametrize(("language", "text"), RESULTS)
def test_a_results_figure_and_its_conversion_are_no_move(language, text):
    moves = softbank_moves(language, text)
    assert not [a for m in moves for a in m["amounts"]], moves


# (language, sentence, the figure told as the company's valuation, by a word after it or a verb before it)
VALUATIONS = [
    ("en", "SoftBank invested $2 billion in OpenAI at a $300 billion valuation.", "$300 billion"),
    (
        "fr",
        "SoftBank a investi 2 milliards de dollars dans Mistral AI, sur la base de 12 milliards de dollars de "
        "valorisation.",
        "12 milliards de dollars",
    ),
    (
        "es",
        "SoftBank invirtió 2.000 millones de dólares en OpenAI con 300.000 millones de dólares de valoración.",
        "300.000 millones de dólares",
    ),
    (
        "en",
        "SoftBank will invest $2 billion in Perplexity in a round which values the startup at $18 billion.",
        "$18 billion",
    ),
    (
        "fr",
        "SoftBank investira 2 milliards de dollars dans Perplexity, une levée qui pourrait la valoriser à 18 "
        "milliards de dollars.",
        "18 milliards de dollars",
    ),
    (
        "es",
        "SoftBank invertirá 2.000 millones de dólares en Perplexity, en una ronda que la valoraría en 18.000 "
        "millones de dólares.",
        "18.000 millones de dólares",
    ),
    (
        "de",
        "Softbank investiert 2 Milliarden Dollar in Perplexity, die Runde soll das Start-up mit 18 Milliarden "
        "Dollar bewerten.",
        "18 Milliarden Dollar",
    ),
    ("zh", "软银今年4月以3000亿美元估值向OpenAI投资300亿美元。", "3000亿美元"),
    ("ja", "ソフトバンクグループは3000億ドルの評価額でOpenAIに300億ドルを出資した。", "3000億ドル"),
    (
        "ko",
        "소프트뱅크는 2015년 쿠팡에 1조1000억원을 투자하며 쿠팡을 50억달러(5조6425억원) 규모의 가치로 산정했다.",
        "50억달러",
    ),
]


@pytest.mark.parametrize(("language", "text", "valuation"), VALUATIONS)
def test_a_valuation_is_no_value(language, text, valuation):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    if valuation is not None:
        assert valuation in figures(moves[0], "valuation"), moves
        assert valuation not in figures(moves[0], "value"), moves
    assert len(figures(moves[0], "value")) == 1, moves


# (language, sentence, the figure and its conversion in brackets, the part both play)
CONVERTED = [
    ("en", "SoftBank will lead a funding round of $2 billion (€1.85 billion) in Mistral AI.", "total"),
    (
        "es",
        "SoftBank liderará una ronda de financiación de 2.000 millones de dólares (unos 1.850 millones de euros) "
        "en Mistral AI.",
        "total",
    ),
    (
        "fr",
        "SoftBank va mener une levée de fonds de 2 milliards de dollars (environ 1,85 milliard d'euros) dans "
        "Mistral AI.",
        "total",
    ),
    (
        "de",
        "Softbank führt eine Finanzierungsrunde von 2 Milliarden Dollar (rund 1,85 Milliarden Euro) bei Mistral AI an.",
        "total",
    ),
    ("ar", "ستقود سوفت بنك جولة تمويل بقيمة 2 مليار دولار (نحو 1.85 مليار يورو) في ميسترال.", "total"),
    ("zh", "软银将领投Mistral AI 20亿美元(约合145亿元人民币)的融资。", "value"),
    ("ja", "ソフトバンクグループはミストラルAIの20億ドル（約3000億円）の資金調達を主導する。", "value"),
    ("en", "SoftBank agreed to buy Graphcore for $600 million (£470 million).", "value"),
]


@pytest.mark.parametrize(("language", "text", "role"), CONVERTED)
def test_a_conversion_in_brackets_plays_the_part_of_the_figure_it_converts(language, text, role):
    """The same sum in two currencies is one figure: a round's size is not SoftBank's money in euros."""
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    assert len(moves[0]["amounts"]) == 2, moves
    assert {a["role"] for a in moves[0]["amounts"]} == {role}, moves
