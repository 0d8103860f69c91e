"""What each figure of a move is, told as the press tells it: a price per share prices only its own figure; a
company's value is its valuation while a deal's is the move's price; a stake's later worth, the sum a group
of companies shares, or a round's size told apart from the move's own money are no value of SoftBank's."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import tracked_moves

P = dt.date(2026, 2, 4)


softbank_moves = partial(tracked_moves, published=P)


def roles(language: str, text: str) -> dict[str, str]:
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    return {a["text"].strip(): a["role"] for a in moves[0]["amounts"]}


# (language, sentence of a sale at a price per share that raised a sum, the price, the sum)
PER_SHARE = [
    ("en", "SoftBank sold 95.5 million Arm shares at $51 a share, raising $4.87 billion.", "$51", "$4.87 billion"),
    (
        "ar",
        "وباعت سوفت بنك 95.5 مليون سهم في آرم بسعر 51 دولاراً للسهم، لتجمع 4.87 مليار دولار.",
        "51 دولارا",
        "4.87 مليار دولار",
    ),
    (
        "ko",
        "소프트뱅크는 ARM 주식 9550만주를 주당 51달러에 매각해 48억7000만 달러를 확보했다.",
        "51달러",
        "48억7000만 달러",
    ),
    (
        "ja",
        "ソフトバンクグループはアーム株9550万株を1株51ドルで売却し、48億7000万ドルを得た。",
        "51ドル",
        "48億7000万ドル",
    ),
    ("zh", "软银以每股51美元的价格出售了9550万股Arm股票，筹集48.7亿美元。", "51美元", "48.7亿美元"),
    (
        "fr",
        "SoftBank a vendu 95,5 millions d'actions Arm à 51 dollars par action, levant 4,87 milliards de dollars.",
        "51 dollars",
        "4,87 milliards de dollars",
    ),
]


@pytest.mark.parametrize(("language", "text", "price", "total"), PER_SHARE)
def test_a_price_per_share_prices_only_its_own_figure(language, text, price, total):
    got = roles(language, text)
    assert got.get(price) == "per_share", got
    assert got.get(total) == "value", got


# (language, sentence, the figure, its part): a deal's worth is the price; a company's, its valuation
PRICE_OR_VALUATION = [
    ("en", "SoftBank agreed to buy Graphcore in an all-cash deal valued at $600 million.", "$600 million", "value"),
    (
        "en",
        "SoftBank bought a 30% stake in Graphcore in a deal that valued the chipmaker at $2 billion.",
        "$2 billion",
        "valuation",
    ),
    (
        "es",
        "SoftBank comprará Graphcore en una operación valorada en 600 millones de dólares.",
        "600 millones de dólares",
        "value",
    ),
    (
        "fr",
        "SoftBank va racheter Graphcore dans une opération évaluée à 600 millions de dollars.",
        "600 millions de dollars",
        "value",
    ),
    (
        "ar",
        "اشترت سوفت بنك حصة 30% في غرافكور في صفقة قدّرت قيمة الشركة بنحو 2 مليار دولار.",
        "بنحو 2 مليار دولار",
        "valuation",
    ),
]


@pytest.mark.parametrize(("language", "text", "figure", "role"), PRICE_OR_VALUATION)
def test_a_deals_worth_is_its_price_a_companys_its_valuation(language, text, figure, role):
    got = roles(language, text)
    assert got.get(figure) == role, got


def test_a_figure_the_lead_names_a_valuation_is_no_value_in_the_headline():
    text = (
        "Mubadala to buy control of Fortress from SoftBank in $3 billion deal\n\n"
        "Mubadala Capital has agreed to buy a controlling stake in Fortress Investment Group from SoftBank Group in a "
        "deal valuing the asset manager at $3 billion, it said on Thursday."
    )
    moves = softbank_moves("en", text)
    assert len(moves) == 1, moves
    assert [(a["role"], a["text"]) for a in moves[0]["amounts"]] == [("valuation", "$3 billion")], moves


SCORED = {"value", "total", "valuation", "per_share"}

# (language, sentence, the move's own money or None, a later or earlier worth that is none of the move's figures)
WORTH = [
    (
        "en",
        "SoftBank invested $2 billion in Coupang in 2018, and its stake was worth more than $30 billion after the "
        "listing.",
        "$2 billion",
        "$30 billion",
    ),
    (
        "ko",
        "비전펀드1은 2018년 쿠팡에 20억 달러를 투자했으며, 상장 이후 보유 지분 가치는 한때 300억 달러를 넘어섰다.",
        "20억 달러",
        "300억 달러",
    ),
    (
        "es",
        "SoftBank completó la compra de Graphcore, el fabricante de chips que en su día llegó a valer 2.800 millones "
        "de dólares.",
        None,
        "2.800 millones de dólares",
    ),
    (
        "fr",
        "SoftBank a investi 2 milliards de dollars dans Coupang en 2018 ; sa participation valait plus de 30 "
        "milliards de dollars après la cotation.",
        "2 milliards de dollars",
        "30 milliards de dollars",
    ),
    (
        "de",
        "Softbank investierte 2018 zwei Milliarden Dollar in Coupang; der Anteil war zuletzt 30 Milliarden Dollar wert.",
        "zwei Milliarden Dollar",
        "30 Milliarden Dollar",
    ),
    (
        "ar",
        "استثمرت سوفت بنك ملياري دولار في كوبانغ عام 2018، وتجاوزت قيمة حصتها 30 مليار دولار بعد الإدراج.",
        "ملياري دولار",
        "30 مليار دولار",
    ),
    ("zh", "软银2018年向Coupang投资20亿美元，上市后其持股价值一度超过300亿美元。", "20亿美元", "300亿美元"),
    (
        "ja",
        "ソフトバンクグループは2018年にクーパンに20億ドルを出資し、上場後に保有株の価値は一時300億ドルを超えた。",
        "20億ドル",
        "300億ドル",
    ),
    # a sum a group of companies shares is no one company's money
    ("ja", "経済産業省はソフトバンクを含む4社に計500億円を助成すると発表した。", None, "500億円"),
]


def test_a_stake_bought_at_a_worth_is_the_moves_price():
    """ "a stake worth $4 billion" bought is what the move costs; only a holding's later worth is no figure of it."""
    assert roles("en", "SoftBank bought a stake worth about $4 billion in Nvidia in 2017.") == {
        "about $4 billion": "value"
    }


