"""Kinds and stages that depend on more than the verb: money spread over years is a commitment, a move
verb in its past form reported by "said"/"発表した"/"밝혔다" is completed, a Korean present or future form
("인수한다") is not a past one ("인수했다"), and the CJK verbs of the press (投じる, 助成, 경영 통합, 清仓)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import only, run

PUBLISHED = dt.date(2024, 4, 23)


@pytest.mark.parametrize(
    ("language", "text", "kind", "status"),
    [
        ("en", "SoftBank will invest $100 billion in the US over the next four years.", "commitment", "announced"),
        ("en", "SoftBank plans to invest $3 billion a year in OpenAI products.", "commitment", "announced"),
        (
            "en",
            "SoftBank invested $2 billion in Coupang in 2018, a year after its first round.",
            "investment",
            "completed",
        ),
        ("fr", "SoftBank investira 2 milliards d'euros par an dans les logiciels d'OpenAI.", "commitment", "announced"),
        ("zh", "软银集团计划在未来四年内在美国投资1000亿美元。", "commitment", "announced"),
        ("ja", "ソフトバンクは22日、計算基盤に2年間で約1500億円を投じると発表した。", "commitment", "announced"),
        ("ja", "SBGは米半導体大手エヌビディアの全株を売却したと明らかにした。", "divestment", "completed"),
        ("ja", "経済産業省は19日、ソフトバンクの計画に最大421億円を助成すると発表した。", "financing", "announced"),
        ("ko", "소프트뱅크그룹은 엔비디아 주식을 전량 처분했다고 밝혔다.", "divestment", "completed"),
        ("ko", "소프트뱅크그룹은 ABB 로봇 사업부를 54억 달러에 인수한다고 8일 발표했다.", "acquisition", "announced"),
        ("ko", "소프트뱅크와 네이버는 2019년 11월 경영 통합에 합의했다.", "joint_venture", "announced"),
        ("ko", "소프트뱅크는 미즈호은행 등에서 150억 달러 규모의 브리지론을 조달한다.", "financing", "announced"),
        ("zh", "软银将阿里巴巴持股比例从23.7%降至14.6%。", "divestment", "announced"),
        ("zh", "软银已将所持英伟达股份全部清仓，套现58亿美元。", "divestment", "completed"),
    ],
)
def test_kind_and_status_beyond_the_verb(language, text, kind, status):
    event = only(run(text, language=language, published=PUBLISHED))
    assert (event["kind"], event["status"]) == (kind, status), event


@pytest.mark.parametrize(
    ("language", "text", "counterparties"),
    [
        (
            "en",
            "SoftBank sold its entire stake in Nvidia for $5.8 billion to help fund its investment in OpenAI.",
            ["Nvidia"],
        ),
        (
            "es",
            "SoftBank vendió toda su participación en Nvidia por 5.800 millones de dólares para financiar OpenAI.",
            ["Nvidia"],
        ),
        (
            "de",
            "Softbank verkaufte T-Mobile-Aktien für 4,8 Milliarden Dollar, um Mittel für OpenAI zu beschaffen.",
            ["T-Mobile US"],
        ),
        ("ja", "SBGはエヌビディア株を58億ドルで売却し、オープンAIへの出資に充てる。", ["Nvidia"]),
    ],
)
def test_the_company_a_sale_pays_for_is_not_its_counterparty(language, text, counterparties):
    event = only(run(text, language=language, published=PUBLISHED), kind="divestment")
    assert event["counterparties"] == counterparties, event


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "As part of the deal", "im Rahmen", "の一環として" frame the whole sentence: not a purpose whose
        # reach may swallow the move's own cue and parties.
        ("en", "As part of the deal SoftBank will acquire Ampere Computing for $6.5 billion."),
        ("fr", "Dans le cadre de cet accord SoftBank rachètera Ampere Computing pour 6,5 milliards de dollars."),
        ("de", "Im Rahmen der Vereinbarung übernimmt Softbank Ampere Computing für 6,5 Milliarden Dollar."),
        ("ar", "وفي إطار الصفقة ستستحوذ سوفت بنك على شركة أمبير كمبيوتنغ مقابل 6.5 مليار دولار."),
        ("ja", "ソフトバンクはスターゲート計画の一環として、アンペア・コンピューティングを買収する。"),
    ],
)
def test_a_frame_of_the_whole_sentence_keeps_its_move(language, text):
    event = only(run(text, language=language, published=PUBLISHED), kind="acquisition")
    assert "Ampere Computing" in event["counterparties"], event


@pytest.mark.parametrize(
    ("language", "text", "counterparties"),
    [
        # "作为" alone is "as" ("as lead investor"), "ضمن" alone "among": neither names what the money is for.
        ("zh", "软银作为领投方向OpenAI投资了300亿美元。", ["OpenAI"]),
        ("ar", "استثمرت سوفت بنك ضمن تحالف من المستثمرين في شركة OpenAI.", ["OpenAI"]),
    ],
)
def test_as_or_among_alone_is_no_purpose(language, text, counterparties):
    event = only(run(text, language=language, published=PUBLISHED), kind="investment")
    assert event["counterparties"] == counterparties, event
