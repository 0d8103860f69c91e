"""A back-reference right after a move's verb ("SoftBank bought the company") is the company bought, named
before: never the buyer named just before the verb, since a company does not buy or invest in itself. Table
across languages."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2025, 6, 2)

# (language, the company named, then the tracked side's move on "the company", the company it stands for)
OBJECTS = [
    ("en", "Boston Dynamics makes walking robots. SoftBank bought the company in 2017.", "Boston Dynamics"),
    ("fr", "Boston Dynamics fabrique des robots. SoftBank a racheté la société en 2017.", "Boston Dynamics"),
    ("es", "Boston Dynamics fabrica robots. SoftBank compró la empresa en 2017.", "Boston Dynamics"),
    ("de", "Boston Dynamics baut Roboter. Softbank kaufte das Unternehmen im Jahr 2017.", "Boston Dynamics"),
    ("zh", "波士顿动力是一家机器人公司。软银于2017年收购了该公司。", "Boston Dynamics"),
]


@pytest.mark.parametrize(("language", "text", "company"), OBJECTS)
def test_the_company_after_the_verb_is_the_one_named_before(language, text, company):
    events = run(text, language=language, published=P)["events"]
    assert [e["counterparties"] for e in events] == [[company]], events


def test_the_company_in_a_clause_about_the_round_stays_the_company_that_raised_it():
    text = (
        "Perplexity AI closed a $250 million round that values the company at $3 billion. SoftBank's Vision Fund 2 "
        "invested $20 million in it."
    )
    events = run(text, language="en", published=P)["events"]
    assert all("SoftBank Group" not in e["counterparties"] for e in events), events
