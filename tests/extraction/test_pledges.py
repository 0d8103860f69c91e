"""A pledge to invest in a company ("pledged to invest $22.5 billion in OpenAI", "تعهدت ... بضخ ... في") buys
shares of that company: the object a reader sees is a stake and the company is its target, not a partner. A
pledge with nothing named to put the money into stays an investment plan (object other)."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, article): SoftBank pledges money into OpenAI
PLEDGES_INTO_A_COMPANY = [
    ("en", "SoftBank has pledged to invest $22.5 billion in OpenAI."),
    ("fr", "SoftBank s'est engagé à investir 22,5 milliards de dollars dans OpenAI."),
    ("es", "SoftBank se comprometió a invertir 22.500 millones de dólares en OpenAI."),
    ("ar", "تعهدت سوفت بنك بضخ 22.5 مليار دولار في OpenAI."),
    ("zh", "软银承诺向OpenAI投资225亿美元。"),
    ("ja", "ソフトバンクグループはオープンAIに225億ドルを出資することを約束した。"),
    ("ko", "소프트뱅크는 오픈AI에 225억 달러를 투자하기로 약속했다."),
    ("de", "Softbank hat zugesagt, 22,5 Milliarden Dollar in OpenAI zu investieren."),
]


@pytest.mark.parametrize(("language", "text"), PLEDGES_INTO_A_COMPANY)
def test_a_pledge_into_a_company_is_a_stake_in_its_target(language, text):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    event = events[0]
    assert event["object"]["type"] == "stake", (text, event)
    assert event["roles"] == {"OpenAI": "target"}, (text, event["roles"])


def test_a_plan_with_nothing_named_stays_other():
    event = run("SoftBank announced an annual $9 billion AI investment plan.", language="en")["events"][0]
    assert (event["kind"], event["object"]["type"]) == ("commitment", "other"), event
