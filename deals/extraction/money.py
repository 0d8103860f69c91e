"""Money amounts and percentages in news text, in eight languages, as exact Decimals.

A grammar, not a library (none covers these languages, see the findings): the text is cut into atoms
(numbers, word numbers, scale words, currency signs and words, percent signs) by one regex per
language, then a small parser joins neighbouring atoms: [qualifier] [sign] NUMBER [scale...]
[currency | %] [postfix qualifier], optionally twice around a range connector. Everything a language
needs is in data/money/<lang>.json.
"""

from __future__ import annotations

import decimal
import functools
import re
from decimal import Decimal
from typing import NamedTuple

from .money_lang import Lang, available, key, load
from .money_numbers import CONTEXT, LIMIT, grouped_round, normalise, parse_cjk, parse_digits, plain
from .types import PERCENT, ExtractedAmount

__all__ = ["LANGUAGES", "find_amounts", "yen_currency_for"]

LANGUAGES = available()
_YEN = "¥"
_NUMBERS = ("num", "cjk")
_QUALIFIER_WINDOW = 40  # characters searched before an amount for "up to", "près de", "حوالي"...
_OPENER_WINDOW = 20
_CUE_WINDOW = 80  # characters searched before an amount for a valuation cue
_MILLION = Decimal(10**6)


def _lang(language: str) -> Lang:
    primary = re.split(r"[-_]", (language or "en").strip().lower(), maxsplit=1)[0]
    return load(primary) or load("en")


_CNY_HINTS = re.compile(
    r"人民币|人民幣|人民元|renminbi|\byuan(?:s|es)?\b|\bRMB\b|يوان|위안|\d[^\S\n]?[万萬亿億千百]?元", re.IGNORECASE
)


def yen_currency_for(text: str, *, language: str) -> str:
    """'CNY' for Chinese text or text mentioning 人民币/人民元/yuan/RMB or a figure in 元, else 'JPY'.

    In Japanese 元 alone also means "former" (元社長), so only 元 after a figure counts there.
    """
    return _yen_currency_for(text if isinstance(text, str) else "", language if isinstance(language, str) else "")


@functools.lru_cache(maxsize=4)  # the pipeline asks once per article, find_amounts once per sentence
def _yen_currency_for(text: str, language: str) -> str:
    return "CNY" if _lang(language).code == "zh" or _CNY_HINTS.search(text) else "JPY"


class _Atom:
    """A number, scale word, currency or percent sign found in the text (slots: thousands per article)."""

    __slots__ = ("bare", "clitic", "code", "end", "key", "kind", "start", "value")

    def __init__(self, kind, start, end, key="", value=None, code=None, bare=None, clitic=False):
        self.kind = kind  # num cjk word scale sign cur pct pct_pre half infix
        self.start, self.end, self.key = start, end, key
        self.value: Decimal | None = value  # a number, or a scale's multiplier
        self.code: str | None = code  # currency, or an infix's qualifier
        self.bare: Decimal | None = bare  # what a scale word means with no number before it
        self.clitic = clitic  # a scale word carrying an attached preposition ('بمليار')


class _Part(NamedTuple):
    """One side of an amount: '$15', '25 billion dollars', '20%'."""

    start: int
    end: int
    next: int  # index of the first atom after it
    value: Decimal
    scale: Decimal | None
    currency: str | None
    pct: bool
    infix: str | None


def _atoms(lang: Lang, norm: str, pos: int, endpos: int) -> list[_Atom]:
    atoms = []
    append = atoms.append
    for m in lang.atoms.finditer(norm, pos, endpos):
        kind, s, e = m.lastgroup, m.start(), m.end()
        if kind == "num":
            value = parse_digits(m.group(), decimal_sep=lang.decimal_sep)
            if value is not None:
                append(_Atom("num", s, e, value=value))
        elif kind == "cjk":
            value = parse_cjk(m.group())
            if value is not None:
                append(_Atom("cjk", s, e, value=value))
        elif kind == "scale" or kind == "bare":
            k = key(m.group())
            inner = lang.unclitic(k) if kind == "bare" else k
            mult = lang.scales.get(inner)
            if mult is not None:
                append(_Atom("scale", s, e, inner, mult, None, lang.bare_scales.get(inner), kind == "bare"))
        elif kind == "word":
            k = key(m.group())
            value = lang.words.get(k) or lang.words.get(lang.unclitic(k))
            if value is not None:
                append(_Atom("word", s, e, value=value))
        elif kind in ("sign", "cur"):
            code = lang.currencies.get(key(m.group())) or lang.currencies.get(m.group())
            if code:
                append(_Atom(kind, s, e, code=code))
        elif kind == "infix":
            append(_Atom("infix", s, e, code=lang.infixes.get(key(m.group()))))
        elif kind:
            append(_Atom(kind, s, e))
    return atoms


