"""Back-references ("the company", "la société", "الشركة", "同社") resolved to the company they stand for."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import replace

from .cues import CueSet, Hit
from .mentions import Mention
from .textindex import FoldedText
from .types import Sentence


def _clause_starts(sentence: Sentence, cues: CueSet) -> list[int]:
    starts = [sentence.start]
    if cues.clause_breaks is not None:
        starts += [sentence.start + m.start() for m in cues.clause_breaks.finditer(sentence.text) if m.start() > 0]
    return starts


def resolve_backreferences(
    text: str,
    index: FoldedText,
    sentences: list[Sentence],
    mentions: list[Mention],
    cues: CueSet,
) -> list[Mention]:
    """Add a mention for every back-reference phrase, pointing at the company it stands for.

    Inside a clause, a back-reference points at the last company named before it in that clause;
    otherwise at the topic (first company named) of the closest earlier clause or sentence that names
    one. A "the fund" phrase prefers the last fund named; "the latter" is the last company named before it.
    """
    named = _Named(mentions)
    for number, sentence in enumerate(sentences):
        hits = cues.backrefs.hits(index, sentence.start, sentence.end)
        if not hits:
            continue
        clauses = _clause_starts(sentence, cues)
        for hit in hits:
            if any(m.start < hit.end and hit.start < m.end for m in named.window(hit.start - 200, hit.end)):
                continue  # "the company SoftBank": the name itself is there
            if _named_right_after(text, named, hit):
                continue  # "Der Konzern ABB wird": the phrase introduces the name that follows
            target = named.target(hit, clauses, sentences, number)
            if target is not None and hit.label != "latter" and _object_of_its_move(cues, index, target, hit, clauses):
                # "SoftBank bought the company in 2016", "软银…收购了该公司51%的股份": the company bought is not
                # the buyer named just before the verb, but the one the text spoke of before
                if _named_soon_after(text, named, hit):
                    continue  # "participer à une levée de fonds de la start-up de recherche Perplexity AI"
                target = named.other_than(target, hit, clauses, sentences, number)
            if target is not None and target.fund and hit.label == "company" and target.root != target.name:
                # "the company" after a fund named ("الصندوق ... وأعلنت الشركة") is the group that owns the fund
                target = named.latest_named(target.root, hit.start) or replace(target, name=target.root, fund=False)
            country = _nationality(cues, index, hit, sentence.end)
            if country and (target is None or target.entry is None or target.entry.country != country):
                # "le géant des télécommunications japonais", "the Japanese group": the company of that country
                target = named.latest_of_country(country, hit.start) or target
            if target is not None:
                named.resolved.append(
                    replace(
                        target,
                        start=hit.start,
                        end=hit.end,
                        surface=text[hit.start : hit.end],
                        source="backref",
                    )
                )
    return sorted(list(mentions) + named.resolved, key=lambda m: m.start)


_TOPIC_REACH = 1500  # characters before a back-reference in which the company it stands for is counted
_OBJECT_REACH = 25  # "bought the company", "purchase all shares of the company": the verb's object follows it


def _object_of_its_move(cues: CueSet, index: FoldedText, target: Mention, hit: Hit, clauses: list[int]) -> bool:
    """Whether the back-reference stands after a move's verb whose maker is the company it would point at, in
    the same clause: a company does not buy or invest in itself."""
    clause_start = max(c for c in clauses if c <= hit.start)
    if target.start < clause_start or target.end > hit.start:
        return False
    if cues.relatives is not None and cues.relatives.hits(index, target.end, hit.start):
        return False  # "Perplexity closed a round that values the company at...": the relative's own subject
    verbs = [h for h in cues.kinds.hits(index, target.end, hit.start) if not h.weak]
    return any(0 <= hit.start - h.end <= _OBJECT_REACH for h in verbs)


_DESCRIBED_REACH = 30  # "la start-up de recherche Perplexity AI": a few words describe the name that follows


def _named_soon_after(text: str, named: _Named, hit: Hit) -> bool:
    following = [m for m in named.window(hit.end, hit.end + _DESCRIBED_REACH) if m.start >= hit.end]
    return any(not any(c in text[hit.end : m.start] for c in ",;.،，。、()") for m in following)


def _named_right_after(text: str, named: _Named, hit: Hit) -> bool:
    following = [m for m in named.window(hit.end, hit.end + 3) if m.start >= hit.end]
    return any(not text[hit.end : m.start].strip() for m in following)


_NATIONALITY_REACH = 40  # "le géant des télécommunications japonais": the adjective follows a few words on


def _nationality(cues: CueSet, index: FoldedText, hit: Hit, limit: int) -> str | None:
    """The country a nationality word in or right after the back-reference names, if any."""
    if cues.nationalities is None:
        return None
    end = min(limit, hit.end + _NATIONALITY_REACH)
    found = [h for h in cues.nationalities.hits(index, hit.start, end)]
    return found[0].label if found else None


class _Named:
    """The companies named directly (by alias or shape), and the back-references resolved so far."""

    def __init__(self, mentions: list[Mention]):
        self.direct = sorted((m for m in mentions if m.source in ("alias", "shape")), key=lambda m: m.start)
        self.direct_starts = [m.start for m in self.direct]
        self.resolved: list[Mention] = []

    def window(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.direct_starts, start)
        j = bisect.bisect_left(self.direct_starts, end)
        return self.direct[i:j]

    def latest_named(self, name: str, before: int) -> Mention | None:
        named = [m for m in self.window(before - 3000, before) if m.name == name]
        return named[-1] if named else None

    def latest_of_country(self, country: str, before: int) -> Mention | None:
        """The last company of `country` named before `before`, the acting side first."""
        of_country = [m for m in self.window(before - 3000, before) if m.entry and m.entry.country == country]
        side = [m for m in of_country if m.side]
        return (side or of_country)[-1] if of_country else None

    def topic(self, start: int, end: int) -> Mention | None:
        named = self.window(start, end) + [m for m in self.resolved[-20:] if start <= m.start < end]
        return min(named, key=lambda m: m.start) if named else None

    def other_than(
        self, maker: Mention, hit: Hit, clauses: list[int], sentences: list[Sentence], number: int
    ) -> Mention | None:
        """The company most named in the text before, among those the last three sentences and the earlier
        clauses name, other than `maker` (nor another name of its side); None when they name none."""
        clause_start = max(c for c in clauses if c <= hit.start)
        reach = sentences[max(0, number - 3)].start
        others = [
            m
            for m in self.window(reach, clause_start)
            if m.name != maker.name and not (m.side and maker.side) and m.end <= clause_start
        ]
        if not others:
            return None
        # the company the text keeps speaking of, the latest named among equals
        counts = Counter(m.name for m in self.window(hit.start - _TOPIC_REACH, hit.start))
        return max(reversed(others), key=lambda m: counts[m.name])

    def target(self, hit: Hit, clauses: list[int], sentences: list[Sentence], number: int) -> Mention | None:
        """The company the back-reference `hit` in sentence `number` (its clauses starting at `clauses`)
        stands for."""
        target = None
        if hit.label == "latter":
            # "腾讯正在与软银展开谈判，计划收购后者持有的…": the last company named before it, across clauses
            sentence = sentences[number]
            named = [m for m in self.window(max(0, sentence.start - 600), hit.start) if m.end <= hit.start]
            return named[-1] if named else None
        if hit.label == "fund":
            funds = [m for m in self.window(hit.start - 1500, hit.start) if m.fund and m.end <= hit.start]
            target = funds[-1] if funds else None
        clause_start = max(c for c in clauses if c <= hit.start)
        if target is None:
            same = [m for m in self.window(clause_start, hit.start) if m.end <= hit.start]
            target = same[-1] if same else None
        if target is None:
            earlier = [c for c in clauses if c < clause_start]
            bounds = earlier + [clause_start]
            for k in range(len(earlier) - 1, -1, -1):
                target = self.topic(bounds[k], bounds[k + 1])
                if target:
                    break
        if target is None:
            sentence = sentences[number]
            for k in range(number - 1, -1, -1):
                previous = sentences[k]
                if sentence.start - previous.end > 3000:
                    break
                target = self.topic(previous.start, previous.end)
                if target:
                    break
        return target
