"""The day a news outlet reported a move is not the day of the move: the text gives none, and the move is
dated by the article's publication ("reported on Monday", "10일 보도했다"). The companies' own word on a
day ("said on Monday", "18日、発表した") dates their announcement, and stays stated."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from deals.extraction import report_days
from deals.extraction.language import SUPPORTED
from deals.extraction.report_days import ReportDataError, validate
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


def test_every_supported_language_has_its_report_verbs_and_nothing_else_does():
    assert sorted(p.stem for p in report_days.DATA_DIR.glob("*.json")) == sorted(SUPPORTED)
    for language in SUPPORTED:
        data = json.loads((report_days.DATA_DIR / f"{language}.json").read_text(encoding="utf-8"))
        validate(data, language)
        assert data["language"] == language and data["report_verbs"]


def test_a_misspelt_key_of_the_report_verbs_fails_loudly():
    with pytest.raises(ReportDataError, match="unknown keys"):
        validate({"language": "en", "report_verb": ["reported"]}, "en")
