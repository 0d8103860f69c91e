from __future__ import annotations

import pytest

from tests.extraction.helpers import only, run


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Nvidia reported record sales on Wednesday. The company also agreed to buy a stake in Graphcore for $100 million.",
            "en",
        ),
        (
            "Nvidia a publié mercredi des ventes record. La société a aussi accepté de racheter Graphcore pour 100 millions de dollars.",
            "fr",
        ),
        (
            "أعلنت إنفيديا عن مبيعات قياسية يوم الأربعاء. ووافقت الشركة أيضا على الاستحواذ على Graphcore مقابل 100 مليون دولار.",
            "ar",
        ),
        (
            "エヌビディアは水曜日に過去最高の売上高を発表した。同社はグラフコアを1億ドルで買収することでも合意した。",
            "ja",
        ),
        ("英伟达周三公布了创纪录的销售额。该公司还同意以1亿美元收购Graphcore。", "zh"),
    ],
)
def test_back_reference_points_to_the_company_named_before(text, language):
    event = only(run(text, language=language))
    assert event["actor"] == "Nvidia"
    assert event["counterparties"] == ["Graphcore"]


def test_arabic_name_with_attached_prefix_and_quotes():
    text = "قال متحدث باسم “سوفت بانك” إن المجموعة ستستثمر 3 مليارات دولار في شركة أوبن إيه آي، وفقًا لـ“رويترز”."
    event = only(run(text, language="ar"))
    assert event["actor"] == "SoftBank Group"
    assert event["counterparties"] == ["OpenAI"]


def test_cjk_aliases_match_without_word_boundaries():
    event = only(run("软银愿景基金二期向字节跳动投资了5亿美元。", language="zh"))
    assert event["actor"] == "SoftBank Vision Fund 2"
    assert event["counterparties"] == ["ByteDance"]


def test_longest_alias_wins_and_units_named_after_the_group_are_the_actor():
    event = only(
        run(
            "SoftBank Vision Fund 2 led a $200 million funding round in Skild AI.",
            language="en",
        )
    )
    assert event["actor"] == "SoftBank Vision Fund 2"
    assert event["counterparties"] == ["Skild AI"]


def test_lower_case_ordinary_word_is_not_the_company():
    text = "SoftBank's robotics arm agreed to buy a sharp knife maker, Blade Holdings, for $40 million."
    event = only(run(text, language="en"))
    assert "Arm Holdings" not in event["counterparties"] and "Sharp" not in event["counterparties"]
    assert event["counterparties"] == ["Blade Holdings"]


def test_unknown_company_by_descriptor_and_latin_name_in_cjk_text():
    en = only(
        run(
            "SoftBank invested $50 million in a robotics startup called Tessera Dynamics.",
            language="en",
        )
    )
    assert en["counterparties"] == ["Tessera Dynamics"]
    ja = only(
        run(
            "ソフトバンクグループは米新興企業Tessera Dynamicsに5000万ドルを出資した。",
            language="ja",
        )
    )
    assert ja["counterparties"] == ["Tessera Dynamics"]


def test_sentence_initial_ordinary_word_is_not_a_company():
    data = run("Yesterday, SoftBank said it would invest $1 billion in OpenAI.", language="en")
    names = {n for e in data["events"] for n in [e["actor"], *e["counterparties"]]}
    assert names == {"SoftBank Group", "OpenAI"}
