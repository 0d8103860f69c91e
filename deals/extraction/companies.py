"""Companies named in the text: gazetteer aliases in every script, unknown names by their shape,
people linked to a company by a title ("Masayoshi Son, the founder of SoftBank"), and back-references
("the company", "la société", "الشركة", "同社") resolved to the company last named as a topic.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .cues import _ARABIC_LETTER, _ARABIC_PREFIX, CueSet
from .textindex import FoldedText, fold_phrase
from .types import CompanyRef, Gazetteer, GazetteerEntry, Sentence

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
NOT_NAMES = frozenset(
    [
        "ai",
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
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "but",
        "of",
        "to",
        "as",
    ]
)
_WORD_TAIL = re.compile(r"[A-Za-z\u00c0-\u024f\-‐]")  # a Latin letter or hyphen just before: inside a word
_NAME_TOKEN = r"(?:[A-Z0-9][\w&'’\-]*(?:\.[A-Za-z]+)*|[A-Z]\.)"
_SUFFIX_RE = "|".join(re.escape(s) for s in sorted(CORPORATE_SUFFIXES, key=len, reverse=True))
_SUFFIXED = re.compile(rf"\b((?:{_NAME_TOKEN}\s+){{0,4}}?{_NAME_TOKEN},?\s+(?:{_SUFFIX_RE}))(?![\w])\.?")
_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9&\-.']*[A-Za-z0-9](?:[ ][A-Z0-9][A-Za-z0-9&\-.']*)*)")
_TOKEN = re.compile(r"[^\s\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]+")
_ARABIC_WORD = re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+")
_ARABIC_PREFIXES = (
    "وبال",
    "وال",
    "بال",
    "فال",
    "كال",
    "ولل",
    "لل",
    "ال",
    "وب",
    "ول",
    "وك",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
)
_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CAP_RUN = rf"{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|&|de|of|and|du|der|la))*?(?:\s+{_NAME_TOKEN})?"
LEADING_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "but",
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


def _script_of(alias: str) -> str:
    if any("\u0600" <= c <= "\u06ff" for c in alias):
        return "arabic"
    if any("\uac00" <= c <= "\ud7af" for c in alias):
        return "hangul"
    if any(("\u3040" <= c <= "\u30ff") or ("\u3400" <= c <= "\u9fff") for c in alias):
        return "cjk"
    return "latin"


class GazetteerIndex:
    """Every alias of every company compiled into one alternation (longest first) over the folded text."""

    def __init__(self, gazetteer: Gazetteer | None):
        self.entries = list(gazetteer.entries) if gazetteer else []
        self.by_name = {e.name: e for e in self.entries}
        self.by_key: dict[str, GazetteerEntry] = {}
        self.single_word_cased: set[str] = set()
        for entry in self.entries:
            for alias in (entry.name, *entry.aliases):
                key = fold_phrase(alias)
                if not key:
                    continue
                self.by_key.setdefault(key, entry)
                if " " not in key and alias != alias.lower() and _script_of(alias) == "latin":
                    self.single_word_cased.add(key)
        # Aliases by first word (Latin, Arabic) or first character (CJK, Hangul): a dictionary scan is
        # linear in the text, where one alternation of 500 aliases took seconds per article.
        self.by_first_word: dict[str, list[tuple[str, ...]]] = {}
        self.by_first_char: dict[str, list[str]] = {}
        for key in self.by_key:
            if _script_of(key) in ("cjk", "hangul"):
                self.by_first_char.setdefault(key[0], []).append(key)
            else:
                words = tuple(key.split())
                self.by_first_word.setdefault(words[0], []).append(words)
        for group in self.by_first_word.values():
            group.sort(key=len, reverse=True)
        for group in self.by_first_char.values():
            group.sort(key=len, reverse=True)
        chars = "".join(re.escape(c) for c in self.by_first_char)
        self.first_char_re = re.compile(f"[{chars}]") if chars else None

    def root_of(self, name: str) -> str:
        seen = set()
        entry = self.by_name.get(name)
        while entry and entry.parent and entry.parent in self.by_name and entry.name not in seen:
            seen.add(entry.name)
            entry = self.by_name[entry.parent]
        return entry.name if entry else name

    def is_tracked(self, name: str) -> bool:
        seen = set()
        entry = self.by_name.get(name)
        while entry and entry.name not in seen:
            if entry.tracked:
                return True
            seen.add(entry.name)
            entry = self.by_name.get(entry.parent) if entry.parent else None
        return False

    def is_side(self, name: str) -> bool:
        """The tracked company, its funds and the units carrying its name ("SoftBank Corp", "SB Energy").

        An acquired company keeps its own name (Graphcore, Berkshire Grey): it is a unit, but in the
        news it is the target of the move, not the side making it.
        """
        entry = self.by_name.get(name)
        if entry is None or not self.is_tracked(name):
            return False
        if entry.tracked or entry.kind == "fund":
            return True
        root = entry
        seen = set()
        while root and not root.tracked and root.parent and root.name not in seen:
            seen.add(root.name)
            root = self.by_name.get(root.parent)
        if root is None:
            return False
        first = root.name.split()[0]
        initials = "".join(c for c in first if c.isupper()).casefold()
        token = entry.name.split()[0].casefold()
        return token == first.casefold() or (len(initials) >= 2 and token == initials)

    def mention(
        self,
        start: int,
        end: int,
        surface: str,
        entry: GazetteerEntry,
        source: str = "alias",
    ) -> Mention:
        return Mention(
            start,
            end,
            surface,
            entry.name,
            source,
            entry,
            self.root_of(entry.name),
            self.is_tracked(entry.name),
            entry.kind == "fund",
            self.is_side(entry.name),
        )

    def _candidates(self, folded: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(folded)]
        words = [t[2] for t in tokens]
        has_arabic = _ARABIC_WORD.search(folded) is not None
        by_first_word = self.by_first_word
        for i, (start, _end, word) in enumerate(tokens):
            options = [(word, start)]
            if has_arabic and _ARABIC_WORD.fullmatch(word):
                for prefix in _ARABIC_PREFIXES:
                    if word.startswith(prefix) and len(word) - len(prefix) >= 2:
                        options.append((word[len(prefix) :], start + len(prefix)))
            for first, offset in options:
                for alias in by_first_word.get(first, ()):
                    n = len(alias)
                    if tuple(words[i + 1 : i + n]) == alias[1:] and len(words) >= i + n:
                        found.append((offset, tokens[i + n - 1][1], " ".join(alias)))
                        break
        if self.first_char_re is not None and _CJK_OR_HANGUL.search(folded):
            for m in self.first_char_re.finditer(folded):
                pos = m.start()
                before = folded[pos - 1] if pos else " "
                for key in self.by_first_char.get(folded[pos], ()):
                    if folded.startswith(key, pos):
                        if "\uac00" <= key[0] <= "\ud7af" and "\uac00" <= before <= "\ud7af":
                            continue
                        if key[0].isascii() and key[0].isalnum() and before.isascii() and before.isalnum():
                            continue
                        found.append((pos, pos + len(key), key))
                        break
        return found

    def find(self, text: str, index: FoldedText) -> list[Mention]:
        """Leftmost, then longest, non-overlapping alias matches."""
        out: list[Mention] = []
        last_end = -1
        for fs, fe, key in sorted(self._candidates(index.text), key=lambda c: (c[0], -(c[1] - c[0]))):
            if fs < last_end:
                continue
            entry = self.by_key.get(key)
            if entry is None:
                continue
            s, e = index.span(fs, fe)
            surface = text[s:e]
            # "arm", "sharp", "meta" in lower case are ordinary words, not the companies.
            if key in self.single_word_cased and surface == surface.lower():
                continue
            last_end = fe
            out.append(self.mention(s, e, surface, entry))
        return out


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


def _shape_mentions(
    text: str,
    sentences: list[Sentence],
    cues: CueSet,
    taken: list[tuple[int, int]],
    gaz: GazetteerIndex,
) -> list[Mention]:
    """Unknown companies: names with a corporate suffix, names introduced by a descriptor noun or followed
    by an appositive ("Mistral, a Paris-based developer"), and Latin names inside CJK or Arabic text."""
    found: list[Mention] = []
    claimed = Taken(taken)

    def free(s: int, e: int) -> bool:
        return claimed.free(s, e)

    def add(s: int, e: int) -> None:
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
        if not free(s, e):
            return
        entry = gaz.by_key.get(fold_phrase(surface))
        claimed.add(s, e)
        if entry:
            found.append(gaz.mention(s, e, surface, entry))
        else:
            found.append(Mention(s, e, surface, surface, "shape", None, surface, False, False))

    latin_script = cues.script == "latin"
    descriptors = _descriptor_alternation(tuple(cues.descriptors), bare=False)
    bare_descriptors = _descriptor_alternation(tuple(cues.descriptors), bare=True)
    links = "|".join(re.escape(n) for n in cues.name_links)
    link_part = rf"(?:(?:{links})\s+)?" if links else ""
    # Romance languages put the adjectives after the noun: "la start-up britannique Wayve".
    adjectives = rf"(?:(?!{_NOT_ADJECTIVE}\s)[a-zà-öø-ÿ][\w\-]{{3,}}\s+){{0,2}}" if cues.adjectives_follow else ""
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
            rf"(?<![{_ARABIC_LETTER}])(?:{_ARABIC_PREFIX})(?:{'|'.join(re.escape(d) for d in introducers)})"
            r"\s*[\"“«]([^\"“”«»\n]{2,40})[\"”»]"
        )
        if cues.script == "arabic" and cues.descriptors
        else None
    )
    # Cheap tests first: the full patterns backtrack, and most sentences hold no suffix or descriptor.
    has_suffix = re.compile(rf"(?<![\w])(?:{_SUFFIX_RE})(?![\w])")
    has_descriptor = re.compile(rf"(?i:\b(?:{descriptors})\b)") if descriptors else None
    for sentence in sentences:
        st = sentence.text
        if has_suffix.search(st):
            for m in _SUFFIXED.finditer(st):
                add(sentence.start + m.start(1), sentence.start + m.end(1))
        if latin_script and has_descriptor is not None and has_descriptor.search(st):
            if descriptor_re:
                for m in descriptor_re.finditer(st):
                    add(sentence.start + m.start(1), sentence.start + m.end(1))
            for m in appositive_re.finditer(st) if appositive_re else ():
                if m.start(1) == 0 and " " not in m.group(1):
                    continue  # a lone capitalised word opening the sentence may be any word
                add(sentence.start + m.start(1), sentence.start + m.end(1))
        if not latin_script:
            for m in _LATIN_RUN.finditer(st):
                word = m.group(1)
                if word[0].isupper() or any(c.isupper() for c in word[1:]):
                    add(sentence.start + m.start(1), sentence.start + m.end(1))
        if quoted_re is not None and quoted_re.search(st):
            for m in quoted_re.finditer(st):
                s, e = sentence.start + m.start(1), sentence.start + m.end(1)
                surface = m.group(1).strip()
                if surface and free(s, e) and not _LATIN_RUN.fullmatch(surface):
                    claimed.add(s, e)
                    entry = gaz.by_key.get(fold_phrase(surface))
                    found.append(
                        gaz.mention(s, e, surface, entry)
                        if entry
                        else Mention(s, e, surface, surface, "shape", None, surface, False, False)
                    )
    return found


def _person_links(text: str, mentions: list[Mention], cues: CueSet) -> dict[str, Mention]:
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


def _person_mentions(text: str, links: dict[str, Mention], cues: CueSet, taken: list[tuple[int, int]]) -> list[Mention]:
    out = []
    claimed = Taken(taken)
    for person, company in sorted(links.items(), key=lambda kv: -len(kv[0])):
        if cues.script == "arabic":
            pattern = rf"(?<![{_ARABIC_LETTER}]){_ARABIC_PREFIX}({re.escape(person)})(?![{_ARABIC_LETTER}])"
        else:
            pattern = rf"\b({re.escape(person)})\b(?!['’]s\s+(?:company|firm))"
        for m in re.finditer(pattern, text):
            s, e = m.span(1)
            if not claimed.free(s, e):
                continue
            claimed.add(s, e)
            out.append(replace(company, start=s, end=e, surface=text[s:e], source="person"))
    return out


def _short_forms(shaped: list[Mention], known: list[Mention], gaz: GazetteerIndex) -> list[Mention]:
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


def _recurrences(shaped: list[Mention], taken: list[tuple[int, int]], sentences: list[Sentence]) -> list[Mention]:
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


def find_mentions(
    text: str,
    index: FoldedText,
    sentences: list[Sentence],
    cues: CueSet,
    gaz: GazetteerIndex,
) -> list[Mention]:
    """Named companies and people standing for them, in text order (back-references come later)."""
    known = gaz.find(text, index)
    taken = [(m.start, m.end) for m in known]
    shaped = _short_forms(_shape_mentions(text, sentences, cues, taken, gaz), known, gaz)
    shaped += _recurrences(shaped, taken + [(m.start, m.end) for m in shaped], sentences)
    named = sorted(known + shaped, key=lambda m: m.start)
    taken = [(m.start, m.end) for m in named]
    people = _person_mentions(text, _person_links(text, named, cues), cues, taken)
    return sorted(named + people, key=lambda m: m.start)


def _clause_starts(sentence: Sentence, cues: CueSet) -> list[int]:
    starts = [sentence.start]
    if cues.clause_breaks is not None:
        starts += [sentence.start + m.start() for m in cues.clause_breaks.finditer(sentence.text) if m.start() > 0]
    return starts


def resolve_backreferences(
    text: str,
    index: FoldedText,
    sentences: list[Sentence],
    mentions: list[Mention],
    cues: CueSet,
) -> list[Mention]:
    """Add a mention for every back-reference phrase, pointing at the company it stands for.

    Inside a clause, a back-reference points at the last company named before it in that clause;
    otherwise at the topic (first company named) of the closest earlier clause or sentence that names
    one. A "the fund" phrase prefers the last fund named.
    """
    out = list(mentions)
    direct = sorted((m for m in mentions if m.source in ("alias", "shape")), key=lambda m: m.start)
    direct_starts = [m.start for m in direct]
    resolved: list[Mention] = []

    def window(start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(direct_starts, start)
        j = bisect.bisect_left(direct_starts, end)
        return direct[i:j]

    def topic(start: int, end: int) -> Mention | None:
        named = window(start, end) + [m for m in resolved[-20:] if start <= m.start < end]
        return min(named, key=lambda m: m.start) if named else None

    for number, sentence in enumerate(sentences):
        hits = cues.backrefs.hits(index, sentence.start, sentence.end)
        if not hits:
            continue
        clauses = _clause_starts(sentence, cues)
        for hit in hits:
            if any(m.start < hit.end and hit.start < m.end for m in window(hit.start - 200, hit.end)):
                continue  # "the company SoftBank": the name itself is there
            target = None
            if hit.label == "fund":
                funds = [m for m in window(hit.start - 1500, hit.start) if m.fund and m.end <= hit.start]
                target = funds[-1] if funds else None
            clause_start = max(c for c in clauses if c <= hit.start)
            if target is None:
                same = [m for m in window(clause_start, hit.start) if m.end <= hit.start]
                target = same[-1] if same else None
            if target is None:
                earlier = [c for c in clauses if c < clause_start]
                bounds = earlier + [clause_start]
                for k in range(len(earlier) - 1, -1, -1):
                    target = topic(bounds[k], bounds[k + 1])
                    if target:
                        break
            if target is None:
                for k in range(number - 1, -1, -1):
                    previous = sentences[k]
                    if sentence.start - previous.end > 3000:
                        break
                    target = topic(previous.start, previous.end)
                    if target:
                        break
            if target is not None:
                resolved.append(
                    replace(
                        target,
                        start=hit.start,
                        end=hit.end,
                        surface=text[hit.start : hit.end],
                        source="backref",
                    )
                )
    return sorted(out + resolved, key=lambda m: m.start)
