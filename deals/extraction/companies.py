"""Companies named in the text: gazetteer aliases in every script, unknown names by their shape,
people linked to a company by a title ("Masayoshi Son, the founder of SoftBank"), and back-references
("the company", "la société", "الشركة", "同社") resolved to the company last named as a topic.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import arabic
from .backreferences import resolve_backreferences as resolve_backreferences
from .company_people import person_links, person_mentions
from .company_shapes import recurrences, shape_mentions, short_forms
from .cues import CueSet
from .mentions import Mention as Mention
from .textindex import WORD_TOKEN, FoldedText, fold_phrase
from .types import Gazetteer, GazetteerEntry, Sentence

_ARABIC_WORD = re.compile(f"[{arabic.LETTER}]+")
_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


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
        tokens = [(m.start(), m.end(), m.group()) for m in WORD_TOKEN.finditer(folded)]
        words = [t[2] for t in tokens]
        has_arabic = _ARABIC_WORD.search(folded) is not None
        by_first_word = self.by_first_word
        for i, (start, _end, word) in enumerate(tokens):
            options = [(word, start)]
            if has_arabic and _ARABIC_WORD.fullmatch(word):
                for prefix in arabic.NAME_PREFIXES:
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
    shaped = short_forms(shape_mentions(text, sentences, cues, taken, gaz), known, gaz)
    shaped += recurrences(shaped, taken + [(m.start, m.end) for m in shaped], sentences)
    named = past_tickers(text, sorted(known + shaped, key=lambda m: m.start))
    taken = [(m.start, m.end) for m in named]
    people = person_mentions(text, person_links(text, named, cues), cues, taken)
    return sorted(named + people, key=lambda m: m.start)


# A stock ticker right after a name: "騰訊控股(テンセント・ホールディングス)0700.HKは", "ソフトバンクグループ9984.Tから",
# "Arm Holdings (ARM.US)". The exchange codes are those the press writes.
_TICKER = re.compile(
    r"[)）]?[ \u3000]?[(（]?(?:\d{4,6}|[A-Z]{1,5})\.(?:HK|T|US|O|N|OQ|KS|KQ|SS|SZ|SH|L|DE|PA|TW)(?![A-Za-z])[)）]?"
)


_EXCHANGE_AFTER = re.compile(r"(?:\d{4,6}|[A-Z]{1,5})\.(?:HK|T|US|O|N|OQ|KS|KQ|SS|SZ|SH|L|DE|PA|TW)$")


def past_tickers(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each name with the ticker that follows it, so that the particle or word after the ticker reads as after
    the name; a ticker's exchange code ("HK") taken for a name of its own is dropped."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].start <= m.start < out[-1].end:
            continue  # inside the ticker just joined to the name before
        if m.source == "shape" and _EXCHANGE_AFTER.search(text, max(0, m.start - 7), m.end):
            continue  # "…ホールディングス)0700.HK": the exchange code of a ticker, no company
        ticker = _TICKER.match(text, m.end)
        if ticker and ticker.end() > m.end:
            m = replace(m, end=ticker.end(), surface=text[m.start : ticker.end()])
        out.append(m)
    return out
