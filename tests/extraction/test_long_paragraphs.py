"""One very long paragraph: the splitter decides each full stop from the words around it, never from the
whole paragraph before it, and gives the same sentences as on a short text."""

import time

from deals.extraction.clean import inside, merge_spans
from deals.extraction.sentences import split_sentences

UNIT = (
    "SoftBank Group Corp. agreed to invest $1.5 billion in Example Robotics Inc. on Monday, Mr. Son said. "
    "The U.S. unit of J. Smith & Co. will close the deal in Q3. Shares rose 3.5% in Tokyo! "
)


def test_abbreviations_initials_and_long_words_decide_a_full_stop_as_before():
    text = "Talks with Example Inc. continue. J. Smith left. A " + "x" * 100 + ". Then it closed."
    assert [s.text for s in split_sentences(text)] == [
        "Talks with Example Inc. continue.",
        "J. Smith left.",
        "A " + "x" * 100 + ".",
        "Then it closed.",
    ]
    # A long word ending in an abbreviation's letters is not that abbreviation.
    assert len(split_sentences("It went to Fabrikam" + "co" * 30 + ". The end.")) == 2


def test_a_long_paragraph_splits_like_its_parts():
    text = UNIT * 2000  # about 390,000 characters in one paragraph
    sentences = split_sentences(text)
    assert len(sentences) == 3 * 2000
    assert [s.text for s in sentences[:3]] == [s.text for s in split_sentences(UNIT)]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_splitting_grows_with_the_text_not_its_square():
    # Measured against the same work at one eighth of the size, so a slow or busy machine cancels out; the
    # splitter that rescanned the paragraph at every full stop took 80 times as long here.
    def seconds(repeats: int, tries: int) -> float:
        best = float("inf")
        for _ in range(tries):
            started = time.perf_counter()
            split_sentences(UNIT * repeats)
            best = min(best, time.perf_counter() - started)
        return best

    assert seconds(800, tries=4) < 20 * seconds(100, tries=5)


def test_excluded_spans_are_found_among_many():
    spans = merge_spans((i * 100, i * 100 + 50) for i in range(10_000))
    assert inside(spans, 500_010, 500_040)
    assert not inside(spans, 500_060, 500_090)
    assert inside(spans, 500_030, 500_060)  # two thirds inside
    assert not inside(spans, 500_040, 500_080)  # one quarter inside
