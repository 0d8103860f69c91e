"""Per-language money grammar, compiled once at import from data/money/<lang>.json.

The data files are the source of truth: adding a language means adding a file (and tests). This
module only turns their word lists into regexes with the right word boundaries for each script.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .money_numbers import CJK_NUMERAL_CHARS

DATA_DIR = Path(__file__).resolve().parent / "data" / "money"
QUALIFIER_KINDS = ("up_to", "about", "at_least")

_SP = r"[^\S\n]"  # whitespace that does not end a line
_LETTER_BEFORE = r"(?<![^\W\d_])"  # not preceded by a letter (digits may touch: '5bn')
_WORD_BEFORE = r"(?<!\w)"
_LETTER_AFTER = r"(?![^\W\d_])"
_WORD_AFTER = r"(?!\w)"
# Korean particles that attach to a currency word ('5000억원을'); any other syllable means a longer word.
_KO_TAIL = (
    r"(?=(?:을|를|이|가|은|는|의|에|에서|으로|로|과|와|도|씩|어치|까지|만큼|대|가량|정도|이상|이하|미만|"
    r"여|규모|짜리|선|만|이다|이며|였다|으며|씩)?(?![가-힣]))"
)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x3040 <= o <= 0x30FF or 0x3400 <= o <= 0x9FFF or 0xF900 <= o <= 0xFAFF or 0x31F0 <= o <= 0x31FF


def _is_hangul(ch: str) -> bool:
    o = ord(ch)
    return 0xAC00 <= o <= 0xD7AF or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def _is_alpha(ch: str) -> bool:
    """A letter of a script that writes spaces between words (Latin, Arabic, Cyrillic...)."""
    return ch.isalpha() and not _is_cjk(ch) and not _is_hangul(ch)


def key(surface: str) -> str:
    """Lookup key of a matched word: case and inner whitespace folded."""
    return " ".join(surface.split()).lower()


_END = ""  # trie key marking the end of an entry (its value is the entry's right boundary)
_SPACED, _UNSPACED = " ", "\x00"  # word gaps: required in spaced scripts, optional between CJK/Hangul


def _alternation(entries, *, before: str, after: str, prefixes=("",), hangul_tail: str = "", fold: bool = True) -> str:
    """A regex matching any entry (longest first), each with the boundaries its script needs.

    Built as a trie so that scanning megabytes stays fast: every branch starts with a plain
    character, which lets the regex engine reject a position on that character alone. `before` and
    `after` apply where an entry starts/ends with a letter of a spaced script; Chinese and Japanese
    characters need none, Hangul gets `hangul_tail` at its end. `prefixes` are attached words
    (Arabic 'ب', 'و') that may be glued to the front of an entry.
    """
    trie: dict = {}
    for entry in entries:
        entry = entry.strip()
        if not entry:
            continue
        tight = any(_is_hangul(c) or _is_cjk(c) for c in entry)
        last = entry[-1]
        end = after if _is_alpha(last) else (hangul_tail if _is_hangul(last) else "")
        for prefix in prefixes:
            node = trie
            for i, word in enumerate((prefix + entry).split()):
                if i:
                    node = node.setdefault(_UNSPACED if tight else _SPACED, {})
                for ch in word.lower() if fold else word:
                    node = node.setdefault(ch, {})
            node[_END] = end
    if not trie:
        return "(?!)"
    branches = []
    for ch in sorted(trie):
        # The boundary is checked after the first character (a lookbehind first would run at
        # every position of the text).
        spaced = _is_alpha(ch) or (before == _WORD_BEFORE and _is_hangul(ch))
        left = {_LETTER_BEFORE: r"(?<![^\W\d_].)", _WORD_BEFORE: r"(?<!\w.)"}.get(before, "") if spaced else ""
        branches.append(f"{_char(ch, fold)}{left}{_subtrie(trie[ch], fold)}")
    return "|".join(branches)


def _char(ch: str, fold: bool = True) -> str:
    """A character of an entry; letters match in both cases (IGNORECASE would defeat the engine's
    first-character shortcut)."""
    if ch == _SPACED:
        return f"{_SP}+"
    if ch == _UNSPACED:
        return f"{_SP}*"
    upper = ch.upper()
    if fold and upper != ch and len(upper) == 1:
        return f"[{re.escape(ch)}{re.escape(upper)}]"
    return re.escape(ch)


def _subtrie(node: dict, fold: bool = True) -> str:
    alts = [_char(ch, fold) + _subtrie(node[ch], fold) for ch in sorted(k for k in node if k != _END)]
    if _END in node:
        alts.append(node[_END])  # last, so that longer entries win
    if len(alts) == 1:
        return alts[0] if "|" not in alts[0] else f"(?:{alts[0]})"
    return "(?:" + "|".join(alts) + ")"


def _gated(regex: str, entries, prefixes=("",), extra: str = "") -> str:
    """`regex`, tried only where one of its possible first characters stands."""
    chars = first_chars([p + e for e in entries for p in prefixes]) | set(extra)
    if not chars:
        return "(?!)"
    return f"(?=[{''.join(sorted(re.escape(c) for c in chars))}])(?:{regex})"


def first_chars(entries) -> set[str]:
    chars = set()
    for entry in entries:
        entry = entry.strip()
        if entry:
            chars.update({entry[0], entry[0].lower(), entry[0].upper()})
    return chars


@dataclass(frozen=True)
class Lang:
    code: str
    decimal_sep: str
    atoms: re.Pattern[str]
    scales: dict[str, Decimal]
    attached_scales: frozenset[str]
    tight_scales: frozenset[str]
    bare_scales: dict[str, Decimal]
    compound: bool
    words: dict[str, Decimal]
    currencies: dict[str, str]  # key(surface) -> ISO code, or '¥'
    infixes: dict[str, str]  # key(surface) -> qualifier
    clitics: tuple[str, ...]  # longest first
    precur_gap: re.Pattern[str]
    scale_gap: re.Pattern[str]
    cur_gap: re.Pattern[str]
    pct_gap: re.Pattern[str]
    range_gap: re.Pattern[str]
    paired_gap: re.Pattern[str]
    compound_gap: re.Pattern[str]
    qualifier_before: re.Pattern[str]
    qualifier_after: re.Pattern[str]
    opener_before: re.Pattern[str]
    valuation_before: re.Pattern[str]
    valuation_after: re.Pattern[str]
    price_before: re.Pattern[str]  # "a deal valued at": the deal's worth is the move's price, not a valuation
    deal_refs: re.Pattern[str]  # "the transaction", "이번 거래": a sentence about the deal told just before
    # "raised its stake from 9% to 13%", "5000億円から1兆円に引き上げ": a change, whose figure is the new one
    change_openers: frozenset[str]
    change_before: re.Pattern[str]
    change_after: re.Pattern[str]
    change_gap: re.Pattern[str]  # a connector that itself says a change: "23.7%降至14.6%"

    def unclitic(self, word: str) -> str:
        """'بنصف' -> 'نصف': the key without an attached preposition."""
        for clitic in self.clitics:
            if clitic and word.startswith(clitic):
                return word[len(clitic) :]
        return word


def _qualifiers(table: dict[str, list[str]], **boundaries) -> str:
    groups = [f"(?P<{kind}>{_alternation(table[kind], **boundaries)})" for kind in QUALIFIER_KINDS if table.get(kind)]
    if not groups:
        return "(?!)"
    entries = [e for kind in QUALIFIER_KINDS for e in table.get(kind, ())]
    return _gated("|".join(groups), entries, boundaries.get("prefixes", ("",)))


def _connectors(entries: list[str]) -> str:
    return _alternation(entries, before="", after="") if entries else "(?!)"


def load_common() -> dict:
    return json.loads((DATA_DIR / "common.json").read_text(encoding="utf-8"))


def compile_lang(data: dict, common: dict) -> Lang:
    clitics = tuple(sorted(data.get("clitics") or (), key=len, reverse=True))
    optional = ("", *clitics)  # an entry alone or with a clitic glued on
    ko_tail = _KO_TAIL if data["language"] == "ko" else ""
    scales = {key(w): Decimal(m) for w, m in data["scales"].items()}
    words = {key(w): Decimal(v) for w, v in data["word_numbers"].items()}
    currencies = {key(w): c for w, c in data["currencies"].items()}
    prefix_words = {key(w): c for w, c in data.get("prefix_currencies", {}).items()}
    signs = dict(common["signs"])
    codes = dict(common["codes"])
    for table in (prefix_words, signs, codes):
        currencies.update({key(s): c for s, c in table.items()})
    infixes = {key(w): kind for kind, ws in data["infix_qualifiers"].items() for w in ws}
    atoms = _atoms(data, _Entries(clitics, optional, ko_tail, signs, codes, prefix_words, words, infixes))
    return Lang(
        code=data["language"],
        decimal_sep=data["decimal"],
        atoms=atoms,
        scales=scales,
        attached_scales=frozenset(key(s) for s in data["attached_scales"]),
        tight_scales=frozenset(key(s) for s in data["tight_scales"]),
        bare_scales={key(w): Decimal(v) for w, v in data["bare_scales"].items()},
        compound=bool(data["compound_numbers"]),
        words=words,
        currencies=currencies,
        infixes=infixes,
        clitics=clitics,
        change_openers=frozenset(w.casefold() for w in data.get("change_openers", [])),
        change_before=_change_pattern(data.get("change_before", []), spaced=True),
        change_after=_change_pattern(data.get("change_after", []), spaced=False),
        deal_refs=_phrases(data.get("deal_refs", [])),
        change_gap=re.compile(f"{_SP}*(?:{_connectors(data.get('change_connectors', []))}){_SP}*"),
        **_gap_patterns(data, optional, ko_tail),
    )


class _Entries(NamedTuple):
    """A language's number, currency and qualifier words, keyed as the scan folds them."""

    clitics: tuple[str, ...]
    optional: tuple[str, ...]  # no prefix, or one of the clitics
    ko_tail: str
    signs: dict
    codes: dict
    prefix_words: dict
    words: dict
    infixes: dict


