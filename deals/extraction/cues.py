"""Kind and status cue words, back-reference phrases, holding phrases and other lexicons, kept as data.

data/cues/<lang>.json holds, per language:
  script            latin | arabic | cjk | hangul  (how word edges are checked)
  kinds             {kind: [cue, ...]}        statuses {status: [cue, ...]}
  masks             phrases inside which no cue counts ("investment portfolio", "declined to comment")
  backrefs          {"company": [...], "fund": [...], "latter": [...]}  phrases that refer back to a named company
  holding           phrases opening a mention of what a company already owns ("which has investments in")
  non_party         phrases after which a company is compared with, not a party ("similar to")
  sources           phrases after which a company is the news source ("according to")
  vehicles          phrases right before (after, in ja/ko) the name of the acting side's own vehicle, no party
                    ("through its subsidiary", "par l'intermédiaire de sa filiale", "を通じて")
  descriptions      openers of a description after a comma (", which", ", a company"): no party is named there
  descriptors       nouns that introduce an unknown company's name ("startup", "la société")
  name_links        words between a descriptor and the name ("named", "called")
  appositive        articles opening an appositive after a name ("a", "an")
  person_titles     job titles linking a person to a company ("CEO", "founder", "الرئيس التنفيذي")
  clause_breaks     regular expressions where a new clause (and possibly a new move) starts
  valuation         words that make a nearby amount a valuation
  amount_masks      words before a figure that is not a deal's amount ("a loss of", "revenue of")
  stake_words       words that make a nearby percentage a stake ("stake", "حصة", "股份")
  purposes          phrases naming what the money is for ("to fund", "para financiar", "に充てる"): a company
                    after them (before them in ja/ko) belongs to that other move, not to this one
  sellers           words marking the party a buyer buys from ("from", "von", "auprès de", "من", "から", "로부터"):
                    a purchase from the tracked company is its sale; "*持有的" follows the name (held by it)
  deadlines         words making a date a deadline or an expected end ("by", "until", "bis", "까지", "までに"):
                    such a date is not when the move happened, unless the clause has no other
  recipients        words marking whom something is sold to ("to", "à", "an", "إلى", "给"; after the name in
                    ja/ko: "に", "へ", "에"): a sale to the tracked company is its purchase
  buyers            nouns naming the buyer ("buyer", "买家", "comprador"): a sale whose buyer is the tracked
                    company is its purchase
  plan_periods      phrases spreading money over years ("over the next four years", "a year", "年間で"): an
                    investment stated with one is a commitment, a multi-year plan
  boilerplate       {"tail": [...], "paragraph": [...], "line": [...]}  (see clean.py)
  investor_lists    phrases opening or closing a list of a round's investors ("investors included", "sont les
                    autres acteurs"): the other companies listed with the tracked one invest beside it
  agents            words right before the tracked company that make it a party of a move whose cue stands
                    before it ("acquired by", "together with", "par", "con"): without one, a move whose subject
                    is another company, with the tracked one named only after the cue, is that company's
  relatives         relative pronouns opening a clause about the name just before ("which", "qui", "que", "التي"):
                    a move told there with no other name before its verb is that company's
  backers           words right before the tracked company naming it the backer of the company just named
                    ("Grab, soutenu par SoftBank"); backers_after: right after it, before the company it backs
                    ("SoftBank-backed Grab", "软银支持的Grab", "ソフトバンクが出資するグラブ"): that company's move is not its
  investees         words right before (after, in ja/ko) the company money goes into ("in", "dans", "في", "に")
  adjectives_follow true where adjectives follow the noun (fr, es): "la start-up britannique Wayve"
  hearsay           phrases crediting unnamed sources ("people familiar with", "知情人士", "ことが分かった"): the
                    move is rumored, whatever stage words the sentence uses, unless it is called off
  subject_after_verb true where a move's subject may stand right after its verb (de after a fronted word,
                    ar): "Im Juni investierte Toyota ...", "واستثمرت تويوتا ..."

Cue syntax: `word` whole word (Latin) or any substring (CJK); `word*` the word and its inflections;
`*word` also inside a compound (German); `a … b` up to four words between; a leading `~` marks a weak cue
(a noun such as "investment" that alone does not make a move); a trailing ` =status` is the status the
form itself implies ("invested =completed"); on a status word of the same status it makes the word outweigh an
announcement ("netting =completed": the sale brought in its proceeds; "in talks =rumored": a plan talked over).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import arabic
from .textindex import WORD_TOKEN, FoldedText, fold_phrase

DATA_DIR = Path(__file__).parent / "data" / "cues"
DATES_DIR = Path(__file__).parent / "data" / "dates"
FALLBACK_LANGUAGE = "en"

_LATIN_EDGE = r"0-9a-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"


@dataclass(frozen=True)
class Cue:
    phrase: str
    label: str  # kind or status
    weak: bool
    implied_status: str | None
    words: int


@dataclass(frozen=True)
class Hit:
    label: str
    start: int  # offsets into the original text
    end: int
    weak: bool = False
    implied_status: str | None = None
    words: int = 1
    phrase: str = ""

    @property
    def weight(self) -> float:
        return (0.5 if self.weak else 1.0) + 0.15 * (self.words - 1)


def _part_pattern(part: str, script: str) -> str:
    prefix_wild = part.startswith("*")
    suffix_wild = part.endswith("*")
    core = fold_phrase(part.strip("*"))
    body = r"\s+".join(re.escape(w) for w in core.split())
    if script == "latin":
        before = "" if prefix_wild else rf"(?<![{_LATIN_EDGE}])"
        after = rf"[{_LATIN_EDGE}]*" if suffix_wild else rf"(?![{_LATIN_EDGE}])"
        return before + body + after
    if script == "arabic":
        if not any("\u0600" <= c <= "\u06ff" for c in core):  # a Latin word inside Arabic text
            return rf"(?<![{_LATIN_EDGE}]){body}(?![{_LATIN_EDGE}])"
        before = rf"(?<![{arabic.LETTER}]){arabic.PREFIX}"
        if body.endswith("ه") and not suffix_wild:
            # A final taa marbuta (folded to ه) is written ت before an attached pronoun:
            # "شراكة" (partnership) is "شراكتها" (its partnership), "صفقة" is "صفقته".
            body = body[:-1] + rf"(?:ه|ت(?={arabic.ATTACHED_PRONOUN}(?![{arabic.LETTER}])))"
        # Attached pronouns and plural endings: "استحواذها" (its acquisition), "استثمارات".
        after = rf"[{arabic.LETTER}]*" if suffix_wild else rf"{arabic.SUFFIX}(?![{arabic.LETTER}])"
        return before + body + after
    # CJK and Hangul: no spaces between words; Latin words inside still need their edges.
    if core.isascii():
        return rf"(?<![{_LATIN_EDGE}]){body}(?![{_LATIN_EDGE}])"
    if script == "hangul" and not prefix_wild:
        # Korean writes spaces between words and particles after them: a cue starts a word.
        return rf"(?<![\uac00-\ud7af]){body}"
    return body


def compile_phrase(phrase: str, script: str) -> str:
    parts = [p.strip() for p in phrase.split("…") if p.strip()]
    gap = r"(?:\s*\S{1,12}){0,6}?\s*" if script in ("cjk", "hangul") else r"\s+(?:\S+\s+){0,4}?"
    return gap.join(_part_pattern(p, script) for p in parts)


def _parse(entry: str, label: str) -> Cue:
    text = entry.strip()
    weak = text.startswith("~")
    text = text.lstrip("~").strip()
    implied = None
    if " =" in text:
        text, implied = text.rsplit(" =", 1)
        implied = implied.strip() or None
    words = max(1, len(fold_phrase(text.replace("…", " ").replace("*", "")).split()))
    return Cue(text.strip(), label, weak, implied, words)


_CJK_OR_HANGUL = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


class LazyPatterns:
    """Each cue's pattern compiled the first time a word of the article could start it: an article meets a
    few hundred of a language's thousands of cues, and compiling them all cost a second at every start."""

    def __init__(self, phrases: list[str], script: str):
        self.phrases = phrases
        self.script = script
        self.compiled: list[re.Pattern | None] = [None] * len(phrases)

    def __len__(self) -> int:
        return len(self.phrases)

    def __getitem__(self, n: int) -> re.Pattern:
        pattern = self.compiled[n]
        if pattern is None:
            pattern = self.compiled[n] = re.compile(compile_phrase(self.phrases[n], self.script))
        return pattern


