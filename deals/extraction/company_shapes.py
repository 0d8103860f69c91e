"""Companies the gazetteer does not know, recognised by their shape: a name with a corporate suffix ("Zenova
GmbH"), a name introduced by a descriptor noun ("the chip designer Ampere") or followed by an appositive
("Mistral, a Paris-based developer"), a Latin name inside CJK or Arabic text, a quoted Arabic name after its
descriptor, a katakana or hangul name after its descriptor, a recurring name the deal puts money into
(investee_names); then the short form of a company named in full, and every recurrence of a name found so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from . import arabic
from .cues import CueSet
from .investee_names import investee_names
from .mentions import Mention, Taken
from .textindex import fold_phrase
from .types import Sentence

if TYPE_CHECKING:
    from .companies import GazetteerIndex

CORPORATE_SUFFIXES = (
    "Inc",
    "Incorporated",
    "Corp",
    "Corporation",
    "Co",
    "Ltd",
    "Limited",
    "LLC",
    "LLP",
    "LP",
    "plc",
    "PLC",
    "AG",
    "GmbH",
    "SA",
    "S.A.",
    "SAS",
    "SE",
    "NV",
    "N.V.",
    "BV",
    "B.V.",
    "SpA",
    "S.p.A.",
    "AB",
    "ASA",
    "KK",
    "K.K.",
    "Group",
    "Holdings",
    "Holding",
    "Technologies",
    "Capital",
    "Ventures",
    "Partners",
    "Labs",
    "Bank",
)
# Words written in capitals that are not company names.
# English function words that open or fill a capitalised run without naming anything.
_FUNCTION_WORDS = ("the", "a", "an", "in", "on", "at", "for", "with", "by", "from", "and", "but")
NOT_NAMES = frozenset(
    [
        "ai",
        "ia",  # AI in French and Spanish, KI in German
        "ki",
        "ee",  # "EE. UU.", the United States in Spanish
        "uu",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "cio",
        "ipo",
        "gpu",
        "gpus",
        "cpu",
        "cpus",
        "lcd",
        "us",
        "usa",
        "uk",
        "eu",
        "un",
        "gdp",
        "etf",
        "m&a",
        "jv",
        "it",
        "pc",
        "llm",
        "llms",
        "api",
        "apis",
        "saas",
        "agi",
        "asi",
        "esg",
        "vc",
        "r&d",
        "ar",
        "vr",
        "ev",
        "evs",
        "5g",
        "6g",
        "nlp",
        "ml",
        "cagr",
        "q1",
        "q2",
        "q3",
        "q4",
        "fy",
        "h1",
        "h2",
        "ebitda",
        "tv",
        "id",
        "ok",
        "hbm",
        "dram",
        "nand",
        "ram",
        "ssd",
        "usd",
        "jpy",
        "eur",
        "cny",
        "rmb",
        "gbp",
        "krw",
        # deal and market abbreviations met inside CJK and Arabic text: a move's form, a venue or a regulator
        "tob",
        "mbo",
        "ib",
        "app",
        "lbo",
        "spac",
        "m&a",
        "ipo",
        "eps",
        "npu",
        "asic",
        "ran",
        "ai-ran",
        "iot",
        "dx",
        "gx",
        "nasdaq",
        "nyse",
        "tse",
        "sec",
        "ftc",
        "cma",
        "cfius",
        *_FUNCTION_WORDS,
        "of",
        "to",
        "as",
    ]
)
_WORD_TAIL = re.compile(r"[A-Za-z\u00c0-\u024f\-‐]")  # a Latin letter or hyphen just before: inside a word
_NAME_TOKEN = r"(?:[A-Z0-9][\w&'’\-]*(?:\.[A-Za-z]+)*|[A-Z]\.)"
_SUFFIX_RE = "|".join(re.escape(s) for s in sorted(CORPORATE_SUFFIXES, key=len, reverse=True))
_SUFFIXED = re.compile(rf"\b((?:{_NAME_TOKEN}\s+){{0,4}}?{_NAME_TOKEN},?\s+(?:{_SUFFIX_RE}))(?![\w])\.?")
_TRAILING_YEAR = re.compile(r" (?:19|20)\d\d\Z")
_GLUED_FIGURE = re.compile(r"(?<=[A-Za-z])\d[\d.,]*\Z")
# CJK and Korean number units and currencies right after a figure ("7500万美元", "3억 달러")
_FIGURE_UNIT = re.compile(r"[万萬亿億兆억만천千百]|美元|ドル|円|달러|원")
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9&\-.']*[A-Za-z0-9](?:[ ][A-Z0-9][A-Za-z0-9&\-.']*)*)")
_CAP_RUN = rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|&|de|of|and|du|der|la))*?(?:\s+{_NAME_TOKEN})?"
LEADING_STOPWORDS = frozenset(
    [
        *_FUNCTION_WORDS,
        "this",
        "that",
        "these",
        "those",
        "last",
        "next",
        "its",
        "their",
        "his",
        "her",
        "our",
        "le",
        "la",
        "les",
        "l",
        "un",
        "une",
        "des",
        "du",
        "de",
        "et",
        "en",
        "au",
        "aux",
        "ce",
        "cette",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "ein",
        "eine",
        "und",
        "im",
        "am",
        "el",
        "los",
        "las",
        "lo",
        "una",
        "y",
        "del",
        "al",
        "japan's",
        "japanese",
        "chinese",
        "american",
        "us",
        "u.s.",
        "french",
        "german",
        "korean",
    ]
)


def _strip_leading(name: str, start: int) -> tuple[str, int]:
    words = name.split(" ")
    while words and words[0].lower().strip("’'") in LEADING_STOPWORDS:
        start += len(words[0]) + 1
        words = words[1:]
    return " ".join(words), start


_ARTICLES = re.compile(r"^(?:the|la|le|les|l'|l’|el|los|las|der|die|das|dem|den|des)\s*", re.IGNORECASE)
# Lower-case words that are not adjectives between a descriptor and a name: verbs, auxiliaries, links.
_NOT_ADJECTIVE = (
    r"(?:avait|ayant|était|sont|sera|seront|vont|ont|habían|había|están|será|serán|han|has|have|"
    r"will|would|said|says|dijo|afirma|affirme|indique|explica|señaló|annonce|anuncia|which|that|qui|que|"
    r"dont|cuyo|cuya|donde|where|while|mientras|tandis|pour|para|with|avec|con|sans|sin|dans|en|in|for)"
)


@lru_cache(maxsize=32)
def _descriptor_alternation(descriptors: tuple[str, ...], *, bare: bool) -> str:
    """Descriptor nouns as one alternation. `*noun` also matches it as the end of a compound
    ("Gebrauchtwagenhändler" for `*händler`); `bare` drops a leading article, for appositives
    ("Rappi, la aplicación colombiana": the article is the appositive's own)."""
    forms = []
    for d in descriptors:
        compound = d.startswith("*")
        d = d.lstrip("*")
        if bare:
            d = _ARTICLES.sub("", d)
        if d:
            forms.append((r"[\w\-]*" if compound else "") + re.escape(d))
    return "|".join(sorted(set(forms), key=len, reverse=True))


def shape_mentions(
    text: str,
    sentences: list[Sentence],
    cues: CueSet,
    taken: list[tuple[int, int]],
    gaz: GazetteerIndex,
) -> list[Mention]:
    """Unknown companies: names with a corporate suffix, names introduced by a descriptor noun or followed
    by an appositive ("Mistral, a Paris-based developer"), and Latin names inside CJK or Arabic text."""
    patterns = _shape_patterns(cues)
    names = _Names(text, cues, gaz, Taken(taken))
    for sentence in sentences:
        _sentence_shapes(sentence, cues, patterns, names)
    for s, e in investee_names(sentences, cues, text) if cues.script == "latin" else ():
        if text[s:e].casefold() not in LEADING_STOPWORDS:
            names.add(s, e)
    return names.found


class _Names:
    """The names found so far; a span already claimed (by the gazetteer or an earlier name) is no new name."""

    def __init__(self, text: str, cues: CueSet, gaz: GazetteerIndex, claimed: Taken):
        self.text, self.cues, self.gaz, self.claimed = text, cues, gaz, claimed
        self.found: list[Mention] = []

    def add(self, s: int, e: int) -> None:
        text, cues = self.text, self.cues
        surface = text[s:e].strip(" ,.'’")
        if not surface:
            return
        e = s + len(text[s:e].rstrip(" ,.'’"))
        surface, s = _strip_leading(surface, s)
        if not surface or surface.lower() in NOT_NAMES or surface.lower() in cues.stop_names:
            return
        if s > 0 and _WORD_TAIL.match(text, s - 1):
            return  # the tail of a hyphenated word or a place ("États-Unis") is no name of its own
        if len(re.sub(r"[^A-Za-z\u00c0-\u024f]", "", surface)) < 2:
            return
        if not self.claimed.free(s, e):
            return
        entry = self.gaz.by_key.get(fold_phrase(surface))
        self.claimed.add(s, e)
        if entry:
            self.found.append(self.gaz.mention(s, e, surface, entry))
        else:
            self.found.append(Mention(s, e, surface, surface, "shape", None, surface, False, False))

    def add_native(self, s: int, e: int, surface: str) -> None:
        if surface.casefold() not in self.cues.stop_names:
            self.add_quoted(s, e, surface)

    def add_quoted(self, s: int, e: int, surface: str) -> None:
        if surface and self.claimed.free(s, e) and not _LATIN_RUN.fullmatch(surface):
            self.claimed.add(s, e)
            entry = self.gaz.by_key.get(fold_phrase(surface))
            self.found.append(
                self.gaz.mention(s, e, surface, entry)
                if entry
                else Mention(s, e, surface, surface, "shape", None, surface, False, False)
            )


class _ShapePatterns(NamedTuple):
    descriptor: re.Pattern | None  # "the chip designer Ampere"
    appositive: re.Pattern | None  # "Mistral, a Paris-based developer"
    quoted: re.Pattern | None  # شركة "أمبير"
    has_suffix: re.Pattern
    has_descriptor: re.Pattern | None
    native: re.Pattern | None  # 新興企業ネクサラボ, 스타트업 네크사랩에


def _shape_patterns(cues: CueSet) -> _ShapePatterns:
    descriptors = _descriptor_alternation(tuple(cues.descriptors), bare=False)
    bare_descriptors = _descriptor_alternation(tuple(cues.descriptors), bare=True)
    links = "|".join(re.escape(n) for n in cues.name_links)
    link_part = rf"(?:(?:{links})\s+)?" if links else ""
    # Romance languages put the adjectives after the noun: "la start-up britannique Wayve".
    # ...and a complement: "la société de soins de santé Guardant", "la plataforma de pagos mexicana Clip".
    short_preps = "|".join(re.escape(p) for p in cues.prepositions if len(p) <= 3)
    complement = rf"(?:(?:{short_preps})\s+)?" if short_preps else ""
    adjectives = (
        rf"(?:{complement}(?!{_NOT_ADJECTIVE}\s)[a-zà-öø-ÿ][\w\-]{{3,}}\s+){{0,4}}" if cues.adjectives_follow else ""
    )
    descriptor_re = (
        re.compile(rf"(?i:\b(?:{descriptors}))\s+{adjectives}{link_part}[«“\"]?({_CAP_RUN})") if descriptors else None
    )
    apposition = "|".join(re.escape(a) for a in cues.appositive)
    appositive_re = (
        re.compile(rf"({_CAP_RUN}),\s+(?:{apposition})\s*(?:[\w\-’']+\s+){{0,6}}?(?i:{bare_descriptors})\b")
        if apposition and bare_descriptors
        else None
    )
    # Arabic writes an unknown name in quotes after its descriptor: شركة "أمبير", منصة "إكس".
    # So it does after the prepositions of a move: استحوذت على "فورتريس", استثمرت في "أوبر".
    introducers = [*cues.descriptors, "على", "في", "مع", "من", "إلى"]
    quoted_re = (
        re.compile(
            rf"(?<![{arabic.LETTER}])(?:{arabic.PREFIX})(?:{'|'.join(re.escape(d) for d in introducers)})"
            r"\s*[\"“«]([^\"“”«»\n]{2,40})[\"”»]"
        )
        if cues.script == "arabic" and cues.descriptors
        else None
    )
    # Cheap tests first: the full patterns backtrack, and most sentences hold no suffix or descriptor.
    has_suffix = re.compile(rf"(?<![\w])(?:{_SUFFIX_RE})(?![\w])")
    has_descriptor = re.compile(rf"(?i:\b(?:{descriptors})\b)") if descriptors else None
    native = _native_name_pattern(cues)
    return _ShapePatterns(descriptor_re, appositive_re, quoted_re, has_suffix, has_descriptor, native)


# A name the press spells in the language's own script right after its descriptor: Japanese writes a foreign
# or new company's name in katakana ("米新興企業ネクサラボ", "スタートアップのネクサラボ"); Korean in a hangul
# word that a particle closes ("스타트업 네크사랩에"). Chinese names have no such edge, so none are taken. A Latin
# name in brackets after it ("スキルドAI（Skild AI）") is the name to keep. Two-character descriptors (企業, 会社,
# 기업, 회사) also head ordinary compounds ("기업 자산", "会社スプリント" for "the company's sprint"): only longer
# ones introduce a name.
_KATAKANA_NAME = r"([ァ-ヺ][ァ-ヺー・]{2,}(?:[A-Z][A-Za-z]*)?)(?![ァ-ヺー・A-Za-z])(?!\s*[（(][A-Za-z])"
_HANGUL_NAME = r"([가-힣]{2,})(?=(?:에게|에|와|과|의|을|를|으로|로)(?![가-힣]))"


def _native_name_pattern(cues: CueSet) -> re.Pattern | None:
    if not cues.descriptors or cues.script not in ("cjk", "hangul"):
        return None
    descriptors = "|".join(re.escape(d) for d in sorted(cues.descriptors, key=len, reverse=True) if len(d) > 2)
    if cues.script == "hangul":
        return re.compile(rf"(?:{descriptors})\s+{_HANGUL_NAME}")
    return re.compile(rf"(?:{descriptors})の?{_KATAKANA_NAME}")


def _sentence_shapes(sentence: Sentence, cues: CueSet, p: _ShapePatterns, names: _Names) -> None:
    st, latin_script = sentence.text, cues.script == "latin"
    if p.has_suffix.search(st):
        for m in _SUFFIXED.finditer(st):
            names.add(sentence.start + m.start(1), sentence.start + m.end(1))
    if latin_script and p.has_descriptor is not None and p.has_descriptor.search(st):
        if p.descriptor:
            for m in p.descriptor.finditer(st):
                names.add(sentence.start + m.start(1), sentence.start + m.end(1))
        for m in p.appositive.finditer(st) if p.appositive else ():
            if m.start(1) == 0 and " " not in m.group(1):
                continue  # a lone capitalised word opening the sentence may be any word
            names.add(sentence.start + m.start(1), sentence.start + m.end(1))
    if not latin_script:
        for m in _LATIN_RUN.finditer(st):
            word, end = m.group(1), m.end(1)
            glued = _GLUED_FIGURE.search(word)
            if glued and _FIGURE_UNIT.match(st, end):
                # "Zymergen7500万美元": the figure that follows without a space is no part of the name
                word, end = word[: glued.start()], m.start(1) + glued.start()
            year = _TRAILING_YEAR.search(word)
            if year:
                # "황 CEO 2024년": a year after a word in capitals is a date, no part of a name
                word, end = word[: year.start()], m.start(1) + year.start()
            if word and (word[0].isupper() or any(c.isupper() for c in word[1:])):
                names.add(sentence.start + m.start(1), sentence.start + end)
    for m in p.native.finditer(st) if p.native else ():
        names.add_native(sentence.start + m.start(1), sentence.start + m.end(1), m.group(1))
    if p.quoted is not None and p.quoted.search(st):
        for m in p.quoted.finditer(st):
            names.add_quoted(sentence.start + m.start(1), sentence.start + m.end(1), m.group(1).strip())


def short_forms(shaped: list[Mention], known: list[Mention], gaz: GazetteerIndex) -> list[Mention]:
    """ "Ampere" in an article that names "Ampere Computing": the short form of a company named in full."""
    firsts: dict[str, Mention] = {}
    for m in known:
        words = m.surface.split()
        if m.entry is not None and len(words) > 1 and len(words[0]) >= 3:
            firsts.setdefault(words[0].casefold(), m)
    if not firsts:
        return shaped
    out = []
    for m in shaped:
        full = firsts.get(m.surface.casefold()) if m.entry is None else None
        out.append(gaz.mention(m.start, m.end, m.surface, full.entry) if full else m)
    return out


def recurrences(shaped: list[Mention], taken: list[tuple[int, int]], sentences: list[Sentence]) -> list[Mention]:
    """A company recognised by its shape once ("der Büroanbieter Zenova") is the same company wherever the
    article repeats its name ("Zenova hatte...", "Zenova-Chef"), in the article's sentences only."""
    names = {m.surface: m for m in shaped if m.entry is None and len(m.surface) >= 3}
    if not names:
        return []
    claimed = Taken(taken)
    found = []
    pattern = re.compile(
        r"(?<![\w])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w])"
    )
    for sentence in sentences:
        for m in pattern.finditer(sentence.text):
            s, e = sentence.start + m.start(1), sentence.start + m.end(1)
            if claimed.free(s, e):
                claimed.add(s, e)
                found.append(replace(names[m.group(1)], start=s, end=e))
    return found
