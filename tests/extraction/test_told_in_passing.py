"""What the Arabic, Chinese, Japanese and Korean press tells in passing beside SoftBank's moves, table by table:
another company's move marked "also" (も, 도), a running total of what SoftBank has put in so far, a fund or
investor named as a noun, a figure that is only a threshold or a subscription unit. None of these is a SoftBank
move. And two ways of telling a sale that must stay one: selling the stake SoftBank holds ("保有する…株を売却"),
and a buyer taking over a company that belongs to SoftBank ("التابعة لسوفت بنك")."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import run, tracked_moves

P = dt.date(2024, 10, 3)


softbank_moves = partial(tracked_moves, published=P)


# (language, article): SoftBank's move, then another company's told with "also" on its subject
OTHERS_ALSO = [
    (
        "ko",
        "소프트뱅크는 쿠팡에 5억 달러를 투자할 예정이다. 기존 주주인 구글(Google)도 3억 달러를 추가로 투자할 것으로 알려졌다.",
    ),
    ("ko", "소프트뱅크는 쿠팡에 5억 달러를 투자했다. 아마존도 쿠팡에 2억 달러를 투자했다."),
    ("ja", "ソフトバンクグループはグラブに5億ドルを出資する。トヨタ自動車も3億ドルを追加出資する見通しだ。"),
]


@pytest.mark.parametrize(("language", "text"), OTHERS_ALSO)
def test_another_company_marked_also_makes_its_own_move(language, text):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    assert moves[0]["amounts"][0]["low"] == 500_000_000, moves


def test_softbank_marked_also_keeps_its_move():
    moves = softbank_moves("ko", "아마존은 쿠팡에 2억 달러를 투자했다. 소프트뱅크도 쿠팡에 3억 달러를 투자했다.")
    assert [(e["kind"], e["counterparties"]) for e in moves] == [("investment", ["Coupang"])], moves


# (language, article, counterparty): SoftBank sells the stake it holds, told with the holding word before it
HELD_STAKE_SOLD = [
    ("ja", "ソフトバンクグループは、保有する米配車大手ウーバーの株式を一部売却すると発表した。", "Uber"),
    ("ja", "ソフトバンクグループが保有するTモバイルUS株を売却したことが分かった。", "T-Mobile US"),
    ("ko", "소프트뱅크는 보유한 쿠팡 지분 일부를 매각했다고 밝혔다.", "Coupang"),
]


@pytest.mark.parametrize(("language", "text", "counterparty"), HELD_STAKE_SOLD)
def test_selling_a_held_stake_is_a_sale_of_that_company(language, text, counterparty):
    moves = softbank_moves(language, text)
    assert [e["kind"] for e in moves] == ["divestment"], moves
    assert counterparty in moves[0]["counterparties"], moves


# a holding word still takes its company out of another company's deal
def test_a_holding_without_a_sale_names_no_party():
    text = "トヨタが、ソフトバンクグループの出資先であるグラブに10億ドルを出資した。"
    assert softbank_moves("ja", text) == []


# (article, counterparty): a buyer takes over a company said to belong to SoftBank: SoftBank sells it
OWNED_BY_SOFTBANK = [
    ("وافقت شركة أوبر على شراء الشركة التابعة لـ«سوفت بنك» مقابل 3 مليارات دولار.", "Uber"),
    ("اتفقت تويوتا على شراء شركة غراب المملوكة لسوفت بنك مقابل مليار دولار.", "Toyota Motor"),
]


@pytest.mark.parametrize(("text", "counterparty"), OWNED_BY_SOFTBANK)
def test_buying_what_belongs_to_softbank_is_its_sale(text, counterparty):
    moves = softbank_moves("ar", text)
    assert [e["kind"] for e in moves] == ["divestment"], moves
    assert counterparty in moves[0]["counterparties"], moves


# (language, article): what SoftBank has put in so far, told as a running total, is no move of its own
RUNNING_TOTALS = [
    ("zh", "此轮完成后，软银累计向字节跳动投资约90亿美元，持股比例升至22%。"),
    ("zh", "交易完成後，軟銀累計向Grab投資約50億美元。"),
    ("ja", "これでソフトバンクグループのグラブへの出資は累計で約50億ドルに達した。"),
    ("ko", "이로써 소프트뱅크의 쿠팡 누적 투자액은 30억 달러에 이른다."),
]


@pytest.mark.parametrize(("language", "text"), RUNNING_TOTALS)
def test_a_running_total_is_no_move(language, text):
    assert softbank_moves(language, text) == []


def test_a_move_then_its_running_total_keeps_the_move():
    moves = softbank_moves("zh", "软银本周向Grab投资20亿美元，累计投资已达50亿美元。")
    assert [(e["kind"], e["counterparties"]) for e in moves] == [("investment", ["Grab"])], moves
    assert 2_000_000_000 in [a["low"] for a in moves[0]["amounts"]], moves


# (language, article): a fund or an investor named as a noun, a threshold, a subscription unit
NO_MOVE_FIGURES = [
    ("ko", "소프트뱅크 비전펀드의 최대 출자자는 아부다비 국부펀드인 무바달라투자펀드다."),
    ("zh", "知情人士称，软银已放缓新的投资项目，任何超过1亿美元的交易都须由孙正义批准。"),
    ("ar", "وقالت مصادر إن صندوق سوفت بنك سيركز على الصفقات التي تزيد على 50 مليون دولار."),
    ("ja", "ソフトバンクグループの社債は申込単位が50万円以上で、個人投資家でも購入しやすい。"),
]


@pytest.mark.parametrize(("language", "text"), NO_MOVE_FIGURES)
def test_a_fund_noun_or_a_threshold_is_no_move(language, text):
    moves = softbank_moves(language, text)
    assert all(not e["amounts"] for e in moves), moves
    assert all(e["kind"] != "investment" or e["counterparties"] for e in moves), moves


# (language, article): a sale, then its terms ("under the agreement the buyer pays...") or what the buyer does
# after it: one move, the sale
SALE_THEN_ITS_TERMS = [
    ("zh", "沃尔玛同意以160亿美元从软银手中收购Flipkart股份。根据协议，沃尔玛将向软银集团支付40亿美元现金。"),
    ("zh", "沃尔玛同意以160亿美元从软银手中收购Flipkart股份。根據協議，沃爾瑪將分兩期付款。"),
    ("zh", "沃尔玛同意以160亿美元从软银手中收购Flipkart股份。在收购之后，沃尔玛还将向Flipkart员工发行5亿美元的股票。"),
    (
        "ja",
        "ウォルマートはソフトバンクからフリップカート株を40億ドルで取得する。"
        "買収後、ウォルマートはフリップカートの従業員に5億ドル分の株式を発行する。",
    ),
]


@pytest.mark.parametrize(("language", "text"), SALE_THEN_ITS_TERMS)
def test_a_sale_then_its_terms_is_one_sale(language, text):
    moves = softbank_moves(language, text)
    assert [(e["kind"], "Walmart" in e["counterparties"]) for e in moves] == [("divestment", True)], moves


# (language, article, kind, status): ways of telling a move that read as no move before
OTHER_WORDINGS = [
    ("ko", "소프트뱅크는 지난달 보유하던 그랩 지분 일부를 도요타에 5억 달러에 넘겼다.", "divestment", "completed"),
    ("ko", "소프트뱅크는 그랩 지분을 도요타에 넘기기로 했다.", "divestment", "announced"),
    ("ja", "ソフトバンクグループは3月、2号ファンドの最終クロージングを完了した。", "launch", "completed"),
    ("zh", "软银愿景基金二期已完成首次交割，规模约300亿美元。", "launch", "completed"),
]


@pytest.mark.parametrize(("language", "text", "kind", "status"), OTHER_WORDINGS)
def test_a_stake_handed_over_or_a_fund_closed_is_a_move(language, text, kind, status):
    moves = softbank_moves(language, text)
    assert [(e["kind"], e["status"]) for e in moves] == [(kind, status)], moves


# (language, article): committing to a company's growth, the gains of investments
# or a time reference ("ahead of the launch")
INVESTING_AS_A_NOUN = [
    (
        "ja",
        "ソフトバンクグループは、ウーバーの主要株主として、ウーバーの長期的な成長に引き続きコミットしていくと述べた。",
    ),
    ("ja", "ソフトバンクは、新ファンドの発足を前にエヌビディアの株式を買い集めていた。"),
    ("ar", "وحققت سوفت بنك أرباحا فصلية قوية مدعومة بمكاسب استثماراتها في أوبر."),
]


@pytest.mark.parametrize(("language", "text"), INVESTING_AS_A_NOUN)
def test_investing_named_as_a_noun_is_no_move(language, text):
    assert softbank_moves(language, text) == []


def test_the_day_news_became_known_is_no_day_of_the_move():
    text = "ソフトバンクグループが、保有するTモバイルUS株を追加で売却することが6日、分かった。"
    events = run(text, language="ja", published=dt.date(2024, 10, 7))["events"]
    moves = [e for e in events if (e["actor"] or "").startswith("SoftBank")]
    assert [(e["kind"], e["date"], e["date_basis"]) for e in moves] == [("divestment", "2024-10-07", "publication")], (
        moves
    )


def test_a_share_class_is_no_party():
    moves = softbank_moves("zh", "软银出售了3000万股(相当于375万股ADR)阿里巴巴股票。")
    assert [(e["kind"], e["counterparties"]) for e in moves] == [("divestment", ["Alibaba"])], moves


def test_a_sum_booked_in_the_results_is_no_price():
    moves = softbank_moves("zh", "软银本月出售阿里巴巴股票，并将在财报中计入约5000亿日元。")
    assert [(e["kind"], e["amounts"]) for e in moves] == [("divestment", [])], moves
