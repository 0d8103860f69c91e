"""Behaviour an editor sees: one event per move, in every supported language."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import only, run


@pytest.mark.parametrize(
    ("text", "language", "kind", "status", "counterparty"),
    [
        (
            "SoftBank Group is in talks to invest $2 billion in Skild AI, people familiar with the matter said.",
            "en",
            "investment",
            "rumored",
            "Skild AI",
        ),
        (
            "SoftBank a finalisé le rachat d'Ampere Computing pour 6,5 milliards de dollars.",
            "fr",
            "acquisition",
            "completed",
            "Ampere Computing",
        ),
        (
            "وقعت سوفت بانك اتفاقية شراكة مع أوراكل لبناء مراكز بيانات في اليابان.",
            "ar",
            "partnership",
            "announced",
            "Oracle",
        ),
        (
            "软银集团与甲骨文成立合资公司，共同在日本建设数据中心。",
            "zh",
            "joint_venture",
            "announced",
            "Oracle",
        ),
        (
            "ソフトバンクグループはみずほ銀行から5000億円を借り入れる計画を発表した。",
            "ja",
            "financing",
            "announced",
            "Mizuho Bank",
        ),
        (
            "소프트뱅크그룹이 알리바바 지분을 매각했다.",
            "ko",
            "divestment",
            "completed",
            "Alibaba",
        ),
        (
            "SoftBank hat die Übernahme von Graphcore abgeblasen und die Gespräche abgebrochen, der Kauf ist gescheitert.",
            "de",
            "acquisition",
            "cancelled",
            "Graphcore",
        ),
        (
            "SoftBank negocia invertir 500 millones de dólares en la empresa Wayve, según fuentes cercanas.",
            "es",
            "investment",
            "rumored",
            "Wayve",
        ),
    ],
)
def test_one_move_per_language(text, language, kind, status, counterparty):
    event = only(run(text, language=language))
    assert (event["kind"], event["status"]) == (kind, status)
    assert event["actor"] == "SoftBank Group"
    assert event["counterparties"] == [counterparty]
    assert event["quote"] in text


def test_holding_mentioned_in_passing_is_not_a_move():
    text = (
        "SoftBank, which has investments in Tencent, T-Mobile and Alibaba, said on Monday it would borrow "
        "$5 billion from Mizuho Bank."
    )
    event = only(run(text, language="en"))
    assert event["kind"] == "financing"
    assert event["counterparties"] == ["Mizuho Bank"]


def test_two_sentences_about_one_move_are_merged_with_both_quotes():
    text = (
        "SoftBank agreed on Monday to buy Ampere Computing for $6.5 billion. "
        "The $6.5 billion purchase of Ampere Computing was confirmed by SoftBank in a statement."
    )
    event = only(run(text, language="en", published=dt.date(2025, 3, 20)))
    assert event["kind"] == "acquisition" and event["date"] == "2025-03-17"
    assert len(event["quotes"]) == 2 and all(q in text for q in event["quotes"])


def test_two_moves_in_one_sentence_are_two_events():
    text = (
        "SoftBank invested $500 million in OpenAI last year, and in December the company announced plans "
        "to buy shares in Anthropic worth $1.5 billion."
    )
    data = run(text, language="en", published=dt.date(2025, 1, 30))
    assert sorted(c for e in data["events"] for c in e["counterparties"]) == [
        "Anthropic",
        "OpenAI",
    ]


def test_executive_opinion_in_quotation_marks_is_not_a_move():
    text = (
        'Masayoshi Son, the founder of SoftBank, said: "SoftBank is investing heavily in AI because it is the future."'
    )
    assert run(text, language="en")["events"] == []


def test_date_from_the_sentence_and_usd_fields_present():
    text = "In June, SoftBank Vision Fund 2 announced an investment of $250 million in Perplexity AI."
    event = only(run(text, language="en", published=dt.date(2024, 11, 14)))
    assert (event["date"], event["date_precision"]) == ("2024-06-01", "month")
    amount = event["amounts"][0]
    assert amount["low"] == 250_000_000 and amount["currency"] == "USD" and isinstance(amount["low"], int)


def test_confidence_grows_with_agreeing_signals():
    weak = only(run("SoftBank is considering an investment in Wayve.", language="en"))
    strong = only(run("SoftBank invested $1 billion in Wayve on March 3.", language="en"))
    assert 0 <= weak["confidence"] < strong["confidence"] <= 1