@pytest.mark.parametrize(("language", "text", "own", "worth"), WORTH)
def test_a_holdings_worth_or_a_groups_sum_is_not_the_moves_money(language, text, own, worth):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    shown = [a for a in moves[0]["amounts"] if a["role"] in SCORED]
    assert not [a for a in shown if worth in a["text"]], moves
    assert own is None or [a["role"] for a in shown if a["text"].strip() == own] == ["value"], moves


# (language, sentence, figure, part): what SoftBank's verb puts into a round is its own money; a round it
# leads or a company raises is the round's size
IN_A_ROUND = [
    ("zh", "软银在Mistral AI上月的融资中投资了5亿美元。", "5亿美元", "value"),
    (
        "ar",
        "وكانت سوفت بنك قد ضخت 500 مليون دولار في جولة تمويل لشركة ميسترال الشهر الماضي.",
        "500 مليون دولار",
        "value",
    ),
    ("en", "SoftBank invested $500 million in a funding round for Mistral AI last month.", "$500 million", "value"),
    (
        "es",
        "SoftBank invirtió 500 millones de dólares en una ronda de financiación de Mistral AI el mes pasado.",
        "500 millones de dólares",
        "value",
    ),
    ("ko", "소프트뱅크는 미스트랄AI의 투자 라운드에 5억 달러를 투자했다.", "5억 달러", "value"),
    ("en", "SoftBank led a $2 billion round in Mistral AI.", "$2 billion", "total"),
    ("en", "SoftBank to lead $2 billion Mistral AI funding round", "$2 billion", "total"),
    ("zh", "软银领投Mistral AI 20亿美元融资。", "20亿美元", "total"),
    ("zh", "Mistral AI宣布获得新一轮20亿美元融资，由软银领投。", "20亿美元", "total"),
    ("ar", "قادت سوفت بنك جولة تمويل بقيمة 2 مليار دولار في ميسترال.", "2 مليار دولار", "total"),
]


@pytest.mark.parametrize(("language", "text", "figure", "role"), IN_A_ROUND)
def test_money_put_into_a_round_is_the_movers_own(language, text, figure, role):
    got = roles(language, text)
    assert got.get(figure) == role, got


