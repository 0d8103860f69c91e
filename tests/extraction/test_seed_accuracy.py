"""The extractor on the five seed articles, scored with the evaluation's rules: detection F1 at least 0.95 and
TRUTH F1 (moves whose every stated fact is right: date, basis, kind, status, parties, object, roles, amounts)
at least 0.90."""

from __future__ import annotations

import datetime as dt
import json

from deals.extraction.pipeline import extract
from deals.extraction.serialize import result_to_eval
from tests.extraction.helpers import ROOT, gazetteer
from tests.scoring import Tally

GOLD = json.loads((ROOT / "tests" / "data" / "seed_gold.json").read_text(encoding="utf-8"))


def test_seed_articles_meet_the_accuracy_thresholds():
    metadata = json.loads((ROOT / "fixtures" / "articles.json").read_text(encoding="utf-8"))
    by_id = {a["id"]: a for a in metadata}
    tally = Tally()
    for gold in GOLD:
        article = by_id[gold["id"]]
        text = (ROOT / "fixtures" / article["file"]).read_text(encoding="utf-8")
        result = extract(
            text,
            published=dt.date.fromisoformat(article["published"]),
            language=article["language"],
            gazetteer=gazetteer(),
        )
        tally.score_article(gold["events"], result_to_eval(result)["events"], text)
    f = tally.figures()
    report = f"{f} missed={tally.missed} extra={tally.extras} untrue={tally.untrue}"
    assert f["found"] >= 16 and f["required"] == 17, report
    assert f["f1"] >= 0.95, report
    assert f["truth_f1"] >= 0.90, report
    assert f["date"] >= 0.90 and f["kind"] >= 0.85 and f["status"] >= 0.80, report
    assert f["parties"] >= 0.80 and f["amount"] >= 0.90, report
    assert f["quotes"] == 1.0, report