class _Parser:
    def __init__(self, lang: Lang, norm: str, atoms: list[_Atom]):
        self.lang, self.norm, self.atoms = lang, norm, atoms

    def _gap(self, end: int, j: int, pattern: re.Pattern[str]) -> bool:
        return j < len(self.atoms) and pattern.fullmatch(self.norm, end, self.atoms[j].start) is not None

    def _is(self, j: int, *kinds: str) -> bool:
        return j < len(self.atoms) and self.atoms[j].kind in kinds

    def _starts_number(self, j: int) -> bool:
        return self._is(j, "num", "cjk", "word") or (self._is(j, "scale") and self.atoms[j].bare is not None)

    def part(self, i: int) -> _Part | None:
        """The longest amount-like run of atoms starting at atom i, or None."""
        lang, atoms = self.lang, self.atoms
        j, start, pre, pct = i, atoms[i].start, None, False
        if atoms[j].kind == "sign" and self._starts_number(j + 1) and self._gap(atoms[j].end, j + 1, lang.precur_gap):
            pre, j = atoms[j].code, j + 1
        elif atoms[j].kind == "pct_pre" and self._is(j + 1, *_NUMBERS) and atoms[j + 1].start == atoms[j].end:
            pct, j = True, j + 1
        a = atoms[j]
        scale = None
        word_number = a.kind == "word" and self._is(j + 1, "scale") and self._gap(a.end, j + 1, lang.scale_gap)
        if a.kind in _NUMBERS or word_number:
            value, end, j = a.value, a.end, j + 1
        elif a.kind == "scale" and a.bare is not None:
            value, scale, end, j = a.bare, a.value, a.end, j + 1
        else:
            return None
        infix = None
        if self._is(j, "infix") and atoms[j].start == end and not pct:
            infix, end, j = atoms[j].code, atoms[j].end, j + 1
        while self._is(j, "scale") and not pct:
            s = atoms[j]
            gap = self.norm[end : s.start]
            if s.clitic or not lang.scale_gap.fullmatch(gap):
                break
            if s.key in lang.attached_scales and (gap or not self._is(j - 1, *_NUMBERS)):
                break
            # "5 M$", and "US$500M" glued to a figure its sign opened: a capital M alone is no scale
            if s.key in lang.tight_scales and not (
                (self._is(j + 1, "sign", "cur") and self._gap(s.end, j + 1, lang.scale_gap)) or (pre and not gap)
            ):
                break
            scale = (scale or Decimal(1)) * s.value
            end, j = s.end, j + 1
        if scale is not None and scale >= _MILLION and grouped_round(self.norm[a.start : a.end], lang.decimal_sep):
            value *= 1000  # "5,000 millones": thousands grouped the American way, in a decimal-comma language
        if scale is not None and self._is(j, "half") and self._gap(end, j, lang.scale_gap):
            value, end, j = value + Decimal("0.5"), atoms[j].end, j + 1
        if scale is not None and lang.compound:
            value, scale, end, j = self._compound(value, scale, end, j)
        if infix is None and scale is not None and self._is(j, "infix") and self._gap(end, j, lang.compound_gap):
            infix, end, j = atoms[j].code, atoms[j].end, j + 1
        currency = pre
        if self._is(j, "sign", "cur") and not pct and self._gap(end, j, lang.cur_gap):
            c = atoms[j]
            leads_next = c.kind == "sign" and self._starts_number(j + 1) and self._gap(c.end, j + 1, lang.precur_gap)
            if not leads_next and (pre is None or c.code == pre):
                currency, end, j = c.code, c.end, j + 1
        if currency is None and not pct and self._is(j, "pct") and self._gap(end, j, lang.pct_gap):
            pct, end, j = True, atoms[j].end, j + 1
        return _Part(start, end, j, value, scale, currency, pct, infix)

    def _compound(self, value: Decimal, scale: Decimal, end: int, j: int):
        """'1兆2000億', '1조 2000억', '1万2000円': later groups, each smaller than the last, add up."""
        atoms, lang = self.atoms, self.lang
        total, last = value * scale, scale
        while self._is(j, "num") and self._gap(end, j, lang.compound_gap):
            k, group_scale, group_end = j + 1, None, atoms[j].end
            while self._is(k, "scale") and atoms[k].start == group_end and not atoms[k].clitic:
                group_scale = (group_scale or Decimal(1)) * atoms[k].value
                group_end, k = atoms[k].end, k + 1
            if group_scale is None and not (self._is(k, "cur", "sign") and atoms[k].start == group_end):
                break
            part = atoms[j].value * (group_scale or Decimal(1))
            if part >= last:
                break
            total, last, end, j = total + part, group_scale or Decimal(1), group_end, k
        if total == value * scale:
            return value, scale, end, j
        return total, Decimal(1), end, j


