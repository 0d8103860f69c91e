"""Whatever is pasted, extract() returns a result and says what went wrong instead of raising."""

from __future__ import annotations

import datetime as dt
import os

from deals.extraction.pipeline import extract
from tests.extraction.helpers import gazetteer

DAY = dt.date(2025, 1, 30)


def test_empty_text():
    result = extract("", published=DAY, gazetteer=gazetteer())
    assert result.events == () and result.warnings


def test_binary_bytes_decoded_as_text():
    text = os.urandom(20000).decode("latin-1") + "\x00\ufffd" * 50
    result = extract(text, published=DAY, gazetteer=gazetteer())
    assert isinstance(result.events, tuple)


def test_five_megabyte_article():
    paragraph = (
        "SoftBank agreed to buy Graphcore for $500 million on Monday, and analysts said the deal "
        "would help the company compete in AI chips. "
    ) * 10 + "\n"
    text = paragraph * (5_000_000 // len(paragraph) + 1)
    result = extract(text, published=DAY, gazetteer=gazetteer())
    assert len(text) > 5_000_000
    assert any("only the first" in w for w in result.warnings)
    assert result.events and all(text[q.start : q.end] == q.text for e in result.events for q in e.quotes)


def test_text_without_any_company():
    result = extract(
        "The weather in Tokyo was mild, and investors planned to buy umbrellas.",
        published=DAY,
        gazetteer=gazetteer(),
    )
    assert result.events == ()


def test_language_without_a_data_file():
    result = extract(
        "SoftBank investeert 2 miljard dollar in OpenAI, meldt het bedrijf.",
        published=DAY,
        language="nl",
        gazetteer=gazetteer(),
    )
    assert any("no cue data" in w for w in result.warnings)


def test_no_gazetteer_and_odd_arguments():
    result = extract(
        "SoftBank Group Corp agreed to buy Ampere Computing LLC for $6.5 billion.",
        published=DAY,
    )
    assert any("gazetteer" in w for w in result.warnings)
    assert result.events and result.events[0].kind == "acquisition"
