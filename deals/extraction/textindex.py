"""A folded copy of the article text with a map back to the original offsets.

Company aliases and cue words are matched on the folded copy (width, case, Arabic spelling variants and
harakat folded, punctuation turned into spaces, the same folding as `normalize_alias`), so that
"Softbank", "SOFTBANK" and "سوفت بانك" with or without hamza all match one key, while every hit is
reported with offsets into the text the caller gave.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# A run of characters between spaces, outside CJK and Hangul (where every character may start a word).
WORD_TOKEN = re.compile(r"[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")

_ARABIC_MARKS = {chr(c) for c in [*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE), 0x0640]}
_ALEF = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}
# The same characters normalize_alias turns into spaces, plus sentence punctuation of every script.
_SPACE_CHARS = set(
    "\"'`’‘“”«»„.,·・、()[]{}-:;!?。，！？；：（）「」『』【】《》〈〉؟،؛…—–/\\|*+=<>#~^&%$@_\t\r\n\u00a0\u3000"
)


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    if char in _SPACE_CHARS or char.isspace():
        return " "
    if char in _ARABIC_MARKS:
        return ""
    folded = unicodedata.normalize("NFKC", char).casefold()
    out = []
    for c in folded:
        if c in _ARABIC_MARKS:
            continue
        c = _ALEF.get(c, c)
        out.append(" " if (c in _SPACE_CHARS or c.isspace()) else c)
    return "".join(out)


@dataclass(frozen=True)
class FoldedText:
    text: str  # the folded copy
    origin: Sequence[int]  # origin[i] = offset in the original text of folded character i; one extra at the end
    source_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the folded slice [start:end]."""
        if end <= start:
            pos = self.origin[start] if start < len(self.origin) else self.source_length
            return pos, pos
        return self.origin[start], self.origin[end - 1] + 1

    def folded_offset(self, original: int) -> int:
        """First folded index whose original offset is >= original (binary search)."""
        lo, hi = 0, len(self.origin) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self.origin[mid] < original:
                lo = mid + 1
            else:
                hi = mid
        return lo


def fold_text(text: str) -> FoldedText:
    table = {c: fold_char(c) for c in set(text)}
    regular = {ord(k): v for k, v in table.items() if len(v) == 1}
    irregular = [k for k, v in table.items() if len(v) != 1]
    if not irregular:
        # The common case: every character folds to one character, offsets are unchanged.
        return FoldedText(text.translate(regular), range(len(text) + 1), len(text))
    # Runs of regular characters go through str.translate; only the few others are handled one by one.
    pieces: list[str] = []
    origin: list[int] = []
    pos = 0
    for m in re.finditer("[" + "".join(re.escape(c) for c in irregular) + "]", text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()].translate(regular))
            origin.extend(range(pos, m.start()))
        folded = table[m.group()]
        pieces.append(folded)
        origin.extend([m.start()] * len(folded))
        pos = m.end()
    pieces.append(text[pos:].translate(regular))
    origin.extend(range(pos, len(text) + 1))
    return FoldedText("".join(pieces), origin, len(text))


@lru_cache(maxsize=8192)
def fold_phrase(phrase: str) -> str:
    """The folded key of a cue or alias, spaces collapsed (as normalize_alias does)."""
    return " ".join("".join(fold_char(c) for c in phrase).split())
