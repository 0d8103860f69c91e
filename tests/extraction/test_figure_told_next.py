"""A deal told first and priced in the next sentence, which refers back to it ("The transaction is worth about
$600 million"): the figure is that move's value. A next sentence about something else, or telling a move of
its own, gives the move nothing."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import tracked_moves

P = dt.date(2026, 2, 4)


softbank_moves = partial(tracked_moves, published=P)


# (language, a move, then its price in the next sentence, the figure)
ROWS = [
    (
        "en",
        "SoftBank has agreed to buy Graphcore. The transaction is worth about $600 million, people familiar with it "
        "said.",
        "about $600 million",
    ),
    (
        "de",
        "Softbank übernimmt den britischen Chipentwickler Graphcore. Die Transaktion hat einen Wert von rund 600 "
        "Millionen Dollar.",
        "rund 600 Millionen Dollar",
    ),
    (
        "es",
        "SoftBank ha comprado Graphcore. Las partes no revelaron el importe, aunque la prensa lo sitúa en unos 600 "
        "millones de dólares.",
        "unos 600 millones de dólares",
    ),
    (
        "fr",
        "SoftBank a racheté Graphcore. Le montant de la transaction n'a pas été communiqué, mais la presse l'estime "
        "à 600 millions de dollars.",
        "600 millions de dollars",
    ),
    (
        "ko",
        "소프트뱅크가 영국 반도체 설계업체 그래프코어를 인수했다.\n\n이번 거래는 약 6억 달러 규모로 알려졌다.",
        "약 6억 달러",
    ),
    (
        "ar",
        "وقّعت مجموعة سوفت بنك اتفاقية لبيع حصتها في فورتريس إلى مبادلة. ولم تُعلن قيمة الصفقة، لكن مصادر قالت إنها "
        "تبلغ نحو 3 مليارات دولار.",
        "نحو 3 مليارات دولار",
    ),
    ("zh", "软银已收购英国芯片公司Graphcore。据知情人士透露，此次交易金额约为6亿美元。", "约为6亿美元"),
    ("ja", "ソフトバンクグループは英半導体設計のグラフコアを買収した。買収額は約6億ドルとみられる。", "約6億ドル"),
]


@pytest.mark.parametrize(("language", "text", "figure"), ROWS)
def test_the_price_told_next_is_the_moves_value(language, text, figure):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    assert [(a["role"], a["text"]) for a in moves[0]["amounts"]] == [("value", figure)], moves


@pytest.mark.parametrize(
    "text",
    [
        "SoftBank has agreed to buy Graphcore. Graphcore's revenue fell to $2.7 million last year.",
        "SoftBank has agreed to buy Graphcore. Separately, SoftBank invested $500 million in OpenAI in a deal "
        "announced last month.",
    ],
)
def test_a_next_sentence_about_something_else_gives_no_figure(text):
    moves = [m for m in softbank_moves("en", text) if "Graphcore" in m["counterparties"]]
    assert len(moves) == 1, moves
    assert moves[0]["amounts"] == [], moves