class PhraseSet:
    """One list of cues (kinds, statuses, masks...). Searched through the Scanner of its language."""

    def __init__(self, cues: list[Cue], script: str):
        self.cues = sorted(cues, key=lambda c: -len(c.phrase))
        self.script = script
        self.patterns = LazyPatterns([c.phrase for c in self.cues], script)
        self.scanner: Scanner | None = None

    def hits(self, index: FoldedText, start: int = 0, end: int | None = None) -> list[Hit]:
        """Hits inside the original span [start, end)."""
        if self.scanner is None:
            self.scanner = Scanner([self], self.script)
        end = index.source_length if end is None else end
        hits, starts = self.scanner.scan(index)[id(self)]
        i = bisect.bisect_left(starts, start)
        out = []
        while i < len(hits) and hits[i].start < end:
            if hits[i].end <= end:
                out.append(hits[i])
            i += 1
        return out


class Scanner:
    """Every cue of a language looked up by its first word (first character in CJK), then checked with
    its own pattern: one pass over the words of the article for all the lists together, where one
    alternation per list cost a regular-expression attempt per cue at every character."""

    def __init__(self, sets: list[PhraseSet], script: str):
        self.sets = sets
        self.script = script
        self.exact: dict[str, list[tuple[int, int]]] = {}
        self.prefix: dict[str, list[tuple[str, int, int]]] = {}
        self.inner: list[tuple[str, int, int]] = []
        self.first_char: dict[str, list[tuple[int, int]]] = {}
        for k, phrase_set in enumerate(sets):
            phrase_set.scanner = self
            for i, cue in enumerate(phrase_set.cues):
                first_part = cue.phrase.split("…")[0].strip()
                core = fold_phrase(first_part.strip("*"))
                if not core:
                    continue
                first_word = core.split()[0]
                if not first_word.isascii() and script in ("cjk", "hangul"):
                    self.first_char.setdefault(first_word[0], []).append((k, i))
                elif first_part.startswith("*"):
                    self.inner.append((first_word, k, i))
                elif first_part.endswith("*") and " " not in core:
                    self.prefix.setdefault(first_word[:2], []).append((first_word, k, i))
                else:
                    self.exact.setdefault(first_word, []).append((k, i))
        self._cache: tuple[object, dict[int, list[Hit]]] | None = None

    def scan(self, index: FoldedText) -> dict[int, tuple[list[Hit], list[int]]]:
        cached = self._cache
        if cached is not None and cached[0] is index:
            return cached[1]
        folded = index.text
        found: list[list[tuple[int, int, int]]] = [[] for _ in self.sets]
        sets = self.sets

        def check(numbers, pos):
            for k, n in numbers:
                m = sets[k].patterns[n].match(folded, pos)
                if m and m.end() > m.start():
                    found[k].append((m.start(), m.end(), n))

        arabic = self.script == "arabic"
        exact, prefix, inner = self.exact, self.prefix, self.inner
        for tm in WORD_TOKEN.finditer(folded):
            word = tm.group()
            pos = tm.start()
            for option in _word_forms(word) if arabic else (word,):
                numbers = exact.get(option)
                if numbers:
                    check(numbers, pos)
                stems = prefix.get(option[:2])
                if stems:
                    for stem, k, n in stems:
                        if option.startswith(stem):
                            check(((k, n),), pos)
            for part, k, n in inner:
                at = word.find(part)
                if at >= 0:
                    check(((k, n),), pos + at)
        if self.first_char and _CJK_OR_HANGUL.search(folded):
            first_char = self.first_char
            for pos, char in enumerate(folded):
                numbers = first_char.get(char)
                if numbers:
                    check(numbers, pos)
        result: dict[int, tuple[list[Hit], list[int]]] = {}
        for k, phrase_set in enumerate(sets):
            hits = _leftmost_longest(found[k], phrase_set, index)
            result[id(phrase_set)] = (hits, [h.start for h in hits])
        self._cache = (index, result)
        return result


