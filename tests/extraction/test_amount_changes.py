"""'From X to Y' after a change verb, and 'XからYに引き上げ', state a new figure, not a range: the move's
amount is the new one. A range stays a range.

Runs without a database: .venv/bin/python -m pytest tests/extraction/test_amount_changes.py -p no:django
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from deals.extraction.money import find_amounts


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "SoftBank raised the size of its margin loan from $13.5 billion to $20 billion.",
            [("$20 billion", "20000000000", "20000000000")],
        ),
        (
            "fr",
            "SoftBank a porté sa ligne de crédit de 10 milliards de dollars à 15 milliards de dollars.",
            [("15 milliards de dollars", "15000000000", "15000000000")],
        ),
        ("de", "Softbank hat den Kredit von 10 Milliarden Dollar auf 15 Milliarden Dollar erhöht.", None),
        ("ja", "自社株買いの取得上限を5000億円から1兆円に引き上げた。", [("1兆円", "1000000000000", "1000000000000")]),
        (
            "en",
            "SoftBank will invest $15 billion to $25 billion in OpenAI.",
            [("$15 billion to $25 billion", "15000000000", "25000000000")],
        ),
        (
            "en",
            "SoftBank will invest between $15 billion and $25 billion in OpenAI.",
            [("between $15 billion and $25 billion", "15000000000", "25000000000")],
        ),
        ("ja", "投資額は5000億円から1兆円になる見通し。", [("5000億円から1兆円", "500000000000", "1000000000000")]),
    ],
)
def test_a_change_states_its_new_figure(language, text, expected):
    got = [(a.text, a.low, a.high) for a in find_amounts(text, language=language)]
    if expected is None:  # German 'von X auf Y' is no range at all: both figures, as written
        assert [t for t, _, _ in got] == ["10 Milliarden Dollar", "15 Milliarden Dollar"]
        return
    assert got == [(t, Decimal(low), Decimal(high)) for t, low, high in expected]


@pytest.mark.parametrize(
    ("language", "text", "new"),
    [
        ("en", "Tencent cut its stake in the bank from 12% to 7.5% last year.", "7.5%"),
        ("fr", "Le groupe a réduit sa participation de 12 % à 7,5 % l'an dernier.", "7,5 %"),
        ("es", "El grupo redujo su participación del 12% al 7,5% el año pasado.", "7,5%"),
        ("ar", "وخفضت الشركة حصتها من 12% إلى 7.5% العام الماضي.", "7.5%"),
        ("zh", "腾讯对该银行的持股比例从12%降至7.5%。", "7.5%"),
        ("zh", "该公司已将银团贷款额度从80亿美元提高至120亿美元。", "120亿美元"),
        ("ja", "同社は出資比率を12%から7.5%に引き下げた。", "7.5%"),
        ("ko", "텐센트는 은행 지분율을 12%에서 7.5%로 낮췄다.", "7.5%"),
    ],
)
def test_a_change_up_or_down_states_only_its_new_figure(language, text, new):
    """The old figure of a change ("from 12% to 7.5%") is history, not the move's: only the new one is told."""
    assert [a.text for a in find_amounts(text, language=language)] == [new]