def _atoms(data: dict, table: _Entries) -> re.Pattern[str]:
    """One pattern for every atom of an amount: a number, a number word, a currency, a scale, a percent..."""
    clitics, optional, ko_tail, signs, codes, prefix_words, words, infixes = table
    spaces = r"[\u00a0\u202f\u2009 ]" if data["space_grouping"] else r"[\u00a0\u202f\u2009]"
    number = (
        rf"(?<![0-9])(?:[0-9]{{1,3}}(?:{spaces}[0-9]{{3}})+(?:[.,][0-9]+)?(?![0-9])"
        r"|[0-9]+(?:[.,][0-9]+)*)"
    )
    parts: list[str] = []
    first: set[str] = set()

    def add(name: str, regex: str, entries=(), prefixes=("",), extra: str = "") -> None:
        first.update(first_chars([p + e for e in entries for p in prefixes]) | set(extra))
        parts.append(_gated(f"(?P<{name}>{regex})", entries, prefixes, extra))

    if data.get("percent_prefixes"):
        add("pct_pre", _alternation(data["percent_prefixes"], before=_WORD_BEFORE, after=""), data["percent_prefixes"])
    add("num", number, extra="0123456789")
    if data.get("cjk_numerals"):
        add("cjk", f"(?<![0-9数數几幾])[{CJK_NUMERAL_CHARS}]+", extra=CJK_NUMERAL_CHARS)
    pct_words = _alternation(data["percent_words"], before=_LETTER_BEFORE, after=_WORD_AFTER, hangul_tail=ko_tail)
    add("pct", f"%|{pct_words}", data["percent_words"], extra="%")
    signs_and_codes = _alternation([*signs, *codes], before=_LETTER_BEFORE, after=_LETTER_AFTER, fold=False)
    prefix_alt = _alternation(prefix_words, before=_LETTER_BEFORE, after=_WORD_AFTER, hangul_tail=ko_tail)
    add("sign", f"{signs_and_codes}|{prefix_alt}", [*signs, *codes, *prefix_words])
    currency_words = [w for w in data["currencies"] if key(w) not in prefix_words]
    cur = _alternation(currency_words, before=_LETTER_BEFORE, after=_WORD_AFTER, hangul_tail=ko_tail)
    add("cur", cur, currency_words)
    add("scale", _alternation(data["scales"], before=_LETTER_BEFORE, after=_LETTER_AFTER), data["scales"])
    if clitics:  # an attached preposition before a bare scale ('بمليار') is kept in the text
        bare = _alternation(data["bare_scales"], before=_LETTER_BEFORE, after=_LETTER_AFTER, prefixes=clitics)
        add("bare", bare, data["bare_scales"], clitics)
    if words:
        word = _alternation(data["word_numbers"], before=_LETTER_BEFORE, after=_LETTER_AFTER, prefixes=optional)
        add("word", word, data["word_numbers"], optional)
    if data["half_suffixes"]:
        # 'ونصف مليار' is a new amount (and half a billion), not the end of the previous one
        scale_next = _alternation(data["scales"], before="", after=_LETTER_AFTER, prefixes=optional)
        half = _alternation(data["half_suffixes"], before=_LETTER_BEFORE, after=_WORD_AFTER)
        add("half", f"(?:{half})(?!{_SP}*(?:{scale_next}))", data["half_suffixes"])
    if infixes:
        add("infix", _alternation(list(infixes), before=_LETTER_BEFORE, after=_WORD_AFTER), list(infixes))
    # Atoms of spaced scripts start where a word starts: one check rejects the inside of words,
    # most of the text (three times faster on English).
    letters = "".join(sorted(re.escape(c) for c in first if _is_alpha(c)))
    others = "".join(sorted(re.escape(c) for c in first if not _is_alpha(c)))
    gate = f"(?=[{others}]|[{letters}](?<![^\\W\\d_].))" if letters else f"(?=[{others}])"
    return re.compile(f"{gate}(?:{'|'.join(parts)})")


