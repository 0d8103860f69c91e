"""Per-language candidate patterns for date phrases, built once from data/dates/<lang>.json.

A data file lists the words (months, weekdays, number words, ordinals, 'this year' words, units) and
the patterns that combine them. Patterns use placeholders that this module expands into named groups:

    {MONTH} {MONTH_FULL} (group m)   {WEEKDAY} (wd)   {YEAR} (y)   {YY} (yy, two-digit year)
    {DAY} (day)   {MNUM} {CDAY} (numeric or CJK-numeral month and day)   {NUM} (n)   {ORD} (q)
    {YREL} (yrel)   {MREL} (mrel)   {UNIT} (unit)   {S} one to three spaces   {S0} zero to three

Group `d`, when present, is the date phrase itself (prepositions such as "in" stay outside it).
Adding a language means adding a data file: no code change.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).parent / "data" / "dates"
GENERIC = "_generic"

CJK_DIGITS = "〇零一二三四五六七八九"
_SPACE = r"[ \t\u00a0\u3000]{1,3}"
_SPACE0 = r"[ \t\u00a0\u3000]{0,3}"

# Arabic-Indic, Persian and full-width digits become ASCII one for one, so offsets do not move.
DIGITS = str.maketrans(
    {
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "\u066b": ".",
    }
)
_ARABIC_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ـ": ""})


def fold(word: str) -> str:
    """Lookup key of a word from the data files: case, trailing dot, spacing and alef variants folded."""
    return " ".join(word.casefold().rstrip(".").translate(_ARABIC_FOLD).split())


@dataclass(frozen=True)
class Pattern:
    regex: re.Pattern[str]
    kind: str
    params: dict[str, Any]
    priority: int
    # Anchor classes, one of which every match holds: digit, month, weekday, unit, u:<unit>, word, any.
    needs: tuple[str, ...] = ("any",)


@dataclass
class LanguagePatterns:
    language: str
    patterns: list[Pattern] = field(default_factory=list)
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    year_words: dict[str, int | str] = field(default_factory=dict)
    month_modifiers: dict[str, str] = field(default_factory=dict)
    units: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    capitalised_names: bool = False
    date_order: str = "DMY"
    reject_after: re.Pattern[str] | None = None
    # Hedges just before a date phrase ("about ten months after", "environ 10 mois", "约两年前"), as words;
    # inside one ("vor rund drei Jahren", "2년여 전") the pattern itself placed them, glued to the number.
    approximate: re.Pattern[str] | None = None
    approximate_inside: re.Pattern[str] | None = None
    published_labels: tuple[str, ...] = ()
    uses_dateparser: bool = False
    anchors: re.Pattern[str] | None = None
    anchor_words: dict[str, frozenset[str]] = field(default_factory=dict)
    anchor_prefixes: tuple[str, ...] = ()  # letters glued to a word's front (Arabic و ف ب ل)
    anchor_word_regex: re.Pattern[str] | None = None


_CACHE: dict[str, LanguagePatterns] = {}
_LOCK = threading.Lock()


def normalise_language(language: str | None) -> str:
    """'zh-Hant', 'zh_TW', 'EN' -> 'zh', 'zh', 'en'."""
    return (language or "").strip().lower().replace("_", "-").split("-")[0]


def available_languages() -> list[str]:
    return sorted(p.stem for p in DATA_DIR.glob("*.json") if not p.stem.startswith("_"))


def _load(name: str) -> dict[str, Any]:
    path = DATA_DIR / f"{name}.json"
    if not name or "/" in name or "\\" in name or not path.is_file():
        return {}
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _alternation(words: Any) -> str:
    names = sorted({w for w in words if w}, key=len, reverse=True)
    if not names:
        return r"(?!x)x"  # matches nothing
    return "|".join(re.escape(n).replace(r"\ ", "{S}") for n in names)


def _number_alternation(words: dict[str, int]) -> str:
    spelled = _alternation(words)
    return rf"(?<![\d.,])(?:\d{{1,3}}(?![\d.,]\d)|{spelled})"


def _expand(source: str, data: dict[str, Any], *, cjk: bool) -> str:
    months = {**data.get("months", {}), **data.get("months_short", {})}
    cjk_year = rf"|[一二][{CJK_DIGITS}]{{3}}" if cjk else ""
    cjk_num = r"|十[一二]?|[一二三四五六七八九]" if cjk else ""
    cjk_day = r"|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]" if cjk else ""
    before = r"(?<![\d〇零一二三四五六七八九十])(?<!\d[.,])" if cjk else r"(?<![\d.,])"
    replacements = {
        "{MONTH_FULL}": f"(?P<m>{_alternation(data.get('months', {}))})",
        "{MONTH}": f"(?P<m>{_alternation(months)})",
        "{MONTH2}": f"(?P<m2>{_alternation(months)})",
        "{WEEKDAY}": f"(?P<wd>{_alternation(data.get('weekdays', {}))})",
        # a comma or point before a year is a figure's only after a digit: "1,2017" is no year; "收购,2017年"
        # (Chinese web text often writes an ASCII comma) is one
        "{YEAR}": rf"(?<!\d)(?<!\d[.,])(?P<y>(?:19|20)\d\d{cjk_year})(?![\d]|[.,]\d)",
        "{YY}": r"(?P<yy>\d\d)(?!\d)",
        "{DAY}": r"(?<![\d.,])(?P<day>3[01]|[12]\d|0?[1-9])(?![\d]|[.,]\d)",
        "{MNUM}": rf"{before}(?P<m>1[0-2]|0?[1-9]{cjk_num})(?!\d)",
        "{MNUM2}": rf"{before}(?P<m2>1[0-2]|0?[1-9]{cjk_num})(?!\d)",
        "{CDAY}": rf"(?P<day>3[01]|[12]\d|0?[1-9]{cjk_day})(?!\d)",
        "{NUM}": f"(?P<n>{_number_alternation(data.get('numbers', {}))})",
        "{ORD}": f"(?P<q>{_alternation(data.get('ordinals', {}))})",
        "{YREL}": f"(?P<yrel>{_alternation(data.get('year_words', {}))})",
        "{MREL}": f"(?P<mrel>{_alternation(data.get('month_modifiers', {}))})",
        "{UNIT}": f"(?P<unit>{_alternation(data.get('units', {}))})",
        "{HEDGE}": f"(?:{_alternation(data.get('approximate', ()))})",
    }
    for token, value in replacements.items():
        source = source.replace(token, value)
    return source.replace("{S0}", _SPACE0).replace("{S}", _SPACE)


_GROUP = re.compile(r"\(\?P<([A-Za-z_]\w*)>")


def _dedupe_groups(source: str) -> str:
    """A placeholder used twice in one pattern ("Q3 2024" or "Q3'24") names its group twice, which `re`
    refuses: later copies become name__2, name__3 (see group_value)."""
    seen: dict[str, int] = {}

    def rename(match: re.Match[str]) -> str:
        name = match.group(1)
        seen[name] = seen.get(name, 0) + 1
        return match.group(0) if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

    return _GROUP.sub(rename, source)


def group_value(match: re.Match[str], name: str) -> str | None:
    """The text of group `name` or of a renamed copy of it, whichever took part in the match."""
    index = match.re.groupindex
    if name in index and match.group(name) is not None:
        return match.group(name)
    for copy in range(2, 6):
        key = f"{name}__{copy}"
        if key not in index:
            break
        if match.group(key) is not None:
            return match.group(key)
    return None


def _wrap(source: str, boundaries: str) -> str:
    left = r"(?<!\w)" if boundaries in ("both", "left") else ""
    right = r"(?!\w)" if boundaries in ("both", "right") else ""
    return f"{left}(?:{source}){right}"


def _compile_into(result: LanguagePatterns, data: dict[str, Any], *, offset: int) -> None:
    cjk = bool(data.get("cjk_numerals"))
    boundaries = data.get("word_boundaries", "both")
    for index, spec in enumerate(data.get("patterns", [])):
        spec = dict(spec)
        raw = spec.pop("re")
        kind = spec.pop("kind")
        needs = _needs(raw, kind, spec, data)
        spec.pop("needs", None)
        spec.pop("note", None)
        source = _dedupe_groups(_expand(raw, data, cjk=cjk))
        flags = re.IGNORECASE | re.UNICODE
        regex = re.compile(_wrap(source, spec.pop("boundaries", boundaries)), flags)
        result.patterns.append(
            Pattern(
                regex=regex,
                kind=kind,
                params=spec,
                priority=offset + index,
                needs=needs,
            )
        )
        if kind == "dp":
            result.uses_dateparser = True


def _merge_words(result: LanguagePatterns, data: dict[str, Any]) -> None:
    for key, value in {
        **data.get("months", {}),
        **data.get("months_short", {}),
    }.items():
        result.months[fold(key)] = int(value)
    result.weekdays.update({fold(k): int(v) for k, v in data.get("weekdays", {}).items()})
    result.numbers.update({fold(k): int(v) for k, v in data.get("numbers", {}).items()})
    result.ordinals.update({fold(k): int(v) for k, v in data.get("ordinals", {}).items()})
    result.year_words.update({fold(k): v for k, v in data.get("year_words", {}).items()})
    result.month_modifiers.update({fold(k): v for k, v in data.get("month_modifiers", {}).items()})
    for key, value in data.get("units", {}).items():
        unit, count = (value, None) if isinstance(value, str) else (value[0], value[1])
        result.units[fold(key)] = (unit, count)


# Every date phrase holds one of these: a year-like number, a digit date shape, one of the data file's
# words, or (CJK) one of its anchor characters. Patterns run only near them: a long text full of other
# numbers and words is then cheap.
_DIGIT_ANCHORS = r"[12]\d\d\d|\d[/.-]\d|Q[1-4]|[1-4]Q|FY"
WORD = re.compile(r"[^\W\d_]+")


def _anchors(
    data: dict[str, Any],
) -> tuple[re.Pattern[str], dict[str, frozenset[str]], set[str]]:
    """The digit/CJK-character anchor regex, each anchor word's classes (by folded form) and the anchor
    words as the text spells them."""
    classes: dict[str, set[str]] = {}
    surface: set[str] = set()
    sources = (
        ("months", "month"),
        ("months_short", "month"),
        ("weekdays", "weekday"),
        ("units", "unit"),
        ("year_words", "unit"),
        ("anchor_words", "word"),
    )
    units = _unit_names(data)
    for key, name in sources:
        for phrase in data.get(key, {}):
            tokens = WORD.findall(phrase)
            if tokens:
                token = max(tokens, key=len)
                surface.update((token, fold(token)))
                classes.setdefault(fold(token), set()).add(name)
                if fold(token) in units:  # "months" and "month" both anchor u:month
                    classes[fold(token)].add(f"u:{units[fold(token)]}")
    chars = "".join(sorted(set(data.get("anchor_chars", ""))))
    if chars:  # words run together (or carry particles): characters are the anchors
        return re.compile(f"{_DIGIT_ANCHORS}|[{re.escape(chars)}]"), {}, set()
    return (
        re.compile(_DIGIT_ANCHORS),
        {w: frozenset(n) for w, n in classes.items()},
        surface,
    )


def _word_regex(words: set[str], prefixes: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pass over the text for the anchor words (faster than tokenising every word)."""
    if not words:
        return None
    glue = f"(?:[{''.join(prefixes)}]{{1,2}})?" if prefixes else ""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w){glue}(?P<w>{alternation})(?!\w)", re.IGNORECASE)


