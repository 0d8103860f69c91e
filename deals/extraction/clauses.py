"""Step 1, clauses: a sentence is cut into clauses, each of which may state one move.

A cut falls where a new finite clause starts (", and", "، و", "；": `clause_breaks` in the cue data); a clause
without a kind cue joins the move before it, and clauses before the first cue lead into it.

    split_clauses(text, sentence, cues, kind_hits) -> [(start, end), ...]
"""

from __future__ import annotations

import bisect
import re

from .cues import CueSet, Hit
from .types import Sentence

# A short quoted name ("سوفت بنك", "SB OpenAI Japan") is consumed as such, so that its closing mark never opens a
# false quotation running to the next name's opening mark.
_QUOTE_SPANS = re.compile(r"[“\"«„「『](?:([^“”\"«»„「」『』\n]{40,})|[^“”\"«»„「」『』\n]{0,39})[”\"»“」』]")
# Words are packed tighter in Chinese, Japanese and Korean: a quoted view is a dozen characters long.
_QUOTE_SPANS_DENSE = re.compile(r"[“\"«„「『](?:([^“”\"«»„「」『』\n]{12,})|[^“”\"«»„「」『』\n]{0,11})[”\"»“」』]")
_TRIMMED = ",،，;；"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def inside_any(spans, start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# characters between a figure and its conversion in brackets: "2,93 billions de yens japonais (21,68 milliards)"
RESTATED_GAP = 12


def restates(text: str, first_end: int, second_start: int) -> bool:
    """The figure starting at `second_start` restates, in brackets or between dashes, the one ending at
    `first_end` ("961,6 milliards de yens - soit plus de huit milliards d'euros -")."""
    gap = text[first_end:second_start]
    if not 0 <= second_start - first_end <= RESTATED_GAP:
        return False
    return "(" in gap or "（" in gap or gap.strip().startswith(("-", "–", "—"))


def between(items, starts, start, end):
    """Items (sorted by start, `starts` their starts) lying inside [start, end)."""
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(items) and items[i].start < end:
        if items[i].end <= end:
            out.append(items[i])
        i += 1
    return out


def split_clauses(text: str, sentence: Sentence, cues: CueSet, kind_hits: list[Hit]) -> list[tuple[int, int]]:
    """Clauses of a sentence that may each state one move."""
    bounds = [sentence.start]
    if cues.clause_breaks is not None:
        for m in cues.clause_breaks.finditer(sentence.text):
            cut = sentence.start + m.start()
            if cut > bounds[-1]:
                bounds.append(cut)
    bounds.append(sentence.end)
    segments = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1) if bounds[i + 1] > bounds[i]]
    units: list[list[int]] = []
    for s, e in segments:
        has_cue = any(s <= h.start < e for h in kind_hits)
        if has_cue or not units:
            if units and not any(units[-1][0] <= h.start < units[-1][1] for h in kind_hits):
                units[-1][1] = e  # the clauses before the first cue lead into it
            else:
                units.append([s, e])
        else:
            units[-1][1] = e
    return [(s, e) for s, e in units]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause without the spaces and commas around it: the span quoted for the move."""
    while start < end and (text[start].isspace() or text[start] in _TRIMMED):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRIMMED):
        end -= 1
    return start, end


def quoted_spans(text: str, script: str) -> list[tuple[int, int]]:
    """Quotations long enough to be someone's words rather than a quoted name."""
    quote_re = _QUOTE_SPANS if script in ("latin", "arabic") else _QUOTE_SPANS_DENSE
    return [(m.start(1), m.end(1)) for m in quote_re.finditer(text) if m.group(1)]