def _gap_patterns(data: dict, optional: tuple[str, ...], ko_tail: str) -> dict[str, re.Pattern[str]]:
    """What may stand between the atoms of an amount, and the words around it (qualifiers, valuation cues)."""
    letter_links = [lk for lk in data["links"] if not lk.endswith("'")]
    apos_links = [lk for lk in data["links"] if lk.endswith("'")]
    link = ""
    if letter_links:
        link += f"|{_SP}+(?:{_connectors(letter_links)}){_SP}+"
    if apos_links:
        link += f"|{_SP}+(?:{_connectors(apos_links)}){_SP}*"
    qb = {"before": _WORD_BEFORE, "after": _WORD_AFTER, "prefixes": optional}
    qa = {"before": "", "after": _WORD_AFTER, "hangul_tail": ko_tail}
    cues = data["valuation_before"]
    cues_before = _gated(_alternation(cues, before=_WORD_BEFORE, after="", prefixes=optional), cues, optional)
    cues_after = _alternation(data["valuation_after"], before="", after="") if data["valuation_after"] else "(?!)"
    prices = data.get("price_before", [])
    prices_before = _gated(_alternation(prices, before=_WORD_BEFORE, after="", prefixes=optional), prices, optional)
    openers = data["range_openers"]
    return {
        "precur_gap": re.compile(f"{_SP}?"),
        "scale_gap": re.compile(f"{_SP}{{0,2}}|-"),
        "cur_gap": re.compile(f"{_SP}{{0,2}}|{_SP}?-{_SP}?{link}"),
        "pct_gap": re.compile(f"{_SP}{{0,2}}"),
        "range_gap": re.compile(f"{_SP}*(?:{_connectors(data['range_connectors'])}){_SP}*"),
        "paired_gap": re.compile(f"{_SP}*(?:{_connectors(data['paired_connectors'])}){_SP}*"),
        "compound_gap": re.compile(f"{_SP}?"),
        "qualifier_before": re.compile(f"(?:{_qualifiers(data['qualifiers'], **qb)}){_SP}*\\Z"),
        "qualifier_after": re.compile(f"{_SP}*(?:{_qualifiers(data['postfix_qualifiers'], **qa)})"),
        "opener_before": re.compile(
            f"{_gated(_alternation(openers, **qb), openers, optional)}{_SP}*\\Z" if openers else "(?!)"
        ),
        "valuation_before": re.compile(f"{cues_before}[^0-9\\n;!?。！？]{{0,30}}\\Z"),
        "price_before": re.compile(f"{prices_before}[^0-9\\n;!?。！？]{{0,30}}\\Z" if prices else "(?!)"),
        # the word may follow the figure's conversion in brackets: "50억달러(5조6425억원) 규모의 가치로"
        "valuation_after": re.compile(f"{_SP}*(?:[(（][^()（）\\n]{{0,40}}[)）])?[)）]?{_SP}*-?{_SP}*(?:{cues_after})"),
    }


def _phrases(words: list[str]) -> re.Pattern[str]:
    if not words:
        return re.compile("(?!)")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![A-Za-z])(?:{alternation})", re.IGNORECASE)


def _change_pattern(words: list[str], *, spaced: bool) -> re.Pattern[str]:
    if not words:
        return re.compile("(?!)")
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)" if spaced else rf"\s*(?:{alternation})", re.IGNORECASE)


def available() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in DATA_DIR.glob("*.json") if p.stem != "common"))


@lru_cache(maxsize=16)
def load(language: str) -> Lang | None:
    """One language's grammar, compiled when first asked for: compiling all eight took most of a start."""
    if language not in available():  # "common" is shared data, not a language
        return None
    path = DATA_DIR / f"{language}.json"
    return compile_lang(json.loads(path.read_text(encoding="utf-8")), load_common())
