"""The extraction entry point: article text in any language -> the deal moves it reports.

    extract(text, published=date(2025, 1, 30), language="ar", gazetteer=gaz) -> ExtractionResult

Each step runs on its own guard: a failing step adds a warning and the steps after it work with what
there is. Offsets in the result always point into the `text` given.
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import NamedTuple

from . import clean as clean_mod
from .companies import GazetteerIndex, Mention, find_mentions, resolve_backreferences
from .cues import CueSet, boilerplate_markers, load_cues
from .events import ArticleContext
from .language import SUPPORTED, detect_language, normalize_code
from .sentences import split_sentences
from .steps import article_events
from .textindex import FoldedText, fold_text
from .types import (
    ExtractedAmount,
    ExtractedDate,
    ExtractedEvent,
    ExtractionResult,
    Gazetteer,
    Sentence,
)

log = logging.getLogger(__name__)

MAX_CHARS = 400_000  # about a hundred pages
_index_cache: OrderedDict[int, tuple[Gazetteer, GazetteerIndex]] = OrderedDict()
_index_lock = threading.Lock()


def gazetteer_index(gazetteer: Gazetteer | None) -> GazetteerIndex:
    """Compiling every alias takes a few milliseconds: keep the index of the last gazetteers used."""
    key = id(gazetteer)
    with _index_lock:
        cached = _index_cache.get(key)
        if cached is not None and cached[0] is gazetteer:
            _index_cache.move_to_end(key)
            return cached[1]
    index = GazetteerIndex(gazetteer)
    with _index_lock:
        _index_cache[key] = (gazetteer, index)
        while len(_index_cache) > 4:
            _index_cache.popitem(last=False)
    return index


def _money():
    from . import money

    return money


def _fx():
    from . import fx

    return fx


def _dates():
    from . import dates

    return dates


def _paragraph_numbers(text: str, sentences) -> list[int]:
    numbers, para, pos = [], 0, 0
    for s in sentences:
        para += text.count("\n", pos, s.start)
        pos = s.start
        numbers.append(para)
    return numbers


class _Guard:
    """Runs one step: an exception in it becomes a warning (`failure` with {exc} filled in) and the steps
    after it work with what there is; `failed` tells whether it did."""

    def __init__(self, warnings: list[str], failure: str, *, log_as: str | None = None):
        self.warnings, self.failure, self.log_as, self.failed = warnings, failure, log_as, False

    def __enter__(self) -> _Guard:
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc is None or not isinstance(exc, Exception):
            return False
        if self.log_as:
            log.exception(self.log_as, exc_info=exc)
        self.warnings.append(self.failure.format(exc=exc))
        self.failed = True
        return True


def extract(
    text: str,
    *,
    published: dt.date,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> ExtractionResult:
    warnings: list[str] = []
    text, published = _checked_input(text, published, warnings)
    if not text.strip():
        return ExtractionResult(language=normalize_code(language) or "und", warnings=("empty text",))
    text = _readable_part(text, warnings)
    lang = _language(text, language, warnings)
    with _Guard(warnings, "cue data could not be read ({exc}): no events") as step:
        cues, notes = load_cues(lang)
        warnings.extend(notes)
    if step.failed:
        return ExtractionResult(language=lang, warnings=tuple(warnings))
    excluded: list[tuple[int, int]] = []
    with _Guard(warnings, "boilerplate removal failed: {exc}"):
        excluded = clean_mod.find_boilerplate(text, **boilerplate_markers(lang))
    with _Guard(warnings, "sentence splitting failed: {exc}") as step:
        sentences = split_sentences(text, excluded=excluded)
    if step.failed:
        return ExtractionResult(language=lang, warnings=tuple(warnings), excluded=tuple(excluded))
    with _Guard(warnings, "text could not be prepared for matching: {exc}", log_as="text folding failed") as step:
        index = fold_text(text)
    if step.failed:
        return ExtractionResult(language=lang, warnings=tuple(warnings), excluded=tuple(excluded))
    article = _Read(text, published, lang, cues, excluded, sentences, index)
    return _read_moves(article, gazetteer, warnings)


class _Read(NamedTuple):
    """An article as far as the steps before the companies have read it."""

    text: str
    published: dt.date
    language: str
    cues: CueSet
    excluded: list[tuple[int, int]]
    sentences: list[Sentence]
    index: FoldedText


def _read_moves(a: _Read, gazetteer: Gazetteer | None, warnings: list[str]) -> ExtractionResult:
    mentions: list[Mention] = []
    with _Guard(warnings, "company matching failed: {exc}", log_as="company matching failed") as step:
        mentions = _named_companies(a, gazetteer, warnings)
    if not step.failed:
        with _Guard(warnings, "company matching failed: {exc}", log_as="company matching failed"):
            mentions = resolve_backreferences(a.text, a.index, a.sentences, mentions, a.cues)
    amounts: list[ExtractedAmount] = []
    with _Guard(warnings, "amount extraction failed: {exc}", log_as="amount extraction failed"):
        amounts.extend(_amounts(a))  # the sentences read before a failure keep their amounts
    dates: dict[int, list[ExtractedDate]] = {}
    with _Guard(warnings, "date extraction failed: {exc}", log_as="date extraction failed"):
        dates.update(_dates_by_sentence(a, amounts))
    events: list[ExtractedEvent] = []
    with _Guard(warnings, "event assembly failed: {exc}", log_as="event assembly failed"):
        paragraphs = _paragraph_numbers(a.text, a.sentences)
        ctx = ArticleContext(a.text, a.index, a.sentences, mentions, a.cues, amounts, dates, a.published, paragraphs)
        events.extend(article_events(ctx, warnings))
    return ExtractionResult(
        language=a.language,
        events=tuple(events),
        companies=tuple(m.ref() for m in mentions),
        warnings=tuple(dict.fromkeys(warnings)),
        excluded=tuple(a.excluded),
    )


def _checked_input(text, published, warnings: list[str]) -> tuple[str, dt.date]:
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        warnings.append("no valid publication date: today's date used")
        published = dt.date.today()
    return text, published


def _readable_part(text: str, warnings: list[str]) -> str:
    if len(text) <= MAX_CHARS:
        return text
    # No news article is this long: it is a paste gone wrong. Read the start, so offsets stay valid.
    cut = text.rfind("\n", 0, MAX_CHARS)
    cut = cut if cut > MAX_CHARS // 2 else MAX_CHARS
    warnings.append(f"text of {len(text):,} characters: only the first {cut:,} were read")
    return text[:cut]


def _language(text: str, language: str | None, warnings: list[str]) -> str:
    lang = normalize_code(language)
    if lang is not None:
        return lang
    try:
        lang, confidence = detect_language(text)
        if confidence < 0.5:
            warnings.append(f"language uncertain: guessed '{lang}' ({confidence:.2f})")
    except Exception as exc:  # noqa: BLE001
        lang = "en"
        warnings.append(f"language identification failed ({exc}): English assumed")
    return lang


def _named_companies(a: _Read, gazetteer: Gazetteer | None, warnings: list[str]) -> list[Mention]:
    """Companies named in the text (by the gazetteer or by their shape), outside boilerplate."""
    gaz = gazetteer_index(gazetteer)
    if gazetteer is None or not gazetteer.entries:
        warnings.append("no gazetteer: only companies recognisable by their shape are found")
    mentions = find_mentions(a.text, a.index, a.sentences, a.cues, gaz)
    return [m for m in mentions if not clean_mod.inside(a.excluded, m.start, m.end)]


def _amounts(a: _Read) -> Iterator[ExtractedAmount]:
    money = _money()
    yen = money.yen_currency_for(a.text, language=a.language)
    for s in a.sentences:
        yield from money.find_amounts(a.text, language=a.language, start=s.start, end=s.end, yen_currency=yen)


def _dates_by_sentence(a: _Read, amounts: list[ExtractedAmount]) -> Iterator[tuple[int, list[ExtractedDate]]]:
    """(sentence index, its dates); a figure is no date, and no move is dated more than 400 days ahead."""
    finder = _dates().DateFinder(language=a.language, published=a.published)
    spans = sorted((x.start, x.end) for x in amounts)
    starts = [sp[0] for sp in spans]
    for i, s in enumerate(a.sentences):
        local = spans[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
        found = finder.find(a.text, start=s.start, end=s.end, exclude=local)
        yield i, [d for d in found if d.start is not None and d.date <= a.published + dt.timedelta(days=400)]


def warm_up(languages=SUPPORTED) -> None:
    """Load cue data, the language model, the date parsers and the currency table before timing."""
    for lang in languages:
        try:
            load_cues(lang)
        except Exception:  # noqa: BLE001 - warming up is best effort; extract() reports real failures
            log.debug("no cue data for %s", lang)
    try:
        detect_language("warm up the language model")
    except Exception:
        log.debug("language model failed to load", exc_info=True)
    try:
        _dates().warm_up(list(languages))
    except Exception:
        log.debug("date parsers failed to warm up", exc_info=True)
    try:
        from decimal import Decimal

        from .types import ExtractedAmount as _A

        _fx().to_usd(
            _A("value", Decimal(1), Decimal(1), "EUR", "exact", "1 EUR", 0, 5),
            on=dt.date(2024, 1, 2),
        )
    except Exception:
        log.debug("currency table failed to load", exc_info=True)
