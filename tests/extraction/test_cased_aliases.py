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


def test_ola_capitalised_is_the_ride_hailing_company():
    text = "SoftBank Group invested $250 million in Ola, the Indian ride-hailing company, on Tuesday."
    assert only(run(text, language="en", published=dt.date(2017, 10, 5)))["counterparties"] == ["Ola Cabs"]


def test_ola_in_lower_case_is_a_wave():
    text = "SoftBank Group lideró una ronda de 100 millones de dólares en Wayve, en plena ola de inversiones en IA."
    event = only(run(text, language="es", published=dt.date(2024, 5, 7)))
    assert "Ola Cabs" not in event["counterparties"], event
