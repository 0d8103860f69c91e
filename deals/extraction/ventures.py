"""Ventures an article introduces: a joint venture or a project given a name of its own ("a joint venture
called Stargate", "le projet Stargate", "合资公司“SB OpenAI Japan”"). Such a name is what a move creates or
pays into, its object, not one of its parties. Plain Python; `ctx` is events.ArticleContext."""

from __future__ import annotations

import bisect
import re

from .companies import Mention
from .move_parties import names_company

_QUOTES = "'\"“”„「」『』«»‘’"
# the name before the noun: "Stargate joint venture", "Stargate-Projekt", "SB OpenAI Japan, a joint venture"
_GAP_BEFORE = re.compile(
    rf"^[\s,，、()（）\-{_QUOTES}]*(?:(?:a|an|the|une|un|la|le|eine|ein|die|das|una|el)\s+)?(?:new\s+|nouvelle\s+)?$",
    re.IGNORECASE,
)
_QUOTES_OR_SPACE = re.compile(rf"[\s:：{_QUOTES}]*")
_REACH_BEFORE = 8
_REACH_AFTER = 24  # "مشروع مشترك يحمل اسم "ستارغيت"": a naming word may stand between


def _venture_nouns(ctx, start: int = 0, end: int | None = None) -> list:
    nouns = [h for h in ctx.cues.kinds.hits(ctx.index, start, end) if h.label == "joint_venture"]
    if ctx.cues.objects is not None:
        nouns += [h for h in ctx.cues.objects.hits(ctx.index, start, end) if h.label == "venture"]
    return nouns


def find_ventures(ctx) -> set[str]:
    """Companies the article introduces as a joint venture or a named project: in a move they are the venture
    itself, not a party to it. "OpenAIと合弁", "오픈AI와 합작법인", "with OpenAI ... venture" name a partner."""
    nouns = _venture_nouns(ctx)
    starts = [x.start for x in ctx.mentions]
    links = sorted(ctx.cues.name_links, key=len, reverse=True)
    names: set[str] = set()
    for hit in nouns:
        for m in ctx.mentions[bisect.bisect_left(starts, hit.start - 200) :]:
            if m.start > hit.end + _REACH_AFTER:
                break
            # a venture of the acting side is one of its units ("SB OpenAI Japan"), never the group or a fund
            acting = m.side and (m.name == m.root or m.fund)
            if m.source in ("alias", "shape") and not acting and _names(ctx, hit, m, links):
                names.add(m.name)
    return names


def _names(ctx, hit, m: Mention, links: list[str]) -> bool:
    text = ctx.text
    if (hit.start <= m.start and m.end <= hit.end) or (m.start <= hit.start and hit.end <= m.end):
        return True  # "合资公司" naming it, or a name with the noun in it ("Stargate Project")
    if 0 <= hit.start - m.end <= _REACH_BEFORE:
        gap = text[m.end : hit.start]
        # where modifiers follow the noun, a name just before it is the end of another phrase ("OpenAI et
        # d'autres projets", "OpenAI ومشاريع أخرى") unless a comma or a quote sets it apart
        if ctx.cues.adjectives_follow and not any(c in gap for c in f",，、{_QUOTES}"):
            return False
        return bool(_GAP_BEFORE.match(gap))
    if 0 <= m.start - hit.end <= _REACH_AFTER:
        return _named_after(text[hit.end : m.start], links)
    return False


def _named_after(gap: str, links: list[str]) -> bool:
    """The name right after the noun, quoted or after a naming word: "le projet Stargate", "a joint venture
    called Stargate", "합작사 '스타게이트'"."""
    rest = gap[_QUOTES_OR_SPACE.match(gap).end() :]
    for link in links:
        if rest.casefold().startswith(link.casefold()):
            rest = rest[len(link) :]
            break
    return not rest.strip(f" :：{_QUOTES}")


_NAMED_REACH = 60  # "une coentreprise détenue à parts égales, baptisée SB OpenAI Japan"


def named_venture(ctx, start: int, end: int) -> str | None:
    """The name a clause gives the venture it announces when no company of that name is known: "une
    coentreprise ..., baptisée SB OpenAI Japan", "a joint venture called Nexa"."""
    links = ctx.cues.name_links
    if not links:
        return None
    pattern = re.compile(
        rf"(?:{'|'.join(re.escape(x) for x in links)})\s*[{_QUOTES}]?([^,.;:،，。；\n{_QUOTES}]{{2,40}})", re.IGNORECASE
    )
    for hit in _venture_nouns(ctx, start, end):
        found = pattern.search(ctx.text, hit.end, min(end, hit.end + _NAMED_REACH))
        if found:
            return found.group(1).strip()
    return None


def without_ventures(parties: list[Mention], ventures: set[str]) -> list[Mention]:
    """A joint venture the article introduced is the move's object, not a party, when others are named."""
    rest = [m for m in parties if m.name not in ventures]
    return rest if names_company(rest) else parties
