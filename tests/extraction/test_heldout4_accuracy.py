"""The extractor on the fourth held-out set (tests/data/heldout4): 24 articles in eight languages (one in
traditional Chinese), written by someone who had read neither the extractor nor any other set, on moves the
other sets do not tell (Boston Dynamics, Fortress, Sprint, Vodafone Japan, Greensill, the Arm IPO, LatAm fund...).

Scores of the code as it stood: at the start of stop 9 (5d4808f) F1 0.59 (45/81 required, P 0.62); when the set
arrived, after the rules written on sets 1-3, F1 0.70 (56/81, P 0.72), before any rule was written for it; then
0.73 (58/81, P 0.73, date 0.91, kind 0.86, status 0.76, parties 0.72, amount 0.88) with the cased 'Arm' alias.
Bounds sit a small margin below.
"""

from __future__ import annotations

import pytest

from tests.data.score_set import SETS, score


@pytest.fixture(scope="module")
def scored():
    return score(SETS / "heldout4")


def test_fourth_heldout_set_stays_at_the_reached_accuracy(scored):
    total, _, _ = scored
    f = total.figures()
    report = f"{f} missed={total.missed} extra={total.extras}"
    assert f["required"] == 81, report
    assert f["found"] >= 55, report
    assert f["f1"] >= 0.69 and f["precision"] >= 0.69, report
    assert f["date"] >= 0.86 and f["kind"] >= 0.80 and f["status"] >= 0.70, report
    assert f["parties"] >= 0.66 and f["amount"] >= 0.82, report
    assert f["quotes"] == 1.0, report


def test_no_language_is_left_behind_on_the_fourth_set(scored):
    _, by_lang, _ = scored
    f1 = {lang: round(t.figures()["f1"], 2) for lang, t in by_lang.items()}
    assert min(f1.values()) >= 0.50, f1
