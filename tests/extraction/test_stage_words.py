"""The stage a move has reached, from the words a reader would weigh: sources who told a news agency make a
report, and so does a newspaper's word ("日経新聞によると"); "has sold before" and "is investing in" are done;
"decided" is on the record; "striving to complete" is not complete yet."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import only, run

PUBLISHED = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("language", "text", "kind", "status"),
    [
        # sources who told a news agency: a report, whatever verb the move takes
        (
            "en",
            "SoftBank has signed a $9 billion margin loan with Mizuho Bank, three sources told Bloomberg.",
            "financing",
            "rumored",
        ),
        (
            "en",
            "SoftBank has agreed to invest $300 million in Wayve, a source told the Financial Times.",
            "investment",
            "rumored",
        ),
        # Korean "-ㄴ 적이 있다": it has done so before
        ("ko", "소프트뱅크는 우버 지분을 매각한 적이 있다.", "divestment", "completed"),
        # Korean "투자하고 있다": it is invested in the company
        ("ko", "소프트뱅크는 로봇 스타트업 스킬드AI에도 투자하고 있다.", "investment", "completed"),
        # Japanese "決めた / 決めていた": decided, on the record, not done
        ("ja", "ソフトバンクは2019年5月、ペイティーエムへの追加出資を決めていた。", "investment", "announced"),
        ("ja", "ソフトバンクは昨年、スーパーセルの株式を売却することを決めた。", "divestment", "announced"),
        # Chinese "努力完成 / 力争完成": striving to complete is no completion
        ("zh", "软银正努力完成对Paytm的15亿美元投资。", "investment", "announced"),
        ("zh", "软银力争完成对Arm的收购。", "acquisition", "announced"),
        # Japanese "によると": told on a newspaper's word, a report; on the companies' announcement, announced
        ("ja", "日経新聞によると、ソフトバンクはウーバーに10億ドルを出資する。", "investment", "rumored"),
        ("ja", "両社の発表によると、ソフトバンクはウーバーに10億ドルを出資する。", "investment", "announced"),
        # the completed forms these must not swallow
        ("zh", "软银已完成对Paytm的15亿美元投资。", "investment", "completed"),
        ("ko", "소프트뱅크는 우버 지분을 매각한 것으로 확인됐다.", "divestment", "completed"),
    ],
)
def test_the_stage_a_move_has_reached(language, text, kind, status):
    event = only(run(text, language=language, published=PUBLISHED), kind)
    assert event["status"] == status, event
