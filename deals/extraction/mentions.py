"""A company named in the text (`Mention`), and the spans already claimed by one (`Taken`)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .types import CompanyRef, GazetteerEntry


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    name: str  # canonical when known
    source: str  # alias | shape | backref | person
    entry: GazetteerEntry | None = None
    root: str = ""  # the top of the company's family, for "not its parent or units"
    tracked: bool = False  # in the tracked company's family
    fund: bool = False
    side: bool = False  # the tracked company, its funds and the units named after it: the acting side

    def ref(self) -> CompanyRef:
        return CompanyRef(
            self.name,
            self.surface,
            self.start,
            self.end,
            known=self.entry is not None,
            via_backreference=self.source in ("backref", "person"),
        )


class Taken:
    """Non-overlapping spans already claimed, with O(log n) overlap checks."""

    def __init__(self, spans=()):
        self.spans: list[tuple[int, int]] = sorted(spans)

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.spans, (start, start))
        for j in (i - 1, i):
            if 0 <= j < len(self.spans):
                a, b = self.spans[j]
                if a < end and start < b:
                    return False
        # a long span starting well before may still cover this one
        k = i - 2
        while k >= 0 and i - k < 6:
            a, b = self.spans[k]
            if a < end and start < b:
                return False
            k -= 1
        return True

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
