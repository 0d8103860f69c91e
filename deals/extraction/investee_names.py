"""Companies no descriptor introduces, told by the deal around them: the name the money goes into ("invested
$900 million in Paynexa") or whose stake or debt changes hands ("eine Wandelschuldverschreibung von Paynexa"),
when the article names it again. Latin-script languages only: elsewhere a name has no capital to start it."""

from __future__ import annotations

import re
from functools import lru_cache

from .cues import CueSet
from .non_parties import is_non_party
from .textindex import fold_text
from .types import Sentence

_INVESTEE_NAME = r"([A-Z][\w&'’\-]+(?:\s+[A-Z][\w&'’\-]+){0,2})(?=[\s,.;:)]|$)"


@lru_cache(maxsize=16)
def _investee_pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{'|'.join(re.escape(w) for w in words)})\s+{_INVESTEE_NAME}")


@lru_cache(maxsize=16)
def _held_pattern(nouns: tuple[str, ...], prepositions: tuple[str, ...]) -> re.Pattern:
    """A stake or debt noun ("Anteil*", "*anleihe"), a preposition, then a name."""
    forms = [
        (r"[\w\-]*" if n.startswith("*") else "") + re.escape(n.strip("*")) + (r"\w*" if n.endswith("*") else "")
        for n in nouns
    ]
    preps = "|".join(re.escape(p) for p in prepositions)
    # one adjective may stand between noun and preposition: "obligations convertibles de Paynexa"
    return re.compile(
        rf"(?i:\b(?:{'|'.join(forms)}))(?:\s+[a-zà-ÿ\-]+)?\s+(?:(?:{preps})\s+|d['’])(?-i:{_INVESTEE_NAME})"
    )


def investee_names(sentences: list[Sentence], cues: CueSet, text: str) -> list[tuple[int, int]]:
    """ "Softbank investiert 900 Millionen Euro in Paynexa ... Paynexa teilte mit": the spans of names the money
    goes into, or whose stake or debt changes hands, that the article names again. A place, a month, a
    currency or an outlet recurs the same way and is none."""

    if cues.investees is None:
        return []
    words = tuple(sorted({c.phrase for c in cues.investees.cues if c.phrase.isalpha()}))
    if not words:
        return []
    patterns = [_investee_pattern(words)]
    if cues.objects is not None and cues.prepositions:
        nouns = tuple(sorted({c.phrase for c in cues.objects.cues if c.label in ("stake", "debt")}))
        patterns.append(_held_pattern(nouns, cues.prepositions))
    spans = []
    for sentence in sentences:
        for m in (m for p in patterns for m in p.finditer(sentence.text)):
            name = m.group(1)
            if is_non_party(name) or _a_deal_word(cues, name):
                continue
            if len(re.findall(rf"(?<![\w]){re.escape(name)}(?![\w])", text)) >= 2:
                spans.append((sentence.start + m.start(1), sentence.start + m.end(1)))
    return spans


def _a_deal_word(cues: CueSet, name: str) -> bool:
    """A capitalised noun that is itself one of the language's deal words ("an Investitionen", "in Anteile":
    German writes every noun with a capital) names no company."""
    folded = fold_text(name)
    return any(h.start == 0 and h.end == len(name) for p in (cues.kinds, cues.statuses) for h in p.hits(folded))
