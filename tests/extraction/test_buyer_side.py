"""A sale told in the passive, from the side of what was sold: "Boston Dynamics was sold to SoftBank" is
SoftBank's purchase of the company, in every language; and "the latter" stands for the last company named
before it, not for the subject of the sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2020, 12, 10)

# (language, article): the company was sold TO SoftBank, told with the company as the subject
SOLD_TO_SOFTBANK = [
    ("en", "In 2017, Boston Dynamics was sold to SoftBank."),
    ("fr", "En 2017, Boston Dynamics a été vendu à SoftBank."),
    ("de", "Im Jahr 2017 wurde Boston Dynamics an Softbank verkauft."),
    ("es", "En 2017, Boston Dynamics fue vendida a SoftBank."),
    ("ar", "في عام 2017، بيعت بوسطن ديناميكس إلى سوفت بنك."),
    ("zh", "2017年，波士顿动力被卖给软银。"),
    ("zh", "波士顿动力2017年又被卖给日本软银。"),
    ("ja", "ボストン・ダイナミクスは2017年にソフトバンクに売却された。"),
    ("ko", "보스턴 다이내믹스는 2017년 7월 소프트뱅크에 팔렸다."),
    ("ko", "보스턴 다이내믹스는 2017년 소프트뱅크에 매각됐다."),
]


@pytest.mark.parametrize("language,text", SOLD_TO_SOFTBANK)
def test_a_company_sold_to_softbank_is_softbanks_purchase(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [e["kind"] for e in events] == ["acquisition"], events
    assert events[0]["counterparties"] == ["Boston Dynamics"]
    assert events[0]["date"].startswith("2017")


# (language, article, company sold): the sale to SoftBank told in a later clause that names only SoftBank; the
# company sold is the sentence's subject, named in an earlier clause
SOLD_IN_A_LATER_CLAUSE = [
    (
        "en",
        "Fortress Investment Group was founded in 1998 and listed in New York in 2007, then sold to SoftBank in 2017.",
        "Fortress Investment Group",
    ),
    ("zh", "堡垒投资集团成立于1998年,2007年在纽约上市,2017年又被卖给软银。", "Fortress Investment Group"),
    ("zh", "ARM成立于1990年，总部位于剑桥，2016年被卖给软银。", "Arm Holdings"),
]


@pytest.mark.parametrize("language,text,company", SOLD_IN_A_LATER_CLAUSE)
def test_a_later_clause_selling_to_softbank_continues_the_subject(language, text, company):
    events = [e for e in run(text, language=language, published=P)["events"] if e["kind"] == "acquisition"]
    assert [(e["actor"], e["counterparties"]) for e in events] == [("SoftBank Group", [company])], events


# (language, article, buyer): SoftBank sells, the buyer told as the one it is sold to; the company file names
# Hyundai as Boston Dynamics' parent today, which it became only by this purchase
SOFTBANK_SELLS_TO = [
    ("zh", "2020年，软银把波士顿动力卖给现代汽车。", "Hyundai Motor Group"),
    ("ko", "소프트뱅크그룹이 보스턴 다이내믹스를 현대차에 팔았다.", "Hyundai Motor Group"),
    ("ko", "소프트뱅크그룹이 보스턴 다이내믹스를 현대차에 매각하는 방안을 논의 중이다.", "Hyundai Motor Group"),
    ("en", "SoftBank sold Boston Dynamics to Hyundai in 2020.", "Hyundai Motor Group"),
    ("ja", "ソフトバンクグループはボストン・ダイナミクスを現代自動車に売却した。", "Hyundai Motor Group"),
    ("en", "SoftBank sold Boston Dynamics to Toyota in 2020.", "Toyota Motor"),
]


@pytest.mark.parametrize("language,text,buyer", SOFTBANK_SELLS_TO)
def test_softbank_selling_to_another_stays_its_sale(language, text, buyer):
    events = run(text, language=language, published=P)["events"]
    assert [e["kind"] for e in events] == ["divestment"], events
    assert events[0]["roles"] == {"Boston Dynamics": "target", buyer: "buyer"}


# (language, article): "the latter" is Nvidia, the last company named, not SoftBank, the subject before it
LATTER = [
    ("en", "SoftBank held talks with Nvidia on Monday. The latter agreed to buy Graphcore for $100 million."),
    (
        "fr",
        "SoftBank a rencontré Nvidia lundi. Ce dernier a accepté de racheter Graphcore pour 100 millions de dollars.",
    ),
    ("de", "Softbank traf sich am Montag mit Nvidia. Letzterer übernimmt Graphcore für 100 Millionen Dollar."),
    ("es", "SoftBank se reunió con Nvidia el lunes. Este último acordó comprar Graphcore por 100 millones de dólares."),
    ("zh", "软银周一与英伟达举行了会谈。后者同意以1亿美元收购Graphcore。"),
    ("ja", "ソフトバンクグループは月曜日にエヌビディアと会談した。後者はグラフコアを1億ドルで買収することで合意した。"),
    ("ko", "소프트뱅크는 월요일 엔비디아와 회담했다. 후자는 그래프코어를 1억 달러에 인수하기로 했다."),
]


@pytest.mark.parametrize("language,text", LATTER)
def test_the_latter_is_the_last_company_named_before_it(language, text):
    events = run(text, language=language, published=P)["events"]
    assert events, text
    assert all(e["actor"] == "Nvidia" for e in events), events


# (language, article): SoftBank's sale told by the buyer, the subject of the buying word
BOUGHT_FROM_SOFTBANK = [
    ("en", "Hyundai will buy Boston Dynamics from SoftBank for $1.1 billion."),
    ("de", "Im Dezember übernimmt Hyundai Boston Dynamics von Softbank."),
    ("zh", "现代汽车从软银手中收购了波士顿动力，交易金额为11亿美元。"),
    ("ja", "現代自動車はソフトバンクグループからボストン・ダイナミクスを買収する。"),
    ("ar", "استحوذت هيونداي على بوسطن ديناميكس من سوفت بنك."),
]


@pytest.mark.parametrize("language,text", BOUGHT_FROM_SOFTBANK)
def test_the_one_buying_from_softbank_is_the_buyer(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [e["kind"] for e in events] == ["divestment"], events
    assert events[0]["roles"] == {"Boston Dynamics": "target", "Hyundai Motor Group": "buyer"}


# (language, article): a purchase by another company told in the passive, SoftBank named only in the next
# sentence: not SoftBank's purchase of the agent
ACQUIRED_BY_ANOTHER = [
    ("en", "Boston Dynamics was acquired by Google in 2013. SoftBank said on Monday it would sell its robots."),
    ("fr", "Boston Dynamics a été racheté par Google en 2013. SoftBank a annoncé lundi vouloir vendre ses robots."),
    ("es", "Boston Dynamics fue adquirida por Google en 2013. SoftBank anunció el lunes que venderá sus robots."),
    ("zh", "波士顿动力2013年被谷歌收购。软银周一表示将出售其机器人。"),
]


@pytest.mark.parametrize("language,text", ACQUIRED_BY_ANOTHER)
def test_a_purchase_by_another_in_the_passive_is_not_softbanks(language, text):
    events = run(text, language=language, published=P)["events"]
    assert not [e for e in events if e["kind"] == "acquisition"], events


# (language, article): SoftBank the agent of the passive: its own purchase
ACQUIRED_BY_SOFTBANK = [
    ("en", "Arm was acquired by SoftBank for $32 billion in 2016."),
    ("zh", "ARM于2016年被软银以320亿美元收购。"),
    ("fr", "Arm a été racheté par SoftBank pour 32 milliards de dollars en 2016."),
]


@pytest.mark.parametrize("language,text", ACQUIRED_BY_SOFTBANK)
def test_a_purchase_by_softbank_in_the_passive_is_its_own(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [(e["kind"], e["counterparties"]) for e in events] == [("acquisition", ["Arm Holdings"])]


# (language, article): another company buys the stake SoftBank holds: SoftBank's sale, the other the buyer
STAKE_HELD_BY_SOFTBANK = [
    ("en", "Tencent will buy SoftBank's stake in Supercell."),
    ("fr", "Tencent va racheter la participation détenue par SoftBank dans Supercell."),
    ("zh", "腾讯计划收购软银持有的Supercell股份。"),
    ("zh", "騰訊計劃收購軟銀持有的Supercell股份。"),
    ("zh", "腾讯正在与软银展开谈判，计划收购后者持有的Supercell的多数股份。"),
    ("ja", "テンセントはソフトバンクグループからスーパーセル株を買収する。"),
]


@pytest.mark.parametrize("language,text", STAKE_HELD_BY_SOFTBANK)
def test_buying_the_stake_softbank_holds_is_softbanks_sale(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [e["kind"] for e in events] == ["divestment"], events
    assert events[0]["roles"] == {"Tencent": "buyer", "Supercell": "target"}


# (language, article): another company in talks WITH SoftBank to buy a third: SoftBank's sale
TALKS_WITH_THE_OWNER = [
    ("en", "Hyundai is in talks with SoftBank to buy Boston Dynamics."),
    ("fr", "Hyundai était en pourparlers avec le géant japonais SoftBank pour un éventuel rachat de Boston Dynamics."),
    ("es", "Hyundai negocia con SoftBank la compra de Boston Dynamics."),
    ("de", "Hyundai verhandelt mit Softbank über die Übernahme von Boston Dynamics."),
]


@pytest.mark.parametrize("language,text", TALKS_WITH_THE_OWNER)
def test_buying_after_talks_with_softbank_is_softbanks_sale(language, text):
    events = run(text, language=language, published=P)["events"]
    assert [e["kind"] for e in events] == ["divestment"], events
    assert events[0]["roles"] == {"Hyundai Motor Group": "buyer", "Boston Dynamics": "target"}


def test_softbank_buying_with_a_partner_stays_its_purchase():
    events = run("SoftBank agreed with Toyota to acquire Boston Dynamics.", language="en", published=P)["events"]
    assert [e["kind"] for e in events] == ["acquisition"], events