def _word_forms(word: str) -> list[str]:
    """An Arabic word as written and without its attached prefixes and suffixes."""
    options = [word] + [word[len(p) :] for p in arabic.PREFIXES if word.startswith(p) and len(word) > len(p) + 1]
    options += [o[: -len(x)] for o in list(options) for x in arabic.SUFFIXES if o.endswith(x) and len(o) > len(x) + 2]
    # "شراكتها" looked up as "شراكه": the taa marbuta a pronoun turned into ت.
    options += [o[:-1] + "ه" for o in options if o.endswith("ت") and len(o) >= 3]
    return options


def _leftmost_longest(found: list[tuple[int, int, int]], phrase_set: PhraseSet, index: FoldedText) -> list[Hit]:
    """The matches (folded start, end, cue number) of one list that do not overlap, leftmost then longest."""
    hits: list[Hit] = []
    last_end = -1
    for fs, fe, n in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]), f[2])):
        if fs < last_end:
            continue
        last_end = fe
        cue = phrase_set.cues[n]
        s, e = index.span(fs, fe)
        hits.append(Hit(cue.label, s, e, cue.weak, cue.implied_status, cue.words, cue.phrase))
    return hits


@dataclass
class CueSet:
    language: str
    script: str
    kinds: PhraseSet
    statuses: PhraseSet
    masks: PhraseSet
    backrefs: PhraseSet
    holding: PhraseSet
    non_party: PhraseSet
    sources: PhraseSet
    descriptors: list[str] = field(default_factory=list)
    name_links: list[str] = field(default_factory=list)
    appositive: list[str] = field(default_factory=list)
    person_titles: list[str] = field(default_factory=list)
    clause_breaks: re.Pattern | None = None
    valuation: PhraseSet | None = None
    amount_masks: PhraseSet | None = None  # words before a figure that is no deal's amount ("a loss of")
    stake_words: PhraseSet | None = None  # a percentage near one of these is a stake
    boilerplate: dict = field(default_factory=dict)
    stop_names: frozenset = frozenset()
    adjectives_follow: bool = False  # "la start-up britannique Wayve": adjectives between noun and name
    deadlines: PhraseSet | None = None  # "by 2025", "2025년까지", "bis 2026": a date that is a deadline
    recipients: PhraseSet | None = None  # "to", "à", "إلى", "に": before (after, in ja/ko) the one sold to
    buyers: PhraseSet | None = None  # "buyer", "买家", "comprador" next to the tracked company: it buys
    sellers: PhraseSet | None = None  # "from", "von", "من", "から" around a party: the one a buyer buys from
    vehicles: PhraseSet | None = None  # "through its subsidiary X": X carries the move out, it is no party
    purposes: PhraseSet | None = None  # "to fund its OpenAI investment": the company there is another move's
    plan_periods: PhraseSet | None = None  # "over the next four years", "a year": an investment plan
    objects: PhraseSet | None = None  # object nouns labelled by object type, each with its English label
    co_investors: PhraseSet | None = None  # "alongside", "led by", "주도": the names there invest beside
    per_share: PhraseSet | None = None  # "per share", "每股": the figure is a price per share
    totals: PhraseSet | None = None  # "a round of", "raised": the figure after is the whole round or fund
    totals_after: PhraseSet | None = None  # "round", "融资": the figure before is the whole round or fund
    descriptions: PhraseSet | None = None  # ", which ...", ", a company ...": a description after a comma
    co_investors_after: PhraseSet | None = None  # "-led", "领投", "주도" right after the co-investor's name
    investor_lists: PhraseSet | None = None  # "investors included", "inversores como": a list of investors
    agents: PhraseSet | None = None  # "by", "with", "par": the tracked company after a move's cue is its party
    relatives: PhraseSet | None = None  # "which", "qui", "que": the clause after is about the name before
    backers: PhraseSet | None = None  # "backed by", "soutenu par": the tracked company backs the name before
    backers_after: PhraseSet | None = None  # "-backed", "支持的", "が出資する": it backs the name after
    investees: PhraseSet | None = None  # "in", "في", "に": next to the company money goes into
    nationalities: PhraseSet | None = None  # "japonais", "الياباني": labelled by ISO country, for back-references
    prepositions: tuple[str, ...] = ()  # "in", "dans", "في", "に": a figure across one belongs to another noun
    conjunctions: tuple[str, ...] = ()  # words joining a list of names ("and", "et", "和")
    remainder: PhraseSet | None = None  # "the remaining stake": bought, it is the whole company
    subject_after_verb: bool = False  # "Im Juni investierte Toyota", "واستثمرت تويوتا": the subject may follow
    head_final: bool = False  # verbs come last (ja, ko): a move's object and date stand before its verb
    subject_marks: re.Pattern | None = None  # particles right after a subject ("は", "는") where word order cannot tell
    hearsay: PhraseSet | None = None  # "people familiar with", "知情人士", "ことが分かった": the move is a report