_LOOKAROUND = re.compile(r"\(\?<?[!=](?:[^()]|\([^()]*\))*\)")


def _unit_names(data: dict[str, Any]) -> dict[str, str]:
    """Folded unit word -> unit ("months" -> "month")."""
    names = {}
    for word, value in data.get("units", {}).items():
        names[fold(word)] = value if isinstance(value, str) else value[0]
    return names


def _needs(source: str, kind: str, spec: dict[str, Any], data: dict[str, Any]) -> tuple[str, ...]:
    """The anchor classes one of which every match of a pattern holds, so it runs only near them."""
    if "needs" in spec:
        return (spec["needs"],)
    if data.get("anchor_chars"):  # CJK and Korean: every anchor is a character, all in one class
        return ("digit",)
    if "{MONTH" in source:
        return ("month",)
    if "{WEEKDAY}" in source and kind in ("weekday", "block"):
        return ("weekday",)
    if "{UNIT}" in source:
        return ("unit",)
    if kind in ("rel", "chain", "block"):
        # A data file marks "needs": "any" where the unit word sits in an optional part.
        units = _unit_names(data)
        literal = re.sub(_LOOKAROUND, " ", source)  # words in (?!...) are not part of the match
        literal = re.sub(r"\{[A-Z0-9_]+\}|\\[a-zA-Z]", " ", literal)
        named = sorted({f"u:{units[fold(w)]}" for w in WORD.findall(literal) if fold(w) in units})
        return tuple(named) if named else ("any",)
    if kind in ("ymd", "month_range", "numeric", "quarter", "dp") and (
        "{YEAR}" in source or "{YY}" in source or "{MNUM}" in source
    ):
        return ("digit",)
    return ("any",)


