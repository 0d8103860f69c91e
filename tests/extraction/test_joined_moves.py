"""Two moves of the tracked side joined in one sentence ("agreed to sell X ... and sold part of Y", "清空所持X股份，
并出售了部分Y股票", "X에 투자한 데 이어 ... 추가로 투입했다") are two events, each with its own company. Table across
languages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2024, 9, 2)

# (language, sentence, the company of each move)
JOINED = [
    (
        "en",
        "In May, SoftBank agreed to buy a stake in Uber for $1 billion and sold part of its holding in DoorDash, "
        "raising $2 billion.",
        ["Uber", "DoorDash"],
    ),
    ("fr", "SoftBank a acquis une participation dans Uber et a cédé ses actions DoorDash.", ["Uber", "DoorDash"]),
    ("es", "SoftBank compró acciones de Uber y vendió su participación en DoorDash.", ["Uber", "DoorDash"]),
    ("de", "Softbank kaufte Aktien von Uber und verkaufte seine Beteiligung an DoorDash.", ["Uber", "DoorDash"]),
    ("zh", "软银今年已清空所持阿里巴巴股份，并出售了部分英伟达股票。", ["Alibaba", "Nvidia"]),
    # the second move names no company: it continues the first's, with its own sum
    (
        "ko",
        "소프트뱅크는 2019년 우버에 5억 달러를 투자한 데 이어 2020년 10억 달러를 추가로 투입했다.",
        ["Uber", "Uber"],
    ),
]


@pytest.mark.parametrize(("language", "text", "companies"), JOINED)
def test_two_joined_moves_are_two_events(language, text, companies):
    events = run(text, language=language, published=P)["events"]
    assert [e["counterparties"] for e in events] == [[c] for c in companies], events
