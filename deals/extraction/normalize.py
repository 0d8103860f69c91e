"""Text normalisation shared by alias matching, the database's unique alias key and the importer."""

from __future__ import annotations

import re
import unicodedata

_ARABIC_MARKS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")  # harakat, tatweel
_ALEF = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_PUNCT = re.compile(r"[\s\"'`’‘“”«»„.,·・、()\[\]{}]+")


def normalize_alias(value: str) -> str:
    """The matching key of a company name: width, case, Arabic spelling variants and punctuation folded.

    "SoftBank Corp." and "softbank corp" share a key; so do "سوفت بانك" with and without hamza or harakat.
    """
    value = unicodedata.normalize("NFKC", value or "").casefold()
    value = _ARABIC_MARKS.sub("", value).translate(_ALEF)
    value = _PUNCT.sub(" ", value)
    value = value.replace("-", " ")
    return " ".join(value.split())
