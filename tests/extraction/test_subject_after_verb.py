"""Where the subject may follow the verb (Arabic, German), a company right after the move's verb makes the move:
the tracked side named in an earlier sentence is not carried into it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import run

P = dt.date(2024, 5, 20)

# (language, a SoftBank sentence, then another company's move with its subject after the verb)
OTHERS = [
    (
        "ar",
        "باعت سوفت بنك حصتها في أوبر الأسبوع الماضي. وبموجب اتفاق منفصل، ستستحوذ مبادلة كابيتال على 60% من أسهم "
        "شركة فورتريس.",
    ),
    (
        "de",
        "Softbank hat seine Anteile an Uber verkauft. Im vergangenen Jahr übernahm Toyota 60 Prozent an Fortress.",
    ),
]


@pytest.mark.parametrize(("language", "text"), OTHERS)
def test_a_subject_after_the_verb_is_not_replaced_by_softbank(language, text):
    events = run(text, language=language, published=P)["events"]
    side = [e for e in events if e["actor"].startswith("SoftBank")]
    assert all("Fortress Investment Group" not in e["counterparties"] for e in side), events


def test_the_tracked_side_right_after_the_move_noun_in_quotation_marks_makes_the_move():
    # Arabic news sets names in «»: "an agreement on «SoftBank»'s acquisition of these shares" is SoftBank's move,
    # though the sentence's subject ("the two companies") stands for Uber
    text = (
        "أعلنت «أوبر» نتائجها الفصلية يوم الخميس. وكانت الشركتان توصلتا في نوفمبر إلى اتفاق مبدئي على استحواذ "
        "«سوفت بنك» على هذه الأسهم."
    )
    events = run(text, language="ar", published=P)["events"]
    assert [(e["actor"], e["counterparties"]) for e in events] == [("SoftBank Group", ["Uber"])], events


# (language, a takeover by another company named after an article, with the tracked side in the sentence before)
TAKEN_OVER_BY_ANOTHER = [
    (
        "de",
        "Auch Anteile am Mobilfunker Softbank Corp könnten verkauft werden. Ebenso Anteile am US-Konzern Sprint, "
        "wenn die Übernahme durch die Deutsche Telekom abgeschlossen sei.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TAKEN_OVER_BY_ANOTHER)
def test_a_takeover_by_another_company_after_an_article_is_not_softbanks(language, text):
    events = run(text, language=language, published=P)["events"]
    assert not [e for e in events if e["actor"].startswith("SoftBank") and "Deutsche Telekom" in e["counterparties"]]
