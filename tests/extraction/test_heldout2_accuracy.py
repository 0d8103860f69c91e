"""The extractor on the second held-out set (tests/data/heldout2): 24 articles in eight languages (one in
traditional Chinese), written and annotated before the extractor was run on them, with traps (share-price and
growth percentages, "from X to Y" changes, holdings in passing, reported/denied/cancelled moves, relative dates).

Figures reached: F1 0.84 (53/65 required, P 0.86), date 0.70, kind 0.77, status 0.92, parties 0.64, amount
0.89; since then F1 0.87 (56/65, P 0.87), date 0.75, kind 0.86, parties 0.73. Bounds sit a small margin below
the first figures: a change that makes the extractor generalise worse fails here.
"""

from __future__ import annotations

import pytest

from tests.data.score_set import SETS, score


@pytest.fixture(scope="module")
def scored():
    return score(SETS / "heldout2")


def test_second_heldout_set_stays_at_the_reached_accuracy(scored):
    total, _, _ = scored
    f = total.figures()
    report = f"{f} missed={total.missed} extra={total.extras}"
    assert f["required"] == 65, report
    assert f["found"] >= 51, report
    assert f["f1"] >= 0.80 and f["precision"] >= 0.82, report
    assert f["date"] >= 0.65 and f["kind"] >= 0.72 and f["status"] >= 0.86, report
    assert f["parties"] >= 0.58 and f["amount"] >= 0.84, report
    assert f["quotes"] == 1.0, report


def test_no_language_is_left_behind_on_the_second_set(scored):
    _, by_lang, _ = scored
    f1 = {lang: round(t.figures()["f1"], 2) for lang, t in by_lang.items()}
    assert min(f1.values()) >= 0.60, f1
