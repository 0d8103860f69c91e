"""What changes hands, told by the noun: buying a majority or controlling stake buys control of the company
(the contract's `company`), a funding round ("levée de fonds", "ronda de financiación", "B轮融资") is a stake in the
company raising it, never a fund. Table by table across the languages."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, article, the company bought)
BUYING_CONTROL = [
    ("en", "In 2014 SoftBank acquired a majority stake in Boston Dynamics for $1.26 billion.", "Boston Dynamics"),
    (
        "fr",
        "En 2014, SoftBank a acquis une participation majoritaire dans Boston Dynamics pour 1,26 milliard de dollars.",
        "Boston Dynamics",
    ),
    (
        "es",
        "En 2014, SoftBank adquirió una participación mayoritaria en Boston Dynamics por 1.260 millones de dólares.",
        "Boston Dynamics",
    ),
    (
        "de",
        "Im Jahr 2014 erwarb Softbank eine Mehrheitsbeteiligung an Boston Dynamics für 1,26 Milliarden Dollar.",
        "Boston Dynamics",
    ),
    ("ar", "استحوذت سوفت بنك على حصة الأغلبية في بوسطن ديناميكس مقابل 1.26 مليار دولار في 2014.", "Boston Dynamics"),
    ("zh", "2014年，软银以12.6亿美元收购了波士顿动力的多数股权。", "Boston Dynamics"),
    ("ja", "ソフトバンクは2014年、ボストン・ダイナミクスの過半数の株式を12億6000万ドルで取得した。", "Boston Dynamics"),
    ("ko", "소프트뱅크는 2014년 보스턴다이내믹스의 과반 지분을 12억6000만 달러에 인수했다.", "Boston Dynamics"),
]


@pytest.mark.parametrize(("language", "text", "company"), BUYING_CONTROL)
def test_buying_a_majority_stake_buys_the_company(language, text, company):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    event = events[0]
    assert (event["kind"], event["object"]["type"]) == ("acquisition", "company"), (text, event)
    assert event["roles"].get(company) == "target", (text, event["roles"])


# (language, article): SoftBank's money in a company's funding round
A_FUNDING_ROUND = [
    ("en", "Mistral AI closed a funding round of $600 million led by SoftBank."),
    ("fr", "Mistral AI a bouclé une levée de fonds de 600 millions de dollars auprès de SoftBank."),
    ("es", "SoftBank invirtió 600 millones de dólares en Mistral AI en una ronda de financiación."),
    ("de", "Softbank investierte 600 Millionen Dollar in Mistral AI im Rahmen einer Finanzierungsrunde."),
    ("zh", "软银领投了Mistral AI的6亿美元B轮融资。"),
]


@pytest.mark.parametrize(("language", "text"), A_FUNDING_ROUND)
def test_a_funding_round_is_a_stake_not_a_fund(language, text):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    assert events[0]["object"]["type"] == "stake", (text, events[0])


# (language, article): part of a holding or a number of shares sold is a stake, not the whole company
PART_OF_A_HOLDING = [
    ("en", "SoftBank sold part of its holding in Uber for $1 billion."),
    ("ja", "ソフトバンクグループはウーバー株の一部を10億ドルで売却した。"),
    ("ja", "ソフトバンクグループはウーバーの3000万株を10億ドルで売却した。"),
    ("zh", "软银出售了优步的3000万股，套现10亿美元。"),
    ("zh", "软银宣布减持阿里巴巴，套现100亿美元。"),
]


@pytest.mark.parametrize(("language", "text"), PART_OF_A_HOLDING)
def test_part_of_a_holding_sold_is_a_stake(language, text):
    events = run(text, language=language)["events"]
    assert len(events) == 1, (text, events)
    assert (events[0]["kind"], events[0]["object"]["type"]) == ("divestment", "stake"), (text, events[0])
