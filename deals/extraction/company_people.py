"""People standing for a company: a name tied to it by a title ("Masayoshi Son, the founder of SoftBank",
"X founder NAME") stands for that company wherever the article names the person again."""

from __future__ import annotations

import re
from dataclasses import replace

from . import arabic
from .company_shapes import LEADING_STOPWORDS
from .cues import CueSet
from .mentions import Mention, Taken


def person_links(text: str, mentions: list[Mention], cues: CueSet) -> dict[str, Mention]:
    """Names of people tied to a company by a title in the text: 'NAME, the CEO of X', 'X founder NAME',
    'NAME، الرئيس التنفيذي لـ X'. Keys are the full name and its last word."""
    if not cues.person_titles:
        return {}
    titles = "|".join(re.escape(t) for t in sorted(cues.person_titles, key=len, reverse=True))
    if cues.script == "arabic":
        name = r"((?:[\u0621-\u064a]+\s){0,2}[\u0621-\u064a]+)"
    else:
        name = r"((?:[A-Z][\w'’\-]+\s){1,2}[A-Z][\w'’\-]+)"
    title_re = re.compile(rf"(?:{titles})(?![\w])", re.IGNORECASE)
    name_before = re.compile(rf"{name}\s*[,،]\s*(?:[\w\-’']+\s+){{0,4}}$")
    after = re.compile(rf"^['’]?s?\s*(?:(?:{titles})\s+)(?:and\s+\w+\s+)?{name}")
    links: dict[str, Mention] = {}
    for m in mentions:
        if m.source != "alias":
            continue
        window = text[max(0, m.start - 120) : m.start]
        found = None
        titles_found = list(title_re.finditer(window))
        if titles_found:
            last = titles_found[-1]
            tail = window[last.end() :]
            if len(tail) <= 40 and not re.search(r"[,،.]", tail):
                found = name_before.search(window[: last.start()])
        if not found and cues.script == "latin":
            found = after.search(text[m.end : m.end + 80])
        if not found:
            continue
        person = found.group(1).strip()
        if person.lower() in LEADING_STOPWORDS:
            continue
        links.setdefault(person, m)
        last_word = person.split()[-1]
        if len(last_word) >= 3:
            links.setdefault(last_word, m)
    return links


def person_mentions(text: str, links: dict[str, Mention], cues: CueSet, taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    claimed = Taken(taken)
    for person, company in sorted(links.items(), key=lambda kv: -len(kv[0])):
        if cues.script == "arabic":
            pattern = rf"(?<![{arabic.LETTER}]){arabic.PREFIX}({re.escape(person)})(?![{arabic.LETTER}])"
        else:
            pattern = rf"\b({re.escape(person)})\b(?!['’]s\s+(?:company|firm))"
        for m in re.finditer(pattern, text):
            s, e = m.span(1)
            if not claimed.free(s, e):
                continue
            claimed.add(s, e)
            out.append(replace(company, start=s, end=e, surface=text[s:e], source="person"))
    return out
