"""Date phrases in article text: cheap per-language patterns find candidates, each candidate is resolved
against the publication date (dateparser for month-name phrases, calendar rules for the rest).

    finder = DateFinder(language="en", published=date(2024, 11, 14))
    finder.find(text, start=s, end=e, exclude=money_spans)  # -> [ExtractedDate, ...] in text order

See dates_patterns (data files and placeholders) and dates_resolve (what each kind of phrase means).
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging
import re
from collections.abc import Iterable, Sequence

from .dates_dateparser import prime
from .dates_patterns import (
    DIGITS,
    LanguagePatterns,
    available_languages,
    fold,
    group_value,
    normalise_language,
    patterns_for,
)
from .dates_resolve import BLOCK, needs_previous, resolve
from .language import SUPPORTED
from .types import ExtractedDate

__all__ = ["DateFinder", "parse_stated_publication_date", "warm_up"]

log = logging.getLogger(__name__)

# A number right after a currency sign is money, not a year ("$2024"), whatever the caller excluded.
_CURRENCY_BEFORE = re.compile(r"(?:[$€£¥₩₹]|US\$|USD|EUR|JPY|RMB|CNY|Rs\.?)[ \t\u00a0]{0,2}$", re.IGNORECASE)
_CONTEXT = 48  # characters of context a pattern may look at outside [start, end)
_HEDGE_REACH = 24  # characters before a date phrase where "about" may stand
_OTHER_DIGITS = re.compile(r"[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u066b]")
_DIGIT_CLASS = frozenset({"digit"})
_ZONE = 36  # no date phrase reaches further than this from its anchor word


class _Intervals:
    """Non-overlapping accepted spans, for O(log n) overlap checks."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted((int(s), int(e)) for s, e in spans if e > s):
            if self.ends and start < self.ends[-1]:  # merge overlapping exclude spans
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.ends[i - 1] > start:
            return True
        return i < len(self.starts) and self.starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


class _Everywhere(dict):
    """Zones when anchors are off: every class covers the whole range."""

    def __init__(self, whole: list[tuple[int, int]]) -> None:
        super().__init__()
        self.whole = whole

    def get(self, key, default=None):
        return self.whole

    def __contains__(self, key) -> bool:
        return True


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


class DateFinder:
    """Finds and resolves date phrases in one article. Keeps the last date found so relative chains
    ('Last month ... The month before that') resolve across calls on the same article."""

    def __init__(self, *, language: str, published: dt.date) -> None:
        self.language = normalise_language(language)
        self.published = _as_date(published)
        self._lp: LanguagePatterns = patterns_for(self.language)
        self.previous: ExtractedDate | None = None
        self.use_anchors = True  # False runs every pattern over the whole text (tests compare the two)

    def find(
        self,
        text: str,
        *,
        start: int = 0,
        end: int | None = None,
        exclude: Sequence[tuple[int, int]] = (),
    ) -> list[ExtractedDate]:
        """Date phrases inside text[start:end] (offsets into `text`), in order, skipping any candidate
        that overlaps an `exclude` span. Never raises: a failure is logged and yields no dates."""
        try:
            return self._find(text, start, end, exclude)
        except Exception:
            log.exception("date finding failed (language %s)", self.language)
            return []

    def _find(self, text: str, start: int, end: int | None, exclude: Sequence[tuple[int, int]]) -> list[ExtractedDate]:
        if not isinstance(text, str) or not text:
            return []
        start = max(0, int(start or 0))
        end = len(text) if end is None else min(len(text), int(end))
        if start >= end:
            return []
        offset = max(0, start - _CONTEXT)
        window = text[offset : min(len(text), end + _CONTEXT)]
        if _OTHER_DIGITS.search(window):
            window = window.translate(DIGITS)
        excluded = _Intervals(exclude or ())
        candidates = self._matches(window, self._zones(window, start - offset, end - offset), excluded, offset)
        # Longest phrase first ("May 13, 2024" over "May"), then the order of the data file.
        candidates.sort(key=lambda c: (c[0] - c[1], c[2].priority, c[0]))
        taken = _Intervals()
        chosen = []
        for s, e, pattern, match in candidates:
            if taken.overlaps(s, e):
                continue
            deferred = needs_previous(match, pattern, self._lp)
            result = None
            if not deferred:
                result = self._resolve(match, pattern, window[s:e], None)
                if result is None:
                    continue
            taken.add(s, e)
            chosen.append((s, e, pattern, match, result))
        chosen.sort(key=lambda c: c[0])
        found: list[ExtractedDate] = []
        for s, e, pattern, match, result in chosen:
            if result is None:  # relative to the previous date: resolved in text order
                base = self.previous.date if self.previous else None
                result = self._resolve(match, pattern, window[s:e], base)
                if result is None:
                    continue
            if result is BLOCK:
                continue
            date, precision, *estimate = result
            item = ExtractedDate(
                date=date,
                precision=precision,
                text=text[s + offset : e + offset],
                start=s + offset,
                end=e + offset,
                approximate=bool(estimate) or self._hedged(window, s, e),
            )
            found.append(item)
            self.previous = item
        return found

    def _hedged(self, window: str, start: int, end: int) -> bool:
        """A hedge word inside the phrase or right before it ("environ 10 mois après", "约两年前")."""
        lp = self._lp
        if lp.approximate is None:
            return False
        if lp.approximate_inside.search(window, start, end):
            return True
        return any(
            not window[match.end() : start].strip()
            for match in lp.approximate.finditer(window, max(0, start - _HEDGE_REACH), start)
        )

    def _matches(self, window: str, zones: dict, excluded: _Intervals, offset: int) -> list:
        """(start, end, pattern, match) of every plausible match of every pattern in its zones of `window`,
        outside the excluded spans (given in text offsets, `offset` being the window's)."""
        candidates = []
        for pattern in self._lp.patterns:
            needs = pattern.needs
            if len(needs) > 1 and needs not in zones:
                zones[needs] = _merge(z for name in needs for z in zones.get(name, ()))
            for zone_start, zone_end in zones.get(needs if len(needs) > 1 else needs[0], ()):
                for match in pattern.regex.finditer(window, zone_start, zone_end):
                    has_d = "d" in pattern.regex.groupindex and match.group("d")
                    span = match.span("d") if has_d else match.span()
                    if span[1] <= span[0] or not self._plausible(match, window, span):
                        continue
                    if excluded.overlaps(span[0] + offset, span[1] + offset):
                        continue
                    candidates.append((span[0], span[1], pattern, match))
        return candidates

    def _zones(self, window: str, start: int, end: int) -> dict:
        """Per anchor class, the stretches of [start, end) around its anchors (year-like numbers, month
        names, unit words...), merged. Every match of a pattern holds an anchor of its class, so the
        patterns skip the rest of the text; "any" is the union of all classes."""
        lp = self._lp
        if lp.anchors is None or not self.use_anchors:
            return _Everywhere([(start, end)])
        hits: list[tuple[int, int, frozenset[str]]] = [
            (*m.span(), _DIGIT_CLASS) for m in lp.anchors.finditer(window, start, end)
        ]
        if lp.anchor_word_regex is not None:
            words = lp.anchor_words
            for m in lp.anchor_word_regex.finditer(window, start, end):
                classes = words.get(fold(m.group("w")))
                if classes:
                    hits.append((*m.span(), classes))
            hits.sort(key=lambda h: h[0])
        zones: dict[str, list[tuple[int, int]]] = {"any": []}
        for hit_start, hit_end, classes in hits:
            zone = (max(start, hit_start - _ZONE), min(end, hit_end + _ZONE))
            for name in (*classes, "any"):
                spans = zones.setdefault(name, [])
                if spans and zone[0] <= spans[-1][1]:
                    spans[-1] = (spans[-1][0], max(spans[-1][1], zone[1]))
                else:
                    spans.append(zone)
        return zones

    def _resolve(self, match: re.Match[str], pattern, phrase: str, previous: dt.date | None):
        return resolve(
            match,
            pattern,
            self._lp,
            phrase=phrase,
            published=self.published,
            previous=previous,
        )

    def _plausible(self, match: re.Match[str], window: str, span: tuple[int, int]) -> bool:
        """Cheap rejections before any parsing: lower-case 'may'/'march' in languages that capitalise
        month names, and numbers that are money or percentages."""
        lp = self._lp
        if lp.capitalised_names:
            for name in ("m", "wd"):
                value = group_value(match, name)
                if value and value[0].isalpha() and value[0].islower():
                    return False
        phrase = window[span[0] : span[1]]
        if phrase[:1].isdigit() and _CURRENCY_BEFORE.search(window, max(0, span[0] - 6), span[0]):
            return False
        return not (phrase[-1:].isdigit() and lp.reject_after is not None and lp.reject_after.match(window, span[1]))


