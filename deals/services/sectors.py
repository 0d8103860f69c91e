"""Which moves are AI moves, and why: decided from the deal's parties, its object and its source sentences.

A move is an AI move when a party is filed under an AI sector (fixtures/sectors.yaml), when its object is named by
an AI word ('GPUs', 'data centre'), or when one of its source sentences uses an AI word of its language
(deals/data/ai_words.json). The first of these that holds is the reason stored with the flag. An editor's choice
(`Deal.ai_set_by_editor`) is never recomputed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.db.models import Prefetch

from deals.models import Deal, DealKind, DealParty, Mention, PartyRole

AI_WORDS_PATH = Path(__file__).resolve().parent.parent / "data" / "ai_words.json"
# A sale is told with what the cash is for ("to fund its AI ambitions") and what the sold company also does: the
# thing sold decides (its sectors, the object), never the sentence's words.
WORDS_DO_NOT_DECIDE = frozenset({DealKind.DIVESTMENT})
_LATIN = "A-Za-z0-9\u00c0-\u024f"


@dataclass(frozen=True)
class Party:
    name: str
    role: str
    sectors: tuple[tuple[str, str, bool], ...]  # (slug, name, is_ai)


@dataclass(frozen=True)
class Decision:
    is_ai: bool
    reason: str


def _pattern(word: str) -> str:
    body = re.escape(word).replace(r"\ ", r"\s+")
    if re.match(f"[{_LATIN}]", word):
        body = f"(?<![{_LATIN}])" + body
    if re.search(f"[{_LATIN}]$", word):
        body += f"(?![{_LATIN}])"
    return body if word != word.lower() and not re.search("[a-z]", word) else "(?i:" + body + ")"


@cache
def ai_word_patterns() -> dict[str, re.Pattern]:
    """One pattern per language, longest words first, so the reason quotes the whole phrase."""
    data = json.loads(AI_WORDS_PATH.read_text(encoding="utf-8"))
    patterns = {}
    for language, sectors in data.items():
        if language.startswith("_"):
            continue
        words = sorted({w for words in sectors.values() for w in words}, key=len, reverse=True)
        patterns[language] = re.compile("|".join(_pattern(unicodedata.normalize("NFKC", w)) for w in words))
    return patterns


def ai_word_in(text: str, *, language: str) -> str | None:
    """The first AI word of `text` in that language (every language's when it is not one of the file's)."""
    patterns = ai_word_patterns()
    text = unicodedata.normalize("NFKC", text or "")
    chosen = [patterns[language[:2]]] if language[:2] in patterns else patterns.values()
    found = [m for m in (p.search(text) for p in chosen) if m]
    return min(found, key=lambda m: m.start()).group(0) if found else None


def ai_decision(
    *, kind: str, parties: Iterable[Party], object_label: str, quotes: Iterable[tuple[str, str]]
) -> Decision:
    """quotes: (language, sentence) pairs. Counterparties are read before the actor: the actor is most often the
    investor, whose sectors say less about the move than those of the company it invests in."""
    for party in sorted(parties, key=lambda p: p.role == PartyRole.ACTOR):
        for _slug, name, is_ai in party.sectors:
            if is_ai:
                return Decision(True, f"{party.name} is in {name}")
    word = ai_word_in(object_label, language="en") if object_label else None
    if word:
        return Decision(True, f"its object, {object_label!r}, names {word!r}")
    if kind not in WORDS_DO_NOT_DECIDE:
        for language, quote in quotes:
            word = ai_word_in(quote, language=language)
            if word:
                return Decision(True, f"a source says {word!r}")
    if kind in WORDS_DO_NOT_DECIDE:
        return Decision(False, "a sale of nothing in an AI sector and of no AI object")
    return Decision(False, "no party in an AI sector, no AI object, no AI word in its sources")


def _deals_to_classify(deal_ids) -> Iterable[Deal]:
    parties = DealParty.objects.select_related("company").prefetch_related("company__sectors")
    mentions = Mention.objects.select_related("article").only("quote", "event_id", "article__language")
    return Deal.objects.filter(pk__in=deal_ids, ai_set_by_editor=False).prefetch_related(
        Prefetch("parties", queryset=parties), Prefetch("events__mentions", queryset=mentions)
    )


def decide(deal: Deal) -> Decision:
    """The decision for a deal whose parties' companies' sectors and events' mentions are prefetched."""
    parties = [
        Party(
            name=p.company.name,
            role=p.role,
            sectors=tuple((s.slug, s.name, s.is_ai) for s in p.company.sectors.all()),
        )
        for p in deal.parties.all()
    ]
    quotes = [(m.article.language, m.quote) for e in deal.events.all() for m in e.mentions.all()]
    return ai_decision(kind=deal.kind, parties=parties, object_label=deal.object_label, quotes=quotes)


def classify_deals(*, deal_ids) -> int:
    """Set the AI flag and its reason on those of the deals (ids or a subquery) no editor has decided; returns how
    many changed. Deals whose flag is unchanged are not written."""
    changed = 0
    for deal in _deals_to_classify(deal_ids):
        decision = decide(deal)
        if (deal.is_ai, deal.ai_reason) != (decision.is_ai, decision.reason[:300]):
            deal.is_ai, deal.ai_reason = decision.is_ai, decision.reason[:300]
            deal.save(update_fields=["is_ai", "ai_reason", "updated_at"])
            changed += 1
    return changed


def set_ai_flag(*, deal: Deal, is_ai: bool, reason: str = "", user=None) -> None:
    """An editor's decision, which no later import or classification changes."""
    deal.is_ai, deal.ai_set_by_editor = is_ai, True
    deal.ai_reason = (reason or f"set by {user or 'an editor'}")[:300]
    if user is not None:
        deal._history_user = user
    deal.save()


def release_ai_flag(*, deal: Deal, user=None) -> None:
    """Give the flag back to the rule, and decide it again now."""
    deal.ai_set_by_editor = False
    if user is not None:
        deal._history_user = user
    deal.save()
    classify_deals(deal_ids=[deal.pk])
