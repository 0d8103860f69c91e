"""A step still to come of a move the article already told ("once the purchase is done, it aims to start
operating the plant in 2026"), told without a figure of its own, is that move's next step, not another move."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2025, 11, 20)

# (language, text: a move, then a figure-less step of it dated after the report)
ROWS = [
    (
        "en",
        "SoftBank agreed to buy Sharp's Sakai plant for 100 billion yen. Once the purchase is done, SoftBank aims "
        "to complete the acquisition of the Sharp site in 2026.",
    ),
    (
        "fr",
        "SoftBank a acquis l'usine de Sharp à Sakai pour 100 milliards de yens. Une fois le rachat achevé, SoftBank "
        "prévoit de finaliser l'acquisition du site de Sharp en 2026.",
    ),
    (
        "ja",
        "ソフトバンクはシャープの堺工場を1000億円で取得すると発表した。ソフトバンクはシャープからの買い取り手続きを"
        "2026年中に終える。",
    ),
    (
        "ko",
        "소프트뱅크는 샤프의 사카이 공장을 1000억 엔에 인수한다고 밝혔다. 소프트뱅크는 2026년 중 샤프 공장 인수 절차를 "
        "마칠 계획이다.",
    ),
]


@pytest.mark.parametrize(("language", "text"), ROWS)
def test_a_later_step_of_a_known_move_is_no_new_move(language, text):
    events = run(text, language=language, published=P)["events"]
    sharp = [e for e in events if any("Sharp" in n for n in e["counterparties"])]
    assert len(sharp) == 1, events
    assert sharp[0]["date"] <= P.isoformat(), events
