"""The extraction steps one at a time: which clauses a sentence is cut into, which kind and status a clause
states, who acts, which date a move takes, how sure the extraction is, and what a failing step leaves."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from deals.extraction import pipeline
from deals.extraction.clauses import split_clauses, trim
from deals.extraction.companies import find_mentions, resolve_backreferences
from deals.extraction.confidence import CONFIDENCE_WEIGHTS, MoveEvidence, retold, score
from deals.extraction.cues import Hit, load_cues
from deals.extraction.dates import DateFinder
from deals.extraction.events import ArticleContext
from deals.extraction.merging import merged_status
from deals.extraction.money import find_amounts
from deals.extraction.move_cues import scan_sentence
from deals.extraction.move_dates import move_date
from deals.extraction.move_parties import choose_actor
from deals.extraction.moves import choose_status, clause_kind, is_move
from deals.extraction.pipeline import gazetteer_index
from deals.extraction.sentences import split_sentences
from deals.extraction.steps import find_candidates
from deals.extraction.textindex import fold_text
from deals.extraction.ventures import find_ventures
from tests.extraction.helpers import gazetteer, run

PUBLISHED = dt.date(2025, 3, 7)


def article(text: str, published: dt.date = PUBLISHED) -> ArticleContext:
    """The article as the move steps read it, built with the public functions of the earlier steps."""
    cues, _ = load_cues("en")
    sentences = split_sentences(text)
    index = fold_text(text)
    mentions = find_mentions(text, index, sentences, cues, gazetteer_index(gazetteer()))
    mentions = resolve_backreferences(text, index, sentences, mentions, cues)
    amounts = [a for s in sentences for a in find_amounts(text, language="en", start=s.start, end=s.end)]
    finder = DateFinder(language="en", published=published)
    dates = {i: finder.find(text, start=s.start, end=s.end) for i, s in enumerate(sentences)}
    paragraphs = [0] * len(sentences)
    return ArticleContext(text, index, sentences, mentions, cues, amounts, dates, published, paragraphs)


def first_scan(ctx: ArticleContext):
    ctx.mentions.sort(key=lambda m: m.start)
    ctx.amounts.sort(key=lambda a: a.start)
    return scan_sentence(ctx, 0, [m.start for m in ctx.mentions], [a.start for a in ctx.amounts])


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        (
            "SoftBank bought Graphcore, and it will invest $1 billion in OpenAI.",
            ["SoftBank bought Graphcore", "and it will invest $1 billion in OpenAI."],
        ),
        (
            # a reporting verb and its complement are one clause: the move is what was said
            "SoftBank said on Monday that it had bought Graphcore for $600 million.",
            ["SoftBank said on Monday that it had bought Graphcore for $600 million."],
        ),
        (
            # a clause without a move cue joins the move before it
            "SoftBank sold its stake in T-Mobile, and the shares rose.",
            ["SoftBank sold its stake in T-Mobile, and the shares rose."],
        ),
    ],
)
def test_a_sentence_is_cut_into_one_clause_per_move(text, clauses):
    cues, _ = load_cues("en")
    sentence = split_sentences(text)[0]
    hits = cues.kinds.hits(fold_text(text), sentence.start, sentence.end)
    cut = [text[slice(*trim(text, s, e))] for s, e in split_clauses(text, sentence, cues, hits)]
    assert cut == clauses


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        ("SoftBank sold its stake in T-Mobile.", "divestment", "completed"),  # the verb, not "stake", decides
        ("SoftBank plans to acquire Ampere.", "acquisition", "announced"),
        ("SoftBank is reportedly in talks to acquire Ampere.", "acquisition", "rumored"),
        ("SoftBank called off its plan to buy Ampere.", "acquisition", "cancelled"),
        ("SoftBank and OpenAI formed a joint venture, SB OpenAI Japan.", "joint_venture", "completed"),
    ],
)
def test_the_kind_and_status_a_clause_states(text, kind, status):
    cues, _ = load_cues("en")
    index = fold_text(text)
    hits = cues.kinds.hits(index)
    chosen, primary = clause_kind(hits)
    assert (chosen, choose_status(primary, cues.statuses.hits(index), hits)) == (kind, status)


@pytest.mark.parametrize(
    ("hits", "kind"),
    [
        # a verb outranks a noun
        ([Hit("investment", 0, 5, weak=True), Hit("divestment", 10, 14)], "divestment"),
        # equal weight: the kind named first
        ([Hit("acquisition", 0, 5), Hit("investment", 10, 14)], "acquisition"),
        # founding a joint venture is the venture
        ([Hit("launch", 0, 5), Hit("joint_venture", 10, 24, weak=True)], "joint_venture"),
        # a pledge to a joint project is a commitment: the venture is its object
        ([Hit("commitment", 0, 5), Hit("joint_venture", 10, 24, words=2)], "commitment"),
    ],
)
def test_which_kind_wins(hits, kind):
    assert clause_kind(hits)[0] == kind


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("SoftBank bought Graphcore.", "SoftBank Group"),
        ("Graphcore was bought by SoftBank.", "SoftBank Group"),  # the tracked side acts, wherever it stands
        ("Nvidia bought Run:ai.", "Nvidia"),  # otherwise the company named before the cue
    ],
)
def test_who_makes_the_move(text, actor):
    ctx = article(text)
    scan = first_scan(ctx)
    _, primary = clause_kind(scan.kind_hits)
    assert choose_actor(scan.mentions, primary).name == actor


@pytest.mark.parametrize(
    ("text", "date", "stated"),
    [
        # the day it was told is not the day of the move
        ("SoftBank said on Tuesday it sold its stake in T-Mobile in October.", dt.date(2024, 10, 1), True),
        # a deadline is not the move's date
        ("SoftBank said in January it would invest $3 billion in OpenAI by 2027.", dt.date(2025, 1, 1), True),
        ("SoftBank bought Graphcore.", PUBLISHED, False),  # no date: the publication day
    ],
)
def test_which_date_a_move_takes(text, date, stated):
    ctx = article(text)
    scan = first_scan(ctx)
    _, primary = clause_kind(scan.kind_hits)
    chosen, explicit = move_date(ctx, scan, scan.clauses[0], primary)
    assert (chosen.date, explicit) == (date, stated)


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("SoftBank bought Graphcore, and it will invest $1 billion in OpenAI.", ["acquisition", "investment"]),
        # a holding mentioned in passing is no move
        ("SoftBank, which has investments in Alibaba and Uber, reported a profit.", []),
        # an executive's view in quotation marks is no move
        ('Son said: "We will invest in every great AI company we can find in the world."', []),
    ],
)
def test_which_clauses_state_a_move(text, moves):
    ctx = article(text)
    assert [c.kind for c in find_candidates(ctx, find_ventures(ctx))] == moves


@pytest.mark.parametrize(
    ("kind", "strong", "counterparty", "amount", "in_quote", "expected"),
    [
        ("acquisition", True, True, False, False, True),
        ("acquisition", True, False, False, False, False),  # an acquisition of nothing named
        ("launch", True, False, False, False, True),  # a launch needs no counterparty
        ("launch", False, False, False, False, False),  # a noun alone needs one, or an amount
        ("investment", True, True, False, True, False),  # a quotation states a move only with a figure
        ("investment", True, True, True, True, True),
    ],
)
def test_what_counts_as_a_move(kind, strong, counterparty, amount, in_quote, expected):
    assert is_move(kind, strong, has_counterparty=counterparty, has_amount=amount, in_quote=in_quote) is expected


@pytest.mark.parametrize(
    ("evidence", "confidence"),
    [
        (MoveEvidence(), 0.2),  # a noun cue and a name found by its shape only
        (MoveEvidence(strong_cue=True, actor_known=True, counterparty_known=True), 0.6),
        (MoveEvidence(strong_cue=True, actor_known=True, counterparty_named=True, amount=True), 0.65),
        (
            MoveEvidence(
                strong_cue=True,
                cue_repeated=True,
                actor_known=True,
                counterparty_known=True,
                amount=True,
                stated_date=True,
                status_word=True,
            ),
            1.0,
        ),
    ],
)
def test_confidence_adds_the_weights_of_the_evidence(evidence, confidence):
    assert score(evidence) == confidence


def test_each_retelling_raises_confidence_up_to_one():
    assert retold(0.6, 0.5) == pytest.approx(0.6 + CONFIDENCE_WEIGHTS["retold"])
    assert retold(1.0, 0.9) == 1.0


@pytest.mark.parametrize(
    ("statuses", "status"),
    [
        (["announced", "completed"], "completed"),  # "to buy" in the headline, "has completed" in the body
        (["announced", "cancelled"], "cancelled"),
        (["rumored", "rumored", "announced"], "rumored"),
        (["announced", "rumored"], "rumored"),  # a tie: a rumour outranks an announcement
    ],
)
def test_the_status_of_a_move_told_several_times(statuses, status):
    assert merged_status(Counter(statuses)) == status


@pytest.mark.parametrize(
    ("step", "warning"),
    [
        ("_amounts", "amount extraction failed: broken"),
        ("_dates_by_sentence", "date extraction failed: broken"),
        ("resolve_backreferences", "company matching failed: broken"),
    ],
)
def test_a_failing_step_adds_a_warning_and_the_others_still_run(monkeypatch, step, warning):
    def broken(*args, **kwargs):
        raise RuntimeError("broken")

    monkeypatch.setattr(pipeline, step, broken)
    data = run("SoftBank Group agreed to buy Graphcore for $600 million.", language="en")
    assert warning in data["warnings"]
    assert [(e["kind"], e["counterparties"]) for e in data["events"]] == [("acquisition", ["Graphcore"])]