# Phrase lists read the same way from a language's data file: its key is the CueSet field's name.
_PLAIN_LISTS = (
    "valuation",
    "amount_masks",
    "stake_words",
    "plan_periods",
    "purposes",
    "vehicles",
    "sellers",
    "buyers",
    "recipients",
    "deadlines",
    "co_investors",
    "per_share",
    "totals",
    "totals_after",
    "remainder",
    "co_investors_after",
    "investor_lists",
    "investees",
    "descriptions",
    "hearsay",
    "agents",
    "relatives",
    "backers",
    "backers_after",
)
# Every key a language file may have: a misspelt key would silently switch a rule off, so it fails instead.
KNOWN_KEYS = frozenset(
    {
        "language",
        "script",
        "kinds",
        "statuses",
        "masks",
        "backrefs",
        "holding",
        "non_party",
        "sources",
        "descriptors",
        "name_links",
        "appositive",
        "person_titles",
        "clause_breaks",
        "boilerplate",
        "stop_names",
        "adjectives_follow",
        "head_final",
        "subject_after_verb",
        "subject_marks",
        "conjunctions",
        "nationalities",
        "prepositions",
        "objects",
        *_PLAIN_LISTS,
    }
)
OBJECT_TYPES_IN_DATA = ("company", "stake", "unit", "asset", "goods", "debt", "fund", "venture", "other")