# (language, a purchase of an asset manager described by the assets it manages, the price, the assets)
MANAGED_ASSETS = [
    (
        "en",
        "SoftBank bought Fortress, which manages more than $40 billion in assets, for $3.3 billion in 2017.",
        "$3.3 billion",
        "$40 billion",
    ),
    (
        "fr",
        "SoftBank a racheté Fortress, qui gère plus de 40 milliards de dollars d'actifs, pour 3,3 milliards de "
        "dollars en 2017.",
        "3,3 milliards de dollars",
        "40 milliards de dollars",
    ),
    (
        "es",
        "SoftBank compró Fortress, que gestiona más de 40.000 millones de dólares en activos, por 3.300 millones de "
        "dólares en 2017.",
        "3.300 millones de dólares",
        "40.000 millones de dólares",
    ),
    (
        "de",
        "Softbank kaufte 2017 Fortress, ein Vermögen von mehr als 40 Milliarden Dollar verwaltet, für 3,3 Milliarden "
        "Dollar.",
        "3,3 Milliarden Dollar",
        "40 Milliarden Dollar",
    ),
    (
        "ar",
        "استحوذت سوفت بنك على فورتريس، التي تدير أصولاً بأكثر من 40 مليار دولار، مقابل 3.3 مليار دولار في 2017.",
        "3.3 مليار دولار",
        "40 مليار دولار",
    ),
    ("zh", "软银2017年以33亿美元收购了管理资产超过400亿美元的Fortress。", "33亿美元", "400亿美元"),
    (
        "ja",
        "ソフトバンクグループは2017年、運用資産400億ドル超の米フォートレス・インベストメント・グループを33億ドルで"
        "買収した。",
        "33億ドル",
        "400億ドル",
    ),
    (
        "ko",
        "소프트뱅크는 2017년 운용자산 400억 달러가 넘는 포트리스 인베스트먼트 그룹을 33억 달러에 인수했다.",
        "33억 달러",
        "400억 달러",
    ),
]


@pytest.mark.parametrize(("language", "text", "price", "assets"), MANAGED_ASSETS)
def test_the_assets_a_company_manages_are_not_its_price(language, text, price, assets):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    shown = [(a["role"], a["text"].strip()) for a in moves[0]["amounts"] if a["role"] in SCORED]
    assert ("value", price) in shown, moves
    assert not [t for _, t in shown if assets in t], moves


# (language, a sale, then the stake the seller still holds: no stake of this move)
STILL_HELD = [
    ("en", "SoftBank sold most of its stake in T-Mobile US and now holds 3% of the operator."),
    ("fr", "SoftBank a vendu l'essentiel de sa part dans T-Mobile US et détient encore 3 % de l'opérateur."),
    (
        "es",
        "SoftBank vendió parte de sus acciones de T-Mobile US y posee actualmente el 3% de las acciones del operador.",
    ),
    ("de", "Softbank verkaufte den Großteil seiner Anteile an T-Mobile US und hält noch 3 Prozent des Betreibers."),
    ("ar", "باعت سوفت بنك معظم أسهمها في تي موبايل الأمريكية، وتمتلك حالياً حصة تبلغ 3% في الشركة."),
    ("zh", "软银出售了所持T-Mobile US的大部分股份，目前持有该公司3%的股份。"),
]


@pytest.mark.parametrize(("language", "text"), STILL_HELD)
def test_the_stake_still_held_after_a_sale_is_not_the_stake_sold(language, text):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    assert not [a for a in moves[0]["amounts"] if a["role"] == "stake_percent"], moves


# (language, a sale to a company whose own holding is given in brackets after its name)
HELD_BY_THE_BUYER = [
    (
        "en",
        "SoftBank will sell T-Mobile US shares to Deutsche Telekom (43% of the capital), which will get call options.",
    ),
    (
        "fr",
        "SoftBank cédera des actions T-Mobile US à Deutsche Telekom (43% du capital actuellement), qui disposera "
        "d'options d'achat.",
    ),
    (
        "de",
        "Softbank verkauft T-Mobile-US-Aktien an die Deutsche Telekom (43 Prozent des Kapitals), die Kaufoptionen "
        "erhält.",
    ),
    (
        "es",
        "SoftBank venderá acciones de T-Mobile US a Deutsche Telekom (43% del capital), que tendrá opciones de compra.",
    ),
]


@pytest.mark.parametrize(("language", "text"), HELD_BY_THE_BUYER)
def test_another_companys_holding_in_brackets_is_no_stake_of_the_move(language, text):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    assert not [a for a in moves[0]["amounts"] if a["role"] == "stake_percent"], moves
