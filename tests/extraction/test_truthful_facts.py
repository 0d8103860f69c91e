"""What each move states beyond its kind, table by table across the eight languages: the object that changes
hands (goods, a plant, a unit, a stake, debt, a venture...), each counterparty's part, whose money each figure is,
and whether the date is stated or only the report's day. Sentences are written the way the press tells moves."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2025, 6, 11)


def one_move(language: str, text: str) -> dict:
    events = run(text, language=language, published=P)["events"]
    assert len(events) == 1, events
    return events[0]


# (language, sentence, object type)
OBJECTS = [
    ("en", "SoftBank Group agreed on Tuesday to buy 10,000 Nvidia GPUs for its new data centre in Osaka.", "goods"),
    ("en", "SoftBank Group said it would acquire Ampere Computing, the chip designer, for $6.5 billion.", "company"),
    ("en", "SoftBank will buy Foxconn's electric-vehicle plant in Ohio for $375 million.", "asset"),
    ("en", "SoftBank Group agreed to acquire ABB's robotics division for $5.4 billion.", "unit"),
    ("en", "SoftBank sold its remaining stake in T-Mobile US for $4.8 billion.", "stake"),
    ("en", "SoftBank Group raised $4.2 billion through a bond sale on Friday.", "debt"),
    ("fr", "SoftBank a racheté l'usine de Sharp à Sakai pour 100 milliards de yens.", "asset"),
    ("fr", "SoftBank Group va acquérir une participation de 10 % dans Mistral AI.", "stake"),
    ("fr", "SoftBank et OpenAI ont créé une coentreprise baptisée SB OpenAI Japan.", "venture"),
    ("es", "SoftBank compró una participación del 5 % en Mercado Libre por 300 millones de dólares.", "stake"),
    ("es", "SoftBank adquirirá la planta de Sharp en Sakai por 676 millones de dólares.", "asset"),
    ("es", "SoftBank obtuvo un préstamo puente de 15.000 millones de dólares de varios bancos.", "debt"),
    ("de", "Softbank kauft die Robotersparte von ABB für 5,4 Milliarden Dollar.", "unit"),
    ("de", "Softbank übernimmt den Chipdesigner Graphcore vollständig.", "company"),
    ("de", "Softbank verkauft Aktien der Deutschen Telekom im Wert von 4,8 Milliarden Dollar.", "stake"),
    ("ar", "استحوذت سوفت بنك على مصنع شارب في ساكاي مقابل 676 مليون دولار.", "asset"),
    ("ar", "اشترت سوفت بنك حصة في شركة OpenAI بقيمة 1.5 مليار دولار.", "stake"),
    ("ar", "حصلت سوفت بنك على قرض بقيمة 15 مليار دولار من بنوك عالمية.", "debt"),
    ("zh", "软银集团以1000亿日元收购夏普位于堺市的工厂。", "asset"),
    ("zh", "软银将向英伟达采购一万颗GPU芯片。", "goods"),
    ("zh", "软银集团宣布以65亿美元收购芯片设计公司Ampere。", "company"),
    ("ja", "ソフトバンクグループはシャープの堺工場を約1000億円で取得すると発表した。", "asset"),
    ("ja", "ソフトバンクグループは米エヌビディアからGPUを調達する。", "goods"),
    ("ja", "ソフトバンクグループは社債を発行し4000億円を調達した。", "debt"),
    ("ko", "소프트뱅크그룹은 샤프의 사카이 공장을 1000억 엔에 인수했다.", "asset"),
    ("ko", "소프트뱅크는 엔비디아로부터 GPU를 대량 구매하기로 했다.", "goods"),
    ("ko", "소프트뱅크그룹은 ABB의 로봇 사업부를 54억 달러에 인수한다.", "unit"),
]


@pytest.mark.parametrize(("language", "text", "object_type"), OBJECTS)
def test_the_object_is_what_changes_hands(language, text, object_type):
    event = one_move(language, text)
    assert event["object"]["type"] == object_type, event
    if object_type not in ("company",):
        assert event["object"]["text"] and event["object"]["text"] in text, event


# (language, sentence, the roles the sentence gives its counterparties)
ROLES = [
    # The company sold is the target, even a unit of the seller's own; the "to" of "agreed to" is no buyer's.
    (
        "en",
        "SoftBank Group agreed to sell Arm to Nvidia for up to $40 billion.",
        {"Nvidia": "buyer", "Arm Holdings": "target"},
    ),
    (
        "en",
        "SoftBank invested $2 billion in OpenAI alongside Microsoft.",
        {"OpenAI": "target", "Microsoft": "co_investor"},
    ),
    ("en", "SoftBank signed a partnership with Oracle to build data centres in Texas.", {"Oracle": "partner"}),
    ("en", "SoftBank Group borrowed $15 billion from Mizuho to fund the deal.", {"Mizuho Financial Group": "lender"}),
    ("fr", "SoftBank a cédé sa participation dans Uber à Morgan Stanley.", {"Uber": "target"}),
    (
        "fr",
        "SoftBank a investi 500 millions de dollars dans Mistral AI aux côtés de Nvidia.",
        {"Mistral AI": "target", "Nvidia": "co_investor"},
    ),
    ("fr", "SoftBank achète des puces à Nvidia pour son centre de données.", {"Nvidia": "seller"}),
    ("es", "SoftBank vendió su participación en Uber por 4.800 millones de dólares.", {"Uber": "target"}),
    (
        "es",
        "SoftBank invirtió 2.000 millones de dólares en OpenAI junto a Microsoft y Nvidia.",
        {"OpenAI": "target", "Microsoft": "co_investor", "Nvidia": "co_investor"},
    ),
    ("de", "Softbank verkauft seine Anteile an T-Mobile US an die Deutsche Telekom.", {"T-Mobile US": "target"}),
    ("de", "Softbank investiert gemeinsam mit Microsoft in OpenAI.", {"OpenAI": "target", "Microsoft": "co_investor"}),
    ("ar", "وقعت سوفت بنك شراكة مع أوراكل لبناء مراكز بيانات.", {"Oracle": "partner"}),
    ("ar", "باعت سوفت بنك حصتها في علي بابا.", {"Alibaba": "target"}),
    ("zh", "软银与OpenAI成立合资公司。", {"OpenAI": "partner"}),
    ("zh", "软银出售其所持阿里巴巴股份。", {"Alibaba": "target"}),
    ("ja", "ソフトバンクグループはアームをエヌビディアに売却すると発表した。", {"Nvidia": "buyer"}),
    ("ja", "ソフトバンクグループはオープンAIに出資する。", {"OpenAI": "target"}),
    ("ko", "소프트뱅크는 오픈AI와 합작법인을 설립했다.", {"OpenAI": "partner"}),
    ("ko", "소프트뱅크그룹은 엔비디아에 암을 매각하기로 했다.", {"Nvidia": "buyer"}),
]


@pytest.mark.parametrize(("language", "text", "roles"), ROLES)
def test_each_counterparty_plays_its_part(language, text, roles):
    event = one_move(language, text)
    assert {name: event["roles"].get(name) for name in roles} == roles, event


# (language, sentence, {amount role: figure}): value is the SoftBank side's own money
AMOUNTS = [
    ("en", "SoftBank will invest $30 billion in OpenAI's $40 billion funding round.", {"value": 30e9, "total": 40e9}),
    ("en", "SoftBank put $500 million into a $6.6 billion funding round for OpenAI.", {"value": 5e8, "total": 6.6e9}),
    ("en", "SoftBank agreed to buy Ampere for $6.5 billion, or $12 per share.", {"value": 6.5e9, "per_share": 12}),
    (
        "en",
        "SoftBank is in talks to invest $25 billion in OpenAI at a valuation of $300 billion.",
        {"value": 25e9, "valuation": 300e9},
    ),
    (
        "en",
        "SoftBank, OpenAI and Oracle unveiled Stargate, a joint venture that will invest $500 billion.",
        {"total": 500e9},
    ),
    (
        "fr",
        "SoftBank investira 30 milliards de dollars dans le tour de table de 40 milliards de dollars d'OpenAI.",
        {"value": 30e9, "total": 40e9},
    ),
    (
        "fr",
        "SoftBank va racheter Ampere pour 6,5 milliards de dollars, soit 12 dollars par action.",
        {"value": 6.5e9, "per_share": 12},
    ),
    ("es", "SoftBank invertirá 30.000 millones de dólares en la ronda de 40.000 millones de OpenAI.", {"value": 30e9}),
    (
        "de",
        "Softbank steigt mit 2 Milliarden Dollar bei OpenAI ein, die Finanzierungsrunde hat ein Volumen von 40 Milliarden Dollar.",
        {"value": 2e9},
    ),
    ("de", "Softbank übernimmt Ampere für 12 Dollar je Aktie.", {"per_share": 12}),
    ("ar", "ستستثمر سوفت بنك 30 مليار دولار في OpenAI بتقييم 300 مليار دولار.", {"value": 30e9, "valuation": 300e9}),
    ("ar", "أعلنت سوفت بنك وأوراكل وOpenAI عن مشروع مشترك بقيمة 500 مليار دولار.", {"total": 500e9}),
    ("zh", "软银将以每股12美元收购Ampere。", {"per_share": 12}),
    ("zh", "软银将向OpenAI投资300亿美元，OpenAI本轮融资400亿美元。", {"value": 30e9}),
    ("ja", "ソフトバンクグループはオープンAIに300億ドルを出資する。評価額は3000億ドル。", {"value": 30e9}),
    ("ko", "소프트뱅크는 오픈AI에 300억 달러를 투자한다.", {"value": 30e9}),
]


@pytest.mark.parametrize(("language", "text", "figures"), AMOUNTS)
def test_each_figure_is_told_whose_money_it_is(language, text, figures):
    event = one_move(language, text)
    by_role: dict[str, list[float]] = {}
    for amount in event["amounts"]:
        by_role.setdefault(amount["role"], []).append(float(amount["low"]))
    for role, figure in figures.items():
        assert any(abs(x - figure) <= 0.01 * figure for x in by_role.get(role, [])), (role, event["amounts"])
    assert (
        "value" in figures
        or "value" not in by_role
        or all(abs(x - f) <= 0.01 * f for x in by_role["value"] for f in [figures.get("value", x)])
    )


# (language, sentence, date basis)
BASIS = [
    ("en", "SoftBank Group said on Monday it would buy Graphcore.", "stated"),
    ("en", "SoftBank recently invested in Perplexity AI.", "publication"),
    ("en", "SoftBank, which bought Arm in 2016, is now a big investor in AI.", "stated"),
    ("en", "In March, SoftBank agreed to acquire Graphcore.", "stated"),
    ("fr", "SoftBank a investi dans Mistral AI en 2024.", "stated"),
    ("fr", "SoftBank a récemment pris une participation dans Mistral AI.", "publication"),
    ("es", "SoftBank compró una participación en Uber el año pasado.", "stated"),
    ("es", "SoftBank ha invertido en OpenAI.", "publication"),
    ("de", "Softbank hat im Mai in OpenAI investiert.", "stated"),
    ("de", "Softbank investiert in OpenAI.", "publication"),
    ("ar", "استثمرت سوفت بنك في OpenAI في ديسمبر.", "stated"),
    ("ar", "استثمرت سوفت بنك في OpenAI.", "publication"),
    ("zh", "软银去年7月收购了Graphcore。", "stated"),
    ("zh", "软银收购了Graphcore。", "publication"),
    ("ja", "ソフトバンクグループは3月にグラフコアを買収した。", "stated"),
    ("ko", "소프트뱅크그룹은 지난 3월 그래프코어를 인수했다.", "stated"),
]


@pytest.mark.parametrize(("language", "text", "basis"), BASIS)
def test_the_date_is_stated_or_only_the_reports_day(language, text, basis):
    event = one_move(language, text)
    assert event["date_basis"] == basis, event
    assert (event["date_text"] is None) == (basis == "publication"), event


# (language, sentence, the one counterparty a reader sees): places, outlets and news agencies are never parties
NOT_PARTIES = [
    (
        "fr",
        "SoftBank va investir 3 milliards de dollars dans OpenAI pour construire des centres aux États-Unis.",
        "OpenAI",
    ),
    ("en", "SoftBank will invest $3 billion in OpenAI, Bloomberg News reported on Tuesday.", "OpenAI"),
    ("en", "According to Reuters, SoftBank agreed to buy Graphcore.", "Graphcore"),
    ("ar", "وفقا لمصادر تحدثت مع بلومبرغ، تتفاوض سوفت بنك للاستثمار في OpenAI.", "OpenAI"),
    ("ja", "NHKによると、ソフトバンクグループはグラフコアを買収する。", "Graphcore"),
    ("de", "Wie das Handelsblatt berichtet, investiert Softbank in OpenAI.", "OpenAI"),
]


@pytest.mark.parametrize(("language", "text", "party"), NOT_PARTIES)
def test_places_and_outlets_are_not_parties(language, text, party):
    assert one_move(language, text)["counterparties"] == [party]


def test_a_move_told_twice_is_one_event_with_both_quotes():
    text = (
        "SoftBank to buy Sharp's Sakai plant for $676 million\n\n"
        "SoftBank Group said on Friday it would pay $676 million for the Sakai plant Sharp used to build LCD panels."
    )
    events = run(text, language="en", published=dt.date(2025, 3, 7))["events"]
    assert len(events) == 1, events
    event = events[0]
    assert len(event["quotes"]) == 2 and all(q in text for q in event["quotes"])
    assert event["object"]["type"] == "asset" and event["roles"] == {"Sharp": "seller"}
    assert [a["role"] for a in event["amounts"]] == ["value"]


def test_a_back_reference_naming_a_nationality_stands_for_the_company_of_that_country():
    text = (
        "SoftBank executives met OpenAI and Oracle in Tokyo. "
        "OpenAI and Oracle will build data centres in Texas. "
        "The Japanese group will invest $15 billion in OpenAI, people familiar with the matter said."
    )
    events = run(text, language="en", published=P)["events"]
    investments = [e for e in events if e["kind"] == "investment"]
    assert [(e["actor"], e["counterparties"]) for e in investments] == [("SoftBank Group", ["OpenAI"])], events


def test_without_a_nationality_the_back_reference_is_the_topic_named_before():
    text = "Oracle held talks with SoftBank in Tokyo. The company will invest $1 billion in Ampere Computing."
    events = run(text, language="en", published=P)["events"]
    assert all(e["actor"] != "SoftBank Group" for e in events), events


@pytest.mark.parametrize(
    ("language", "text", "kind", "object_type"),
    [
        ("en", "SoftBank bought a 51% stake in Supercell for $1.5 billion in 2013.", "acquisition", "company"),
        ("en", "SoftBank bought a 20% stake in Supercell for $1.5 billion in 2013.", "investment", "stake"),
        ("ja", "ソフトバンクは2013年、スーパーセルの株式51%を約15億ドルで買収した。", "acquisition", "company"),
        ("fr", "SoftBank a racheté 80 % des parts de Boston Dynamics.", "acquisition", "company"),
    ],
)
def test_more_than_half_of_the_shares_is_the_company(language, text, kind, object_type):
    # The contract's objects: control of a company is the company; shares short of it are a stake.
    event = one_move(language, text)
    assert (event["kind"], event["object"]["type"]) == (kind, object_type), event


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "SoftBank Group a annoncé jeudi son intention de vendre 5% de ses parts dans sa filiale SoftBank Corp.",
        ),
        ("en", "SoftBank Group plans to sell a 5% stake in its mobile unit SoftBank Corp."),
        ("de", "Softbank Group verkauft fünf Prozent der Anteile an der Mobilfunktochter Softbank Corp."),
    ],
)
def test_a_listed_unit_its_owner_sells_is_the_sales_target(language, text):
    # The unit is on the tracked side, yet what changes hands: a sale with no target would say nothing.
    event = one_move(language, text)
    assert (event["kind"], event["roles"]) == ("divestment", {"SoftBank Corp": "target"}), event
