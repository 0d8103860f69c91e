"""Money the tracked group puts into a fund of its own ("its second Vision Fund", "ビジョン・ファンドの第2弾") is a
commitment to that fund: the object a reader sees is the fund, not a stake in a company. A fund that invests in
a company stays the one acting, its object a stake."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, article): the group pledges money to its own fund
INTO_ITS_OWN_FUND = [
    ("en", "SoftBank Group will invest $40 billion in its second Vision Fund."),
    ("fr", "SoftBank Group va investir 40 milliards de dollars dans son second Vision Fund."),
    ("es", "SoftBank Group invertirá 40.000 millones de dólares en su segundo Vision Fund."),
    ("de", "Softbank wird 40 Milliarden Dollar in seinen zweiten Vision Fund investieren."),
    ("zh", "软银集团将向第二期愿景基金投资400亿美元。"),
    ("ja", "ソフトバンクグループは、ビジョン・ファンドの第2弾に400億ドルを出資する。"),
    ("ko", "소프트뱅크그룹은 2호 비전펀드에 400억 달러를 출자한다."),
]


@pytest.mark.parametrize(("language", "text"), INTO_ITS_OWN_FUND)
def test_money_into_its_own_fund_is_a_commitment_to_the_fund(language, text):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    event = events[0]
    assert (event["kind"], event["object"]["type"]) == ("commitment", "fund"), (text, event)
    assert event["counterparties"] == [], (text, event)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "SoftBank Vision Fund invested $300 million in Grab."),
        ("ja", "ソフトバンク・ビジョン・ファンドはグラブに3億ドルを出資した。"),
        # the fund noun carries the subject particle: it makes the move
        ("ja", "ソフトバンクグループのファンドがグラブに3億ドルを出資した。"),
        ("ko", "소프트뱅크 그룹의 펀드가 그랩에 3억 달러를 투자했다."),
    ],
)
def test_a_fund_investing_in_a_company_takes_a_stake(language, text):
    event = run(text, language=language)["events"][0]
    assert (event["kind"], event["object"]["type"]) == ("investment", "stake"), (text, event)
