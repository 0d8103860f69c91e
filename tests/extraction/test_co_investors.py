"""SoftBank named among the investors of another company's round, table by table across the eight languages:
the move is SoftBank's investment in the company raising the round, the other investors named beside it are
not its counterparties, and a figure told for another investor is never SoftBank's money."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import tracked_moves

P = dt.date(2025, 9, 3)

# (language, article, the company raising the round, SoftBank's own figure or None, a co-investor named)
ROUNDS = [
    (
        "en",
        "Anthropic has raised $13 billion in a new funding round. Anthropic said the money would pay for computing "
        "power. New investors included Microsoft, which put in $2 billion, and SoftBank, which invested about "
        "$1 billion.",
        "Anthropic",
        "about $1 billion",
        "Microsoft",
    ),
    (
        "en",
        "Anthropic has raised $13 billion in a new funding round, its biggest so far. Anthropic will spend it on "
        "data centres. Other investors included SoftBank and Nvidia.",
        "Anthropic",
        None,
        "Nvidia",
    ),
    (
        "fr",
        "Anthropic a bouclé une levée de fonds de 13 milliards de dollars. Anthropic compte financer ses centres "
        "de données. Microsoft, Nvidia et SoftBank sont les autres investisseurs de cette opération.",
        "Anthropic",
        None,
        "Nvidia",
    ),
    (
        "fr",
        "Mistral AI a levé 1,7 milliard d'euros. Mistral AI compte recruter en Europe. Nvidia a apporté 200 "
        "millions d'euros, tandis que SoftBank a investi 300 millions d'euros.",
        "Mistral AI",
        "300 millions d'euros",
        "Nvidia",
    ),
    (
        "es",
        "Anthropic cerró una ronda de financiación de 13.000 millones de dólares. Anthropic usará el dinero para "
        "sus centros de datos. También participaron inversores como SoftBank Group y Nvidia.",
        "Anthropic",
        None,
        "Nvidia",
    ),
    (
        "es",
        "Anthropic recaudó 13.000 millones de dólares. Anthropic planea crecer en Europa. Un grupo que incluye a "
        "los inversores SoftBank y Microsoft pagó 2.000 millones de dólares por acciones de empleados.",
        "Anthropic",
        None,
        "Microsoft",
    ),
    (
        "es",
        "Anthropic recaudó 13.000 millones de dólares. Anthropic planea crecer en Europa. Es una ronda de serie C "
        "en la que también ha participado, además del Vision Fund, Microsoft.",
        "Anthropic",
        None,
        "Microsoft",
    ),
    (
        "de",
        "Anthropic hat in einer Finanzierungsrunde 13 Milliarden Dollar eingesammelt. Anthropic will damit "
        "Rechenzentren bauen. Zu den weiteren Investoren gehören Softbank und Nvidia.",
        "Anthropic",
        None,
        "Nvidia",
    ),
    (
        "de",
        "Anthropic sammelt 13 Milliarden Dollar ein. Anthropic will expandieren. Microsoft investiert 2 Milliarden "
        "Dollar, Softbank investiert 1 Milliarde Dollar.",
        "Anthropic",
        "1 Milliarde Dollar",
        "Microsoft",
    ),
    (
        "ar",
        "تسعى أنثروبيك إلى جمع 13 مليار دولار في جولة تمويل جديدة. وقالت أنثروبيك إن الأموال ستذهب إلى مراكز "
        "البيانات. وناقشت مايكروسوفت استثمار ملياري دولار، فيما أجرت مجموعة سوفت بنك محادثات لاستثمار مليار دولار.",
        "Anthropic",
        "مليار دولار",
        "Microsoft",
    ),
    (
        "zh",
        "Anthropic完成130亿美元新融资。Anthropic表示资金将用于数据中心。在这轮融资中，微软投资20亿美元，英伟达与软银各出资10亿美元。",
        "Anthropic",
        "10亿美元",
        "Nvidia",
    ),
    (
        "ja",
        "アンソロピックは130億ドルの資金調達を発表した。アンソロピックはデータセンターに投じる。"
        "この資金調達では、マイクロソフトが20億ドル、ソフトバンクグループが10億ドルを出資する。",
        "Anthropic",
        "10億ドル",
        "Microsoft",
    ),
    (
        "ko",
        "앤트로픽이 130억 달러 규모의 투자 유치에 나섰다. 앤트로픽은 데이터센터를 짓는다. "
        "마이크로소프트가 20억 달러, 소프트뱅크가 10억 달러를 투자하는 방안이 논의됐다.",
        "Anthropic",
        "10억 달러",
        "Microsoft",
    ),
]


softbank_moves = partial(tracked_moves, published=P)


@pytest.mark.parametrize(("language", "text", "company", "value", "beside"), ROUNDS)
def test_an_investor_among_others_invests_in_the_company_raising(language, text, company, value, beside):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    move = moves[0]
    assert move["kind"] == "investment", move
    assert move["counterparties"] == [company], move
    assert move["roles"] == {company: "target"}, move
    assert beside not in move["counterparties"], move
    values = [a["text"] for a in move["amounts"] if a["role"] == "value"]
    assert values == ([value] if value else []), move


# (language, sentence): a figure told for the company invested in (its valuation, its price per share) does not
# make that company an investor beside SoftBank
OWN_TARGETS = [
    ("en", "SoftBank to lead $40 billion OpenAI funding round at $300 billion valuation", "OpenAI"),
    (
        "fr",
        "SoftBank investira 2 milliards de dollars dans Intel, ce qui valorise Intel à 100 milliards de dollars.",
        "Intel",
    ),
    ("ar", 'أعلنت مجموعة "سوفت بنك" أنها ستستثمر ملياري دولار في "إنتل" بسعر 23 دولاراً للسهم.', "Intel"),
    ("zh", "软银集团宣布将以每股23美元的价格认购英特尔20亿美元普通股。", "Intel"),
]


@pytest.mark.parametrize(("language", "text", "company"), OWN_TARGETS)
def test_the_company_invested_in_stays_the_target(language, text, company):
    moves = softbank_moves(language, text)
    assert len(moves) == 1, moves
    assert moves[0]["counterparties"] == [company], moves[0]


def test_without_a_company_raising_no_move_is_invented():
    """Investors listed with no company that clearly raises the round: no target can be told, so no move."""
    text = "Microsoft, Nvidia et SoftBank sont les autres investisseurs."
    assert softbank_moves("fr", text) == []


# (language, the tracked side's stake, then a sentence naming only the round's other investors)
OTHERS_LISTED = [
    ("zh", "软银领投了字节跳动的新一轮融资。本轮融资的其他投资方包括KKR、泛大西洋投资集团等机构。"),
    (
        "en",
        "SoftBank led a new funding round in ByteDance. Other investors included KKR and General Atlantic, "
        "people familiar with the matter said.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OTHERS_LISTED)
def test_a_sentence_listing_only_the_other_investors_carries_no_move_of_softbank(language, text):
    moves = softbank_moves(language, text)
    assert all(not {"KKR", "General Atlantic"} & set(m["counterparties"]) for m in moves), moves