def warm_up(languages: Iterable[str]) -> None:
    """Compile each language's patterns and load dateparser's data for it (about 0.3 s for the first
    language, 0.03 s for each next one). Call once at start so the first article is not slow."""
    for language in languages:
        try:
            lp = patterns_for(language)
            if lp.uses_dateparser:
                prime(lp.language)
        except Exception:
            log.exception("date warm-up failed for %r", language)


_LABEL_LOOKAHEAD = 120  # a stated date follows its label on the same line, closely


def _labels() -> re.Pattern[str]:
    labels = set()
    for code in available_languages():
        labels.update(patterns_for(code).published_labels)
    alternation = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?:{alternation})", re.IGNORECASE)


_label_regex: re.Pattern[str] | None = None


def parse_stated_publication_date(text: str) -> dt.date | None:
    """The publication date an article states near its top ("Update time : 2024-11-14 18:17:38",
    "Published: 14 November 2024", "发布时间：2024-11-14", "Publié le 7 mars 2025"), or None.

    Only a full day with its year counts; a line that is nothing but such a date also counts."""
    global _label_regex
    if not isinstance(text, str) or not text:
        return None
    try:
        if _label_regex is None:
            _label_regex = _labels()
        head = text[:3000]
        lines = head.splitlines()[:40]
        for line in lines:
            label = _label_regex.search(line)
            if label:
                date = _first_full_date(line[label.end() : label.end() + _LABEL_LOOKAHEAD])
                if date:
                    return date
        for line in lines[:8]:
            stripped = line.strip()
            if 6 <= len(stripped) <= 40:
                date = _first_full_date(stripped, whole=True)
                if date:
                    return date
    except Exception:
        log.exception("stated publication date parsing failed")
    return None


def _first_full_date(fragment: str, *, whole: bool = False) -> dt.date | None:
    far = dt.date(dt.date.today().year + 1, 12, 31)
    for language in SUPPORTED:
        for item in DateFinder(language=language, published=far).find(fragment):
            if item.precision != "day" or not re.search(r"\d{4}|[一二][〇零一二三四五六七八九]{3}", item.text or ""):
                continue
            if whole and fragment.translate(DIGITS).strip(" .,|-") != (item.text or "").strip():
                rest = fragment[item.end or 0 :].strip()
                if rest and not re.fullmatch(r"[\d:\s.,APMapm]+", rest):  # a time after the date is fine
                    continue
            return item.date
    return None
