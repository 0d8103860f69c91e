"""What is not the article: disclaimers, newsletter and app blurbs, author bios, lists of other stories.

Found as excluded (start, end) spans; the text itself is never edited, so every offset stays valid.
Markers are data (the "boilerplate" section of data/cues/<lang>.json):
- tail: a short line starting with one of these opens a trailing section ("Related stories", "اقرأ أيضا")
  that runs to the end of the text;
- paragraph: a paragraph containing one of these is left out ("does not constitute investment advice");
- line: a short line starting with one of these is left out ("Listen to this story", "Views :").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from .textindex import fold_phrase

_LINE = re.compile(r"[^\n]*(?:\n|$)")
_NAME_LINE = re.compile(r"^(?:[A-Z][\w'’.-]+\s){1,3}[A-Z][\w'’.-]+$")
_ENDS_CUT = re.compile(r"[A-Za-z\u00c0-\u024f]$")
TAIL_MIN_SHARE = 0.25  # a tail marker in the first quarter is more likely a heading of the article itself
SHORT_LINE = 90


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        end = m.end() - (1 if m.group().endswith("\n") else 0)
        spans.append((m.start(), end))
    return spans


def _starts_with_any(folded_line: str, markers: Iterable[str]) -> bool:
    return any(folded_line.startswith(m) for m in markers if m)


def find_boilerplate(
    text: str,
    *,
    tail: Iterable[str] = (),
    paragraph: Iterable[str] = (),
    line: Iterable[str] = (),
) -> list[tuple[int, int]]:
    tail = [fold_phrase(m) for m in tail]
    paragraph = [fold_phrase(m) for m in paragraph]
    line = [fold_phrase(m) for m in line]
    spans: list[tuple[int, int]] = []
    lines = _lines(text)
    total = len(text) or 1
    for index, (start, end) in enumerate(lines):
        raw = text[start:end].strip()
        if not raw:
            continue
        folded = fold_phrase(raw)
        if len(raw) <= SHORT_LINE and start / total >= TAIL_MIN_SHARE and _starts_with_any(folded, tail):
            spans.append((start, len(text)))
            break
        if any(m and m in folded for m in paragraph):
            spans.append((start, end))
            continue
        if len(raw) <= SHORT_LINE and _starts_with_any(folded, line):
            spans.append((start, end))
            continue
        # A teaser of another story cut mid-word ("... has notified some c") late in the page opens a list
        # of other stories.
        if start / total >= 0.6 and len(raw) >= 120 and _cut_mid_word(raw):
            spans.append((start, len(text)))
            break
        # An author bio: a lone name line followed by a paragraph opening with that first name.
        if _NAME_LINE.match(raw) and start / total >= 0.5:
            following = next(
                (text[s:e].strip() for s, e in lines[index + 1 :] if text[s:e].strip()),
                "",
            )
            if following.startswith(raw.split()[0] + " "):
                spans.append((start, end))
                nxt = next(((s, e) for s, e in lines[index + 1 :] if text[s:e].strip()), None)
                if nxt:
                    spans.append(nxt)
    return merge_spans(spans)


def _cut_mid_word(line: str) -> bool:
    """A line ending in a lowercase word fragment; a paragraph that only lost its full stop ends with a name
    ("... en América Latina", "... Holdings Inc")."""
    if not _ENDS_CUT.search(line):
        return False
    last = line.split()[-1]
    return not last[0].isupper()


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies mostly inside one of the spans, sorted and disjoint as `merge_spans` gives
    them: a binary search finds the few that can overlap, so a check costs no more with many spans."""
    index = bisect.bisect_right(spans, end, key=lambda span: span[0])
    while index > 0:
        index -= 1
        s, e = spans[index]
        if e + 1 < start:
            break  # this span and every earlier one end before [start, end)
        if s <= start and end <= e + 1:
            return True
        overlap = min(end, e) - max(start, s)
        if overlap > 0 and overlap >= 0.5 * (end - start):
            return True
    return False
