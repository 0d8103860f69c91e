"""A stock ticker written after a name ("ソフトバンクグループ9984.Tから", "騰訊控股(テンセント)0700.HKは", "Arm Holdings
(ARM.US)") belongs to the name: the particle after it reads as after the name, and its exchange code is no
company."""

from __future__ import annotations

import datetime as dt

from deals.extraction.pipeline import extract
from tests.extraction.helpers import gazetteer, run

P = dt.date(2016, 6, 15)


def test_a_seller_particle_after_a_ticker_makes_softbank_the_seller():
    text = "テンセント0700.HKは、スーパーセル株をソフトバンクグループ9984.Tから買収する方向で交渉している。"
    events = run(text, language="ja", published=P)["events"]
    assert [(e["kind"], e["actor"], sorted(e["counterparties"])) for e in events] == [
        ("divestment", "SoftBank Group", ["Supercell", "Tencent"])
    ], events


def test_an_exchange_code_is_no_company():
    result = extract(
        "騰訊控股(テンセント・ホールディングス)0700.HKは決算を発表した。",
        published=P,
        language="ja",
        gazetteer=gazetteer(),
    )
    names = [c.name for c in result.companies]
    assert "Tencent" in names and "HK" not in names, names


def test_a_ticker_in_brackets_stays_with_its_name():
    text = "SoftBank Group (9984.T) sold shares of Arm Holdings (ARM.US) on Monday."
    events = run(text, language="en", published=P)["events"]
    assert [(e["actor"], e["counterparties"]) for e in events] == [("SoftBank Group", ["Arm Holdings"])], events
