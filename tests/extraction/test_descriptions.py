"""A company named in a description of the move's company ("..., a company whose chips run on Arm") is not a
party to the move; a company named in the move itself still is."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, sentence, the counterparty of the move, a company only named in a description of it)
DESCRIBED = [
    (
        "en",
        "SoftBank agreed to acquire chip designer Ampere Computing for $6.5 billion, a company whose processors "
        "are based on the Arm platform.",
        "Ampere Computing",
        "Arm Holdings",
    ),
    (
        "en",
        "SoftBank is in talks to invest $20 billion in OpenAI, people familiar with the matter said, which would "
        "make it one of the startup's largest backers alongside Microsoft.",
        "OpenAI",
        "Microsoft",
    ),
    (
        "fr",
        "SoftBank va racheter Ampere Computing pour 6,5 milliards de dollars, une société dont les puces reposent "
        "sur l'architecture d'Arm.",
        "Ampere Computing",
        "Arm Holdings",
    ),
    (
        "es",
        "SoftBank comprará Ampere Computing por 6.500 millones de dólares, una empresa que diseña chips con la "
        "tecnología de Arm.",
        "Ampere Computing",
        "Arm Holdings",
    ),
    (
        "de",
        "Softbank übernimmt Ampere Computing für 6,5 Milliarden Dollar, ein Unternehmen, das Chips auf Basis von "
        "Arm entwickelt.",
        "Ampere Computing",
        "Arm Holdings",
    ),
]


@pytest.mark.parametrize(("language", "text", "party", "described"), DESCRIBED)
def test_a_company_in_a_description_is_not_a_party(language, text, party, described):
    events = run(text, language=language)["events"]
    assert events, text
    move = events[0]
    assert party in move["counterparties"], move
    assert described not in move["counterparties"], move


# Without a description after the comma, both companies stay in the move.
NAMED = [
    (
        "en",
        "SoftBank will buy a stake in OpenAI, along with Microsoft.",
        {"OpenAI", "Microsoft"},
    ),
    (
        "en",
        "SoftBank and Oracle will form a joint venture with OpenAI, the companies said on Monday.",
        {"Oracle", "OpenAI"},
    ),
]


@pytest.mark.parametrize(("language", "text", "parties"), NAMED)
def test_companies_of_the_move_itself_stay(language, text, parties):
    move = run(text, language=language)["events"][0]
    assert parties <= set(move["counterparties"]), move
