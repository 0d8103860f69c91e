"""Names that are never a party to a move: news outlets and agencies, tickers, places and words in capitals,
listed in data/parties/non_parties.json."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

NON_PARTIES = Path(__file__).parent / "data" / "parties" / "non_parties.json"


@lru_cache(maxsize=1)
def _non_parties() -> tuple[frozenset[str], re.Pattern]:
    data = json.loads(NON_PARTIES.read_text(encoding="utf-8"))
    unknown = set(data) - {"outlets", "words", "places", "ticker"}
    if unknown:
        raise ValueError(f"{NON_PARTIES.name}: unknown keys {sorted(unknown)}")
    names = data["outlets"] + data["words"] + data["places"]
    return frozenset(x.casefold() for x in names), re.compile(data["ticker"])


def is_non_party(name: str) -> bool:
    """A news outlet or agency ("WSJ", "CNBC방송"), a ticker ("GS.N", "TMUS-US"), a place ("Tokio") or a word in
    capitals ("All") is never a party to a move, whatever shape found it."""
    names, ticker = _non_parties()
    name = name.strip()
    return name.casefold() in names or bool(ticker.match(name))