def patterns_for(language: str) -> LanguagePatterns:
    """The compiled patterns of a language (its data file plus the digit-only generic set), cached.
    A language without a data file gets the generic set alone."""
    code = normalise_language(language)
    cached = _CACHE.get(code)
    if cached is not None:
        return cached
    with _LOCK:
        if code in _CACHE:
            return _CACHE[code]
        data = _load(code) if code in available_languages() else {}
        generic = _load(GENERIC)
        result = LanguagePatterns(
            language=code,
            capitalised_names=bool(data.get("capitalised_names")),
            date_order=data.get("date_order", "DMY"),
            published_labels=tuple(data.get("published_labels", ())),
        )
        _merge_words(result, data)
        _compile_into(result, data, offset=0)
        _compile_into(result, {**generic, "cjk_numerals": False}, offset=1000)
        result.anchors, result.anchor_words, surface = _anchors(data)
        result.anchor_prefixes = tuple(data.get("anchor_prefixes", ()))
        result.anchor_word_regex = _word_regex(surface, result.anchor_prefixes)
        after = "|".join(x for x in (data.get("reject_after"), generic.get("reject_after")) if x)
        if after:
            result.reject_after = re.compile(rf"[ \t\u00a0]{{0,3}}(?:{after})", re.IGNORECASE)
        if data.get("approximate"):
            hedges = _alternation(data["approximate"]).replace("{S}", r"\s+")
            result.approximate = re.compile(_wrap(hedges, data.get("word_boundaries", "both")), re.IGNORECASE)
            # A suffix hedge ("2년여 전") ends where a word would go on ("여름", summer).
            inside = "none" if data.get("word_boundaries") == "none" else "right"
            result.approximate_inside = re.compile(_wrap(hedges, inside), re.IGNORECASE)
        _CACHE[code] = result
        return result
