"""What a news outlet's report changes. The day it reported a move is not the day of the move: the text gives
none, and the move is dated by the article's publication ("reported on Monday", "10일 보도했다"); the companies'
own word on a day ("said on Monday", "18日、発表した") dates their announcement, and stays stated. A plan an
article has only from an outlet's report is rumored; the companies' own word keeps it announced, and a done
deal the report tells stays done."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from deals.extraction import news_reports
from deals.extraction.language import SUPPORTED
from deals.extraction.news_reports import ReportDataError, validate
from tests.extraction.helpers import only, run

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "SoftBank has sold its remaining stake in DoorDash, the Wall Street Journal reported on Monday."),
        ("fr", "SoftBank a cédé sa participation dans DoorDash, rapporte lundi le Wall Street Journal."),
        ("de", "Softbank hat seine Anteile an DoorDash verkauft, wie das Handelsblatt am Montag berichtete."),
        ("es", "SoftBank vendió su participación en DoorDash, según publicó el lunes el Wall Street Journal."),
        ("ar", "باعت سوفت بنك حصتها في أوبر، بحسب ما ذكرت صحيفة وول ستريت جورنال يوم الاثنين."),
        ("zh", "据华尔街日报周一报道，软银已出售其持有的DoorDash股份。"),
        ("ja", "ソフトバンクグループがドアダッシュ株を売却したと、ウォール・ストリート・ジャーナルが10日報じた。"),
        ("ko", "소프트뱅크가 도어대시 지분을 매각했다고 월스트리트저널이 10일 보도했다."),
    ],
)
def test_a_day_a_news_outlet_reported_the_move_does_not_date_it(language, text):
    event = only(run(text, language=language, published=PUBLISHED))
    assert (event["date"], event["date_basis"]) == ("2024-06-11", "publication"), event


@pytest.mark.parametrize(
    ("language", "text", "day"),
    [
        ("en", "SoftBank said on Monday it had sold its remaining stake in DoorDash.", "2024-06-10"),
        ("fr", "SoftBank a annoncé lundi avoir cédé sa participation dans DoorDash.", "2024-06-10"),
        ("de", "Softbank hat am Montag mitgeteilt, seine Anteile an DoorDash verkauft zu haben.", "2024-06-10"),
        ("ko", "소프트뱅크는 10일 도어대시 지분을 매각했다고 밝혔다.", "2024-06-10"),
        # a move on the day before its report keeps its own day
        ("en", "SoftBank sold its stake in DoorDash on Friday, Bloomberg reported on Monday.", "2024-06-07"),
    ],
)
def test_the_companies_own_word_or_the_move_s_own_day_stays_stated(language, text, day):
    event = only(run(text, language=language, published=PUBLISHED))
    assert (event["date"], event["date_basis"]) == (day, "stated"), event


LEAD = {
    "en": "The Wall Street Journal reported on Monday that SoftBank is preparing a new fund.\n\n",
    "fr": "Le Wall Street Journal rapporte que SoftBank prépare un nouveau fonds.\n\n",
    "de": "Wie das Handelsblatt berichtete, bereitet Softbank einen neuen Fonds vor.\n\n",
    "es": "Según publicó el Wall Street Journal, SoftBank prepara un nuevo fondo.\n\n",
    "ar": "ذكرت صحيفة وول ستريت جورنال أن سوفت بنك تعد صندوقا جديدا.\n\n",
    "zh": "据华尔街日报报道，软银正在筹备一只新基金。\n\n",
    "ja": "ソフトバンクグループが新たなファンドを準備していると日本経済新聞が報じた。\n\n",
    "ko": "소프트뱅크가 새 펀드를 준비하고 있다고 월스트리트저널이 보도했다.\n\n",
}


@pytest.mark.parametrize(
    ("language", "move", "status"),
    [
        # a plan told on an outlet's word
        ("en", "SoftBank will invest $500 million in Wayve.", "rumored"),
        ("fr", "SoftBank va investir 500 millions de dollars dans Wayve.", "rumored"),
        ("de", "Softbank wird 500 Millionen Dollar in Wayve investieren.", "rumored"),
        ("es", "SoftBank invertirá 500 millones de dólares en Wayve.", "rumored"),
        ("ar", "ستستثمر سوفت بنك 500 مليون دولار في أوبر.", "rumored"),
        ("zh", "软银将向Wayve投资5亿美元。", "rumored"),
        ("ja", "ソフトバンクはウーバーに5億ドルを出資する予定だ。", "rumored"),
        ("ko", "소프트뱅크는 우버에 5억 달러를 투자할 계획이다.", "rumored"),
        # the companies' own word puts it on the record
        ("en", "SoftBank announced it will invest $500 million in Wayve.", "announced"),
        ("zh", "软银宣布将向Wayve投资5亿美元。", "announced"),
        ("ko", "소프트뱅크는 우버에 5억 달러를 투자하기로 했다고 발표했다.", "announced"),
        # a done deal the report tells stays done
        ("en", "SoftBank has sold its remaining stake in Uber.", "completed"),
    ],
)
def test_a_plan_known_only_from_an_outlet_s_report_is_rumored(language, move, status):
    events = run(LEAD[language] + move, language=language, published=PUBLISHED)["events"]
    moves = [e for e in events if e["counterparties"]]
    assert len(moves) == 1 and moves[0]["status"] == status, events


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "SoftBank will invest $500 million in Wayve."),
        ("zh", "软银将向Wayve投资5亿美元。"),
        # the company's own account of its results is no outlet's report
        (
            "en",
            "SoftBank Group reported a net loss of 1 trillion yen for the quarter.\n\n"
            "SoftBank will invest $500 million in Wayve.",
        ),
        (
            "de",
            "Softbank meldete einen Quartalsverlust von 7 Milliarden Dollar.\n\n"
            "Softbank wird 500 Millionen Dollar in Wayve investieren.",
        ),
        # a reporter's byline is no outlet's report
        ("zh", "【記者王小明／台北報導】\n\n軟銀將向Wayve投資5億美元。"),
        # a day the companies announced, right after an outlet's "learned"
        ("zh", "36氪获悉，当地时间6月10日，软银集团宣布将向Wayve投资5亿美元。"),
    ],
)
def test_a_plan_the_article_tells_on_its_own_stays_announced(language, text):
    assert only(run(text, language=language, published=PUBLISHED))["status"] == "announced"


def test_an_outlet_named_before_its_report_makes_the_lead_a_report():
    text = "彭博社報導，軟銀正在籌備一隻新基金。\n\n軟銀將向Wayve投資5億美元。"
    events = run(text, language="zh", published=PUBLISHED)["events"]
    assert [e["status"] for e in events if e["counterparties"]] == ["rumored"], events


def test_every_supported_language_has_its_report_verbs_and_nothing_else_does():
    assert sorted(p.stem for p in news_reports.DATA_DIR.glob("*.json")) == sorted(SUPPORTED)
    for language in SUPPORTED:
        data = json.loads((news_reports.DATA_DIR / f"{language}.json").read_text(encoding="utf-8"))
        validate(data, language)
        assert data["language"] == language and data["report_verbs"] and data["own_words"]


def test_a_misspelt_key_of_the_report_verbs_fails_loudly():
    with pytest.raises(ReportDataError, match="unknown keys"):
        validate({"language": "en", "report_verb": ["reported"]}, "en")
