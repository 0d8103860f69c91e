"""A one-word alias that is also an ordinary word ("Arm", "Sharp") names the company only when capitalised."""

from __future__ import annotations

import datetime as dt

from tests.extraction.helpers import only, run


def test_arm_capitalised_is_the_company():
    text = "In August, SoftBank Group bought the 25% stake in Arm held by its Vision Fund for $16 billion."
    assert only(run(text, language="en", published=dt.date(2023, 9, 1)))["counterparties"] == ["Arm Holdings"]


def test_an_investment_arm_is_not_the_company():
    text = "SoftBank's investment arm agreed to buy a stake in Wayve for $1 billion."
    event = only(run(text, language="en", published=dt.date(2025, 6, 11)))
    assert "Arm Holdings" not in event["counterparties"], event
