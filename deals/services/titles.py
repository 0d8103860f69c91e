"""A pasted article's title: its first line, when that line reads as a headline."""

from __future__ import annotations

import re

_MAX_WORDS = 25
_MAX_CHARS = 200
# A dateline or a metadata line is not a headline.
_NOT_HEADLINE = re.compile(r"^(update time|updated|published|by |source|https?://)|^\W*$", re.IGNORECASE)


def headline_line(text: str) -> str:
    """The first non-empty line when it is short, stands alone above the body and does not end like a sentence
    of running text; "" otherwise."""
    lines = [line.strip() for line in (text or "").strip().splitlines()]
    if len(lines) < 2 or not lines[0]:
        return ""
    first = re.sub(r"^#+\s*", "", lines[0])  # a Markdown heading
    body = " ".join(lines[1:]).strip()
    if not body or len(body) < len(first) or _NOT_HEADLINE.search(first):
        return ""
    if len(first) > _MAX_CHARS or len(first.split()) > _MAX_WORDS or len(first) < 8:
        return ""
    # Running text ends with a full stop; headlines rarely do (a question or an exclamation may).
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return ""
    return first