def _combine(a: _Part, b: _Part, *, ordered: bool = True) -> tuple[Decimal, Decimal, str] | None:
    """low, high and currency of the range 'a to b', or None when the two do not make one range; unless
    `ordered`, the first figure may be the larger (a change downwards)."""
    if a.pct or b.pct:
        if a.currency or b.currency or a.scale or b.scale or (a.pct and not b.pct):
            return None
        low, high, currency = a.value, b.value, PERCENT
    else:
        sa, sb = a.scale, b.scale
        if sa is None and sb is not None:  # '$15-25B', '15 to 25 billion dollars'
            if a.value > b.value:
                return None
            sa = sb
        if b.currency is None and sb is None and sa is not None:  # '$15 billion to 2025'
            return None
        if a.currency and b.currency and a.currency != b.currency:
            return None
        currency = a.currency or b.currency
        if currency is None:
            return None
        low, high = a.value * (sa or 1), b.value * (sb or 1)
    if ordered and not low < high:
        return None
    return low, high, currency


_CHANGE_WINDOW = 60  # how far before a range its change verb may stand ("raised the size of its loan from")


class _Scan:
    def __init__(self, text: str, lang: Lang, start: int, end: int, yen_currency: str | None):
        self.text, self.lang, self.yen = text, lang, yen_currency
        self.base = max(0, start - _CUE_WINDOW)
        self.norm = normalise(text[self.base : min(len(text), end + _CUE_WINDOW)])
        self.pos, self.endpos = start - self.base, end - self.base
        self.found: list[ExtractedAmount] = []
        self.valued_until = -1  # end of the last valuation word told after a figure: it values only that one

    def run(self) -> list[ExtractedAmount]:
        atoms = _atoms(self.lang, self.norm, self.pos, self.endpos)
        parser = _Parser(self.lang, self.norm, atoms)
        i = 0
        while i < len(atoms):
            a = parser.part(i)
            if a is None:
                i += 1
                continue
            if a.next < len(atoms):
                gap_end = atoms[a.next].start
                changed = self.lang.change_gap.fullmatch(self.norm, a.end, gap_end)
                connected = (
                    changed
                    or self.lang.range_gap.fullmatch(self.norm, a.end, gap_end)
                    or (self.lang.paired_gap.fullmatch(self.norm, a.end, gap_end) and self._opener(a.start))
                )
                b = parser.part(a.next) if connected else None
                pair = _combine(a, b, ordered=False) if b else None
                opener = self._opener(a.start) if pair else None
                if pair and (changed or self._is_change(a.start, b.end, opener)):
                    # only the new figure is the move's, up or down: "raised the loan from $13.5bn to $20bn",
                    # "持股比例从23.7%降至14.6%"
                    self._emit(b.start, b.end, pair[1], pair[1], pair[2], None, b.infix)
                    i = b.next
                    continue
                combined = pair if pair and pair[0] < pair[1] and not changed else None
                if combined:
                    low, high, currency = combined
                    start = opener.start() if opener else a.start
                    self._emit(start, b.end, low, high, currency, "range", None)
                    i = b.next
                    continue
            if a.currency or a.pct:
                value = a.value * (a.scale or 1)
                self._emit(a.start, a.end, value, value, PERCENT if a.pct else a.currency, None, a.infix)
            i = a.next
        return self.found

    def _is_change(self, start: int, end: int, opener: re.Match[str] | None) -> bool:
        """'from X to Y' after a change verb, or 'XからYに引き上げ': not a range but a new figure."""
        lang = self.lang
        if lang.change_after.match(self.norm, end):
            return True
        if opener is None or opener.group().strip().casefold() not in lang.change_openers:
            return False
        return (
            lang.change_before.search(self.norm, max(self.pos, opener.start() - _CHANGE_WINDOW), opener.start())
            is not None
        )

    def _opener(self, start: int) -> re.Match[str] | None:
        return self.lang.opener_before.search(self.norm, max(self.pos, start - _OPENER_WINDOW), start)

    def _money_role(self, s: int, e: int) -> str:
        """A valuation when a valuation word stands right after the figure ("a $300 billion valuation") or
        shortly before it, unless that word was told right after an earlier figure ("以3000亿美元估值投资300亿美元")."""
        after = self.lang.valuation_after.match(self.norm, e)
        before = self.lang.valuation_before.search(self.norm, max(0, s - _CUE_WINDOW), s)
        if before is not None and before.start() < self.valued_until:
            before = None
        if before is not None and self.lang.price_before.search(self.norm, max(0, s - _CUE_WINDOW), s):
            before = None  # "an all-cash deal valued at $6.5 billion": what the deal costs
        if after is not None:
            self.valued_until = after.end()
        return "valuation" if after is not None or before is not None else "value"

    def _emit(self, s: int, e: int, low, high, currency: str, qualifier: str | None, infix: str | None) -> None:
        lang, norm = self.lang, self.norm
        q = lang.qualifier_before.search(norm, max(self.pos, s - _QUALIFIER_WINDOW), s)
        if q:
            s, qualifier = q.start(), qualifier or q.lastgroup
        after = lang.qualifier_after.match(norm, e, self.endpos)
        if after:
            e, qualifier = after.end(), qualifier or after.lastgroup
        qualifier = qualifier or infix or "exact"
        role = "stake_percent" if currency == PERCENT else self._money_role(s, e)
        if currency == _YEN:
            currency = self.yen or yen_currency_for(self.text, language=lang.code)
        try:
            low, high = plain(low), plain(high)
        except ArithmeticError:
            return
        if not (0 <= low <= high < LIMIT):
            return
        start, end = s + self.base, e + self.base
        self.found.append(
            ExtractedAmount(
                role=role,
                low=low,
                high=high,
                currency=currency,
                qualifier=qualifier,
                text=self.text[start:end],
                start=start,
                end=end,
            )
        )


def find_amounts(
    text: str, *, language: str, start: int = 0, end: int | None = None, yen_currency: str | None = None
) -> list[ExtractedAmount]:
    """Every money amount and percentage inside text[start:end], offsets into `text`, in order.

    Never raises. usd_* are left None (fx.to_usd fills them). role is 'value' for money,
    'stake_percent' for percentages, 'valuation' when a valuation cue stands just before or after.
    `yen_currency` says what '¥' means ('JPY' or 'CNY'); by default it is read from the whole text.
    """
    if not isinstance(text, str) or not text:
        return []
    n = len(text)
    try:
        start = min(max(int(start or 0), 0), n)
        end = n if end is None else min(max(int(end), start), n)
    except (TypeError, ValueError):
        return []
    scan = _Scan(text, _lang(language), start, end, yen_currency)
    try:
        with decimal.localcontext(CONTEXT):
            return scan.run()
    except Exception:  # noqa: BLE001 - a bug must cost the rest of a sentence, never the article
        return scan.found
