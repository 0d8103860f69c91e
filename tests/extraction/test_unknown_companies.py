"""A company missing from the gazetteer is still a party when the sentence introduces it the way the press
does: a descriptor noun before it, with the adjectives French and Spanish put after that noun, a German
compound ending in such a noun, or an appositive after it."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, run


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "SoftBank a pris une participation dans la start-up britannique Quantexa.", "Quantexa"),
        ("fr", "SoftBank investit 300 millions d'euros dans Pigment, la start-up française de logiciels.", "Pigment"),
        ("es", "SoftBank invertirá 500 millones de dólares en Clip, la plataforma mexicana de pagos.", "Clip"),
        ("es", "SoftBank lideró una ronda en la aplicación colombiana Truora.", "Truora"),
        ("de", "Der Vision Fund investiert 200 Millionen Euro in den Berliner Versandhändler Zalanda.", "Zalanda"),
        ("de", "Softbank beteiligt sich am Münchner Drohnenhersteller Quantum Systems.", "Quantum Systems"),
        ("en", "SoftBank led a $100 million round in the Brazilian delivery app Loggy.", "Loggy"),
    ],
)
def test_unknown_company_introduced_by_a_descriptor_is_the_counterparty(language, text, name):
    event = only(run(text, language=language))
    assert event["counterparties"] == [name], event


def test_a_german_noun_after_a_generic_noun_is_not_a_company():
    text = "SoftBank beteiligt sich mit 1,5 Milliarden Dollar an OpenAI, indem der Konzern Mitarbeitern Aktien abkauft."
    assert only(run(text, language="de"))["counterparties"] == ["OpenAI"]