class CueDataError(ValueError):
    """A language file with a key no rule reads, or an object type the contract does not know."""


def validate(data: dict, language: str) -> None:
    unknown = sorted(set(data) - KNOWN_KEYS)
    if unknown:
        raise CueDataError(f"data/cues/{language}.json: unknown keys {unknown}")
    bad = sorted(set(data.get("objects", {})) - set(OBJECT_TYPES_IN_DATA))
    if bad or set(data.get("backrefs", {})) - {"company", "fund", "latter"}:
        raise CueDataError(f"data/cues/{language}.json: unknown object types {bad} or back-reference labels")


@lru_cache(maxsize=16)
def _calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names of the language and of English (sites mix them), from the date lexicons: in
    capitals they look like names ("said on Monday", "im März") but are never companies."""
    words: set[str] = set()
    for code in dict.fromkeys([language, FALLBACK_LANGUAGE]):
        path = DATES_DIR / f"{code}.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            for key in ("months", "months_short", "weekdays"):
                words.update(w.casefold() for w in data.get(key, {}))
    return frozenset(words)


def _read(language: str) -> dict:
    data = json.loads((DATA_DIR / f"{language}.json").read_text(encoding="utf-8"))
    validate(data, language)
    return data


@lru_cache(maxsize=16)
def _load(language: str) -> CueSet:
    data = _read(language)
    script = data.get("script", "latin")

    def labelled(section: dict) -> list[Cue]:
        return [_parse(entry, label) for label, entries in section.items() for entry in entries]

    def plain(entries, label="x") -> PhraseSet:
        return PhraseSet([_parse(e, label) for e in entries], script)

    backrefs = [_parse(e, kind) for kind, entries in data.get("backrefs", {}).items() for e in entries]
    breaks = data.get("clause_breaks") or []
    cue_set = CueSet(
        language=language,
        script=script,
        kinds=PhraseSet(labelled(data.get("kinds", {})), script),
        statuses=PhraseSet(labelled(data.get("statuses", {})), script),
        masks=plain(data.get("masks", [])),
        backrefs=PhraseSet(backrefs, script),
        holding=plain(data.get("holding", [])),
        non_party=plain(data.get("non_party", [])),
        sources=plain(data.get("sources", [])),
        descriptors=list(data.get("descriptors", [])),
        name_links=list(data.get("name_links", [])),
        appositive=list(data.get("appositive", [])),
        person_titles=list(data.get("person_titles", [])),
        clause_breaks=re.compile("|".join(f"(?:{b})" for b in breaks), re.IGNORECASE) if breaks else None,
        boilerplate=data.get("boilerplate", {}),
        stop_names=frozenset(data.get("stop_names", [])) | _calendar_words(language),
        adjectives_follow=bool(data.get("adjectives_follow", False)),
        head_final=bool(data.get("head_final", False)),
        subject_after_verb=bool(data.get("subject_after_verb", False)),
        conjunctions=tuple(data.get("conjunctions", ())),
        prepositions=tuple(data.get("prepositions", ())),
        nationalities=PhraseSet(labelled(data.get("nationalities", {})), script),
        subject_marks=re.compile(data["subject_marks"]) if data.get("subject_marks") else None,
        objects=PhraseSet(labelled(data.get("objects", {})), script),
        **{name: plain(data.get(name, [])) for name in _PLAIN_LISTS},
    )
    # One scan of the article serves every phrase list of the language.
    Scanner([v for v in vars(cue_set).values() if isinstance(v, PhraseSet)], script)
    return cue_set


def load_cues(language: str) -> tuple[CueSet, list[str]]:
    """The cue set for a language; English with a warning when the language has no data file."""
    warnings: list[str] = []
    if not (DATA_DIR / f"{language}.json").exists():
        warnings.append(f"no cue data for language '{language}': English cues used")
        language = FALLBACK_LANGUAGE
    return _load(language), warnings


def boilerplate_markers(language: str) -> dict[str, list[str]]:
    """The article language's boilerplate markers plus English ones (sites mix them)."""
    merged: dict[str, list[str]] = {"tail": [], "paragraph": [], "line": []}
    for code in dict.fromkeys([language, FALLBACK_LANGUAGE]):
        if (DATA_DIR / f"{code}.json").exists():
            for key, values in _load(code).boilerplate.items():
                merged.setdefault(key, []).extend(values)
    return merged
