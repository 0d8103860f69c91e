"""Who plays which part when the words say it, across the languages: the one SoftBank buys from sells, the one it
sells to buys even when what is sold takes many words to name, a buyer telling SoftBank's sale buys, and an
outside investor putting money into SoftBank's own fund is neither the fund's target nor a partner."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import tracked_moves

P = dt.date(2018, 7, 2)


softbank_moves = partial(tracked_moves, published=P)


# (language, article, kind, expected roles): SoftBank buys shares of one company from another
BOUGHT_FROM = [
    (
        "en",
        "SoftBank agreed to buy a 10% stake in Coupang from Rakuten for $2 billion.",
        "investment",
        {"Coupang": "target", "Rakuten Group": "seller"},
    ),
    (
        "fr",
        "SoftBank a racheté une participation dans Coupang auprès de Rakuten pour 2 milliards de dollars.",
        "investment",
        {"Coupang": "target", "Rakuten Group": "seller"},
    ),
    (
        "ja",
        "ソフトバンクグループは楽天グループからクーパン株を取得した。",
        "investment",
        {"Coupang": "target", "Rakuten Group": "seller"},
    ),
    (
        "ko",
        "소프트뱅크는 네이버로부터 야놀자 지분을 매입하는 방안을 검토하고 있다.",
        "investment",
        {"Yanolja": "target", "Naver": "seller"},
    ),
]


@pytest.mark.parametrize(("language", "text", "kind", "roles"), BOUGHT_FROM)
def test_the_company_bought_from_is_the_seller(language, text, kind, roles):
    moves = softbank_moves(language, text)
    assert [(e["kind"], e["roles"]) for e in moves] == [(kind, roles)], moves


def test_from_alone_names_no_seller():
    # with one company named, "from" cannot leave a target: the company is where the money goes
    moves = softbank_moves("en", "SoftBank invested $2 billion in Coupang in 2018.")
    assert [e["roles"] for e in moves] == [{"Coupang": "target"}], moves


# (language, article, the buyer): SoftBank's sale, told by SoftBank or by the buyer
SOLD_TO = [
    (
        "en",
        "SoftBank agreed to sell its remaining stake in Singapore's Grab Holdings to Toyota Motor Corp.",
        "Toyota Motor",
    ),
    (
        "en",
        "SoftBank agreed on Monday to sell its entire stake in Indonesia's GoTo Group to Alibaba Group Holding.",
        "Alibaba",
    ),
    (
        "ja",
        "ソフトバンクグループが保有するスーパーセルの株式を、テンセントが86億ドルで買収することで合意した。",
        "Tencent",
    ),
    ("zh", "腾讯(Tencent)与软银宣布达成协议，腾讯将以86亿美元从软银收购Supercell。", "Tencent"),
]


@pytest.mark.parametrize(("language", "text", "buyer"), SOLD_TO)
def test_the_one_sold_to_is_the_buyer(language, text, buyer):
    moves = softbank_moves(language, text)
    assert [e["kind"] for e in moves] == ["divestment"], moves
    assert moves[0]["roles"][buyer] == "buyer", moves
    assert all(role == "target" for name, role in moves[0]["roles"].items() if name != buyer), moves


def test_an_investor_in_softbanks_fund_is_no_target():
    text = (
        "The two firms already knew each other, with Qualcomm investing $500 million in SoftBank's Vision Fund in 2017."
    )
    moves = softbank_moves("en", text)
    assert [(e["kind"], e["roles"], e["object"]["type"]) for e in moves] == [
        ("investment", {"Qualcomm": "other"}, "fund")
    ], moves


def test_softbank_investing_in_another_fund_keeps_its_target():
    # the fund named after the verb is not SoftBank's own: the company named is what the money goes into
    moves = softbank_moves("en", "SoftBank's Vision Fund invested $500 million in Coupang in 2017.")
    assert [e["roles"] for e in moves] == [{"Coupang": "target"}], moves


# (language, article): investors named first, then "with" SoftBank, then an investment in its fund
TALKS_ABOUT_ITS_FUND = [
    (
        "en",
        "Qualcomm is in talks with SoftBank Group about a $2 billion investment in its technology fund, people "
        "familiar with the matter said.",
    ),
    (
        "fr",
        "Qualcomm discute avec SoftBank d'un investissement de 2 milliards de dollars dans son fonds technologique.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TALKS_ABOUT_ITS_FUND)
def test_an_investor_in_talks_about_softbanks_fund_is_no_target(language, text):
    moves = softbank_moves(language, text)
    assert [(e["roles"], e["object"]["type"]) for e in moves] == [({"Qualcomm": "other"}, "fund")], moves


def test_softbanks_own_pending_investment_keeps_its_target():
    # "de SoftBank" names whose investment it is: the company before it is where the money goes
    text = "Coupang cambiará de estatuto, un paso necesario para desbloquear una inversión pendiente de SoftBank en sus fondos."
    moves = softbank_moves("es", text)
    assert [e["roles"] for e in moves] == [{"Coupang": "target"}], moves


def test_an_investor_after_from_sells_nothing():
    # the startup takes the money in: the names after "from" are its investors, whatever part they are given
    moves = softbank_moves("en", "Coupang won a $1 billion investment from Rakuten, alongside SoftBank.")
    assert [e["kind"] for e in moves] == ["investment"], moves
    assert moves[0]["roles"]["Rakuten Group"] != "seller", moves


# (language, article): a company bought and made a subsidiary is the company itself, not a unit bought from it
MADE_A_SUBSIDIARY = [
    ("ja", "ソフトバンクグループは2017年、ボストン・ダイナミクスを買収し、子会社化した。"),
    ("ja", "ソフトバンクグループは2017年、ボストン・ダイナミクスを11億ドルで買収し、100%子会社とした。"),
    ("ko", "소프트뱅크는 2017년 보스턴 다이내믹스를 인수해 100% 자회사로 편입했다."),
    ("ko", "소프트뱅크는 2017년 보스턴 다이내믹스를 인수해 자회사로 편입했다."),
]


@pytest.mark.parametrize(("language", "text"), MADE_A_SUBSIDIARY)
def test_a_company_made_a_subsidiary_is_the_target(language, text):
    moves = softbank_moves(language, text)
    assert [(e["kind"], e["object"]["type"], e["roles"]) for e in moves] == [
        ("acquisition", "company", {"Boston Dynamics": "target"})
    ], moves
