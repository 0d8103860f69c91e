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

from . import clean as clean_mod
from .companies import GazetteerIndex, Mention, find_mentions, resolve_backreferences
from .cues import boilerplate_markers, load_cues
from .events import (
    ArticleContext,
    build_candidates,
    find_ventures,
    inherit_dates,
    merge_candidates,
    refine_roles,
    with_usd,
)
from .facts import state_facts
from .language import SUPPORTED, detect_language, normalize_code
from .sentences import split_sentences
from .textindex import fold_text
from .types import (
    ExtractedAmount,
    ExtractedDate,
    ExtractedEvent,
    ExtractionResult,
    Gazetteer,
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


def extract(
    text: str,
    *,
    published: dt.date,
    language: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> ExtractionResult:
    warnings: list[str] = []
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        warnings.append("no valid publication date: today's date used")
        published = dt.date.today()
    if not text.strip():
        return ExtractionResult(language=normalize_code(language) or "und", warnings=("empty text",))

    if len(text) > MAX_CHARS:
        # No news article is this long: it is a paste gone wrong. Read the start, so offsets stay valid.
        cut = text.rfind("\n", 0, MAX_CHARS)
        cut = cut if cut > MAX_CHARS // 2 else MAX_CHARS
        warnings.append(f"text of {len(text):,} characters: only the first {cut:,} were read")
        text = text[:cut]
    lang = normalize_code(language)
    if lang is None:
        try:
            lang, confidence = detect_language(text)
            if confidence < 0.5:
                warnings.append(f"language uncertain: guessed '{lang}' ({confidence:.2f})")
        except Exception as exc:  # noqa: BLE001
            lang = "en"
            warnings.append(f"language identification failed ({exc}): English assumed")

    try:
        cues, notes = load_cues(lang)
        warnings.extend(notes)
    except Exception as exc:  # noqa: BLE001
        warnings.append(f"cue data could not be read ({exc}): no events")
        return ExtractionResult(language=lang, warnings=tuple(warnings))

    excluded: list[tuple[int, int]] = []
    try:
        excluded = clean_mod.find_boilerplate(text, **boilerplate_markers(lang))
    except Exception as exc:  # noqa: BLE001
        warnings.append(f"boilerplate removal failed: {exc}")

    try:
        sentences = split_sentences(text, excluded=excluded)
    except Exception as exc:  # noqa: BLE001
        warnings.append(f"sentence splitting failed: {exc}")
        return ExtractionResult(language=lang, warnings=tuple(warnings), excluded=tuple(excluded))

    try:
        index = fold_text(text)
    except Exception as exc:
        log.exception("text folding failed")
        warnings.append(f"text could not be prepared for matching: {exc}")
        return ExtractionResult(language=lang, warnings=tuple(warnings), excluded=tuple(excluded))
    mentions: list[Mention] = []
    try:
        gaz = gazetteer_index(gazetteer)
        if gazetteer is None or not gazetteer.entries:
            warnings.append("no gazetteer: only companies recognisable by their shape are found")
        mentions = find_mentions(text, index, sentences, cues, gaz)
        mentions = [m for m in mentions if not clean_mod.inside(excluded, m.start, m.end)]
        mentions = resolve_backreferences(text, index, sentences, mentions, cues)
    except Exception as exc:
        log.exception("company matching failed")
        warnings.append(f"company matching failed: {exc}")

    amounts: list[ExtractedAmount] = []
    try:
        money = _money()
        yen = money.yen_currency_for(text, language=lang)
        for s in sentences:
            amounts.extend(money.find_amounts(text, language=lang, start=s.start, end=s.end, yen_currency=yen))
    except Exception as exc:
        log.exception("amount extraction failed")
        warnings.append(f"amount extraction failed: {exc}")

    dates: dict[int, list[ExtractedDate]] = {}
    try:
        finder = _dates().DateFinder(language=lang, published=published)
        spans = sorted((a.start, a.end) for a in amounts)
        starts = [sp[0] for sp in spans]
        for i, s in enumerate(sentences):
            local = spans[bisect.bisect_left(starts, s.start) : bisect.bisect_left(starts, s.end)]
            found = finder.find(text, start=s.start, end=s.end, exclude=local)
            dates[i] = [d for d in found if d.start is not None and d.date <= published + dt.timedelta(days=400)]
    except Exception as exc:
        log.exception("date extraction failed")
        warnings.append(f"date extraction failed: {exc}")

    events: list[ExtractedEvent] = []
    try:
        ctx = ArticleContext(
            text,
            index,
            sentences,
            mentions,
            cues,
            amounts,
            dates,
            published,
            _paragraph_numbers(text, sentences),
        )
        candidates = build_candidates(ctx)
        refine_roles(candidates, ctx)
        inherit_dates(candidates, published)
        convert = None
        try:
            convert = _fx().to_usd
        except Exception as exc:  # noqa: BLE001
            warnings.append(f"currency conversion unavailable: {exc}")
        if convert:
            with_usd(candidates, convert)
        candidates = merge_candidates(candidates, published)
        state_facts(candidates, ctx, find_ventures(ctx))
        if convert:  # the merged event may have taken a more precise date: convert at that one
            warnings.extend(dict.fromkeys(with_usd(candidates, convert)))
        for c in candidates:
            events.append(
                ExtractedEvent(
                    kind=c.kind,
                    status=c.status,
                    date=c.date,
                    actor=c.actor.ref() if c.actor else None,
                    counterparties=tuple(m.ref() for m in c.counterparties),
                    amounts=tuple(c.amounts),
                    quote=c.quote,
                    confidence=c.confidence,
                    quotes=tuple(c.quotes),
                    date_basis="stated" if c.date.text else "publication",
                    object_type=c.object_type,
                    object_text=c.object_text,
                    object_label=c.object_label,
                    roles=tuple((m.name, c.roles.get(m.name, "other")) for m in c.counterparties),
                )
            )
    except Exception as exc:
        log.exception("event assembly failed")
        warnings.append(f"event assembly failed: {exc}")

    companies = tuple(m.ref() for m in mentions)
    return ExtractionResult(
        language=lang,
        events=tuple(events),
        companies=companies,
        warnings=tuple(dict.fromkeys(warnings)),
        excluded=tuple(excluded),
    )


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
