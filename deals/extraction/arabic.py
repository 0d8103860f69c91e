"""How Arabic attaches words to a word: the prefixes and suffixes every matcher strips or allows, in one place.

Prefixes: and, so, with, to/for, like, the, the future marker, and their combinations ("وبال", "فل"). Suffixes:
attached pronouns and plural or dual endings ("استحواذها", "استثمارات"). Longest first: an alternation tries
them in this order.
"""

from __future__ import annotations

LETTER = r"\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff"  # a character class body: use inside [...]
PREFIXES = (
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
    "فب",
    "فل",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "س",
)
# A company's name takes the article and the prepositions, never the verb-only ones ("فب", "فل", future "س").
NAME_PREFIXES = tuple(p for p in PREFIXES if p not in ("فب", "فل", "س"))
SUFFIXES = ("هما", "هم", "ها", "ه", "ات", "ين", "ون", "ان", "ي", "نا", "كم", "ا")
PREFIX = "(?:" + "|".join(PREFIXES) + ")?"
SUFFIX = "(?:" + "|".join(SUFFIXES) + ")?"
ATTACHED_PRONOUN = r"(?:هما|هم|ها|ه|ي|نا|كم|ان|ين)"  # before which a final taa marbuta is written ت
