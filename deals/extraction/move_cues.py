"""Step 2, move cues: the words of a sentence that may open a move, and what in the sentence is no party to one.

A kind cue ("acquire", "出資") counts unless a mask covers it ("acquired taste"), it lies in a list of holdings
("SoftBank, which has investments in Tencent..."), or it is part of a proper name ("Future Investment
Initiative"). Companies and figures named as holdings, as the news source ("according to X"), as a comparison
or as a purpose ("to compete with X") are no parties, and a figure after an amount mask is no move's.

    scan_sentence(ctx, i, mention_starts, amount_starts) -> SentenceScan | None   (None: no kind cue)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .clauses import between, inside_any, overlaps, restates, split_clauses
from .co_investors import list_phrases, listing_cues
from .companies import Mention
from .cues import Hit
from .events import ArticleContext
from .types import ExtractedAmount, Sentence

# a list of holdings goes on with a name, or with a dative article and a descriptor before the name ("an dem
# Mitfahrdienst Uber, dem Büroflächenanbieter WeWork und ...")
_LIST_CONTINUES = re.compile(
    r"\s*(?:,\s*)?(?:(?:and|or|et|ou|y|o|und|oder|as well as)\s+)?(?:dem\s+)?(?:[A-ZÄÖÜ0-9]|\()"
)
# After "reports said that" the reported move begins: a source phrase stops there.
_COMPLEMENTIZER = re.compile(
    r"(?i:\b(?:that|que|qu['’]|dass|daß)\b)|(?<![\u0621-\u064a])(?:أن|أنّ|إن|بأن)(?![\u0621-\u064a])"
)
_CLAUSE_END = re.compile(r"[,،，、;；:：()（）]")
_WORD = re.compile(r"[\w’'\-]+")


@dataclass
class SentenceScan:
    """One sentence with a kind cue, as the later steps see it."""

    index: int  # the sentence's number in the article
    start: int
    end: int
    kind_hits: list[Hit]
    status_hits: list[Hit]
    masks: list[tuple[int, int]]  # spans where no cue counts
    mentions: list[Mention]  # companies that may be parties
    amounts: list[ExtractedAmount]  # figures that may be a move's
    clauses: list[tuple[int, int]]
    hearsay: list[int] = field(default_factory=list)  # where it attributes what it tells to unnamed sources


def scan_sentence(ctx: ArticleContext, i: int, mention_starts: list[int], amount_starts: list[int]):
    """The cues, parties and figures of sentence `i`; None when no kind cue opens a move in it.
    `mention_starts` and `amount_starts` are the starts of ctx.mentions and ctx.amounts, both sorted."""
    text, cues = ctx.text, ctx.cues
    sentence = ctx.sentences[i]
    s0, s1 = sentence.start, sentence.end
    masks = [(h.start, h.end) for h in cues.masks.hits(ctx.index, s0, s1)]
    found = cues.kinds.hits(ctx.index, s0, s1)
    sales = [h.start for h in found if h.label == "divestment"]
    holding = _holding_spans(text, cues.holding.hits(ctx.index, s0, s1), sentence, cues.script == "latin", sales)
    kind_hits = [
        h
        for h in found
        if not any(overlaps((h.start, h.end), m) for m in masks) and not inside_any(holding, h.start, h.end)
    ]
    if cues.script == "latin" and kind_hits:
        kind_hits = [h for h in kind_hits if not _inside_proper_name(text, sentence, h)]
    excluded = holding + _no_party_spans(ctx, sentence) + _vehicle_spans(ctx, s0, s1, mention_starts)
    mentions = _parties_named(between(ctx.mentions, mention_starts, s0, s1), excluded)
    kind_hits += [
        h
        for h in listing_cues(ctx, mentions, s0, s1)
        if not any(overlaps((h.start, h.end), (k.start, k.end)) for k in kind_hits)
    ]
    if not kind_hits:
        return None
    kind_hits.sort(key=lambda h: h.start)
    kind_hits = _outside_purposes(ctx, sentence, kind_hits)
    # "SoftBank, qui possède 25% d'Arm, prendra une participation": what a company already holds dates no move
    status_hits = [
        h
        for h in cues.statuses.hits(ctx.index, s0, s1)
        if not any(overlaps((h.start, h.end), m) for m in masks) and not inside_any(holding, h.start, h.end)
    ]
    return SentenceScan(
        index=i,
        start=s0,
        end=s1,
        kind_hits=kind_hits,
        status_hits=status_hits,
        masks=masks,
        mentions=mentions,
        amounts=_deal_figures(ctx, between(ctx.amounts, amount_starts, s0, s1), excluded, s0),
        clauses=split_clauses(text, sentence, cues, kind_hits),
        hearsay=[h.start for h in cues.hearsay.hits(ctx.index, s0, s1)],
    )


_VEHICLE_GAP = 2  # characters between "through its subsidiary" (or "를 통해") and the vehicle's name


def _vehicle_spans(ctx: ArticleContext, s0: int, s1: int, mention_starts: list[int]) -> list[tuple[int, int]]:
    """The names the acting side moves through ("through its subsidiary X", "X를 통해"): right after the phrase,
    or right before it where verbs come last."""
    cues = ctx.cues
    hits = cues.vehicles.hits(ctx.index, s0, s1) if cues.vehicles is not None else []
    if not hits:
        return []
    names = between(ctx.mentions, mention_starts, s0, s1)
    # a name may swallow the phrase's last noun, capitalised in German ("über seine Tochter Silver Bands")
    if cues.head_final:
        return [(m.start, m.end) for h in hits for m in names if m.end <= h.end and h.start - m.end <= _VEHICLE_GAP]
    return [(m.start, m.end) for h in hits for m in names if m.start >= h.start and m.start - h.end <= _VEHICLE_GAP]


def _parties_named(mentions: list[Mention], excluded: list[tuple[int, int]]) -> list[Mention]:
    """The sentence's mentions outside the phrases that name no party; a back-reference ("the company") to a
    company such a phrase named in the sentence is that same company, no party either."""
    out = [m for m in mentions if not inside_any(excluded, m.start, m.end)]
    gone = {m.name for m in mentions if m.source != "backref"} - {m.name for m in out if m.source != "backref"}
    return [m for m in out if not (m.source == "backref" and m.name in gone)]


def _deal_figures(ctx: ArticleContext, amounts: list, excluded: list[tuple[int, int]], s0: int) -> list:
    """The sentence's figures that may be a deal's: not one a results word governs ("a loss of 2.9 trillion
    yen"), nor its conversion in brackets ("(21.68 billion dollars)"), nor one inside a phrase naming no party."""
    out, masked_end = [], None
    for a in amounts:
        if masked_end is not None and restates(ctx.text, masked_end, a.start):
            masked_end = a.end
            continue
        masked_end = None
        if ctx.cues.amount_masks.hits(ctx.index, max(s0, a.start - 30), a.start):
            masked_end = a.end
        elif not inside_any(excluded, a.start, a.end):
            out.append(a)
    return out


def _purpose_spans(ctx: ArticleContext, sentence: Sentence) -> list[tuple[int, int]]:
    """What a purpose phrase ("to fund", "para vender", "に充てる") governs: the move the money is for."""
    hits = ctx.cues.purposes.hits(ctx.index, sentence.start, sentence.end)
    head_final = ctx.cues.head_final
    reach = 30 if head_final else 80
    return _phrase_spans(ctx.text, hits, sentence.end, reach, before=head_final, start=sentence.start)


def _outside_purposes(ctx: ArticleContext, sentence: Sentence, kind_hits: list[Hit]) -> list[Hit]:
    """The cues of the move the sentence makes, not of the one its money is for ("sold Nvidia shares to fund
    its OpenAI investment" is a sale); all of them when every cue stands in a purpose."""
    purposes = _purpose_spans(ctx, sentence)
    outside = [h for h in kind_hits if not inside_any(purposes, h.start, h.end)]
    return outside or kind_hits


def _no_party_spans(ctx: ArticleContext, sentence: Sentence) -> list[tuple[int, int]]:
    """What a non-party phrase ("compared with"), a purpose ("to compete with") or a source ("according to")
    governs."""
    text, cues = ctx.text, ctx.cues
    s0, s1 = sentence.start, sentence.end
    lists = [(h.start, h.end) for h in list_phrases(ctx, s0, s1)]
    # "investors such as SoftBank", "inversores como": a list of investors, not a comparison
    compared = [h for h in cues.non_party.hits(ctx.index, s0, s1) if not inside_any(lists, h.start, h.end)]
    # "Amazon-Rivale Flipkart": a comparison word heading a compound compares the name joined to it, and the
    # name after the compound is the one the sentence is about.
    joined = [h for h in compared if h.start > s0 and text[h.start - 1] in "-‑"]
    return (
        _phrase_spans(text, [h for h in compared if h not in joined], s1, 60)
        + [(_joined_name_start(text, h.start - 1, s0), h.end) for h in joined]
        + _purpose_spans(ctx, sentence)
        + _phrase_spans(
            text,
            cues.sources.hits(ctx.index, s0, s1),
            s1,
            80 if cues.script in ("latin", "arabic") else 30,
            before=cues.head_final,
            start=s0,
        )
    )


def _joined_name_start(text: str, hyphen: int, s0: int) -> int:
    """Where the name joined by a hyphen to the word at `hyphen` begins: the word (or words, for a name
    joined with a space such as "Delivery Hero-Konkurrent") right before it, back to a lower-case word."""
    pos = hyphen
    while pos > s0:
        m = re.search(r"[\w.&’']+\s*$", text[max(s0, pos - 40) : pos])
        if not m or not m.group(0)[:1].isupper():
            break
        pos = max(s0, pos - 40) + m.start()
    return pos


def _holding_spans(
    text: str, hits: list[Hit], sentence: Sentence, latin: bool, sales: list[int]
) -> list[tuple[int, int]]:
    """What holding phrases govern. Where the phrase stands before the noun it describes ("保有するウーバー株を
    売却", "보유한 쿠팡 지분을 매각"), a sale later in its clause sells that very holding: the held company is
    then the move's target, and the phrase governs nothing."""
    spans = []
    for hit in hits:
        pos = hit.end
        limit = sentence.end
        if latin:
            # The list of holdings runs on while items are names; it ends at a comma followed by a verb.
            while pos < limit:
                comma = text.find(",", pos, limit)
                if comma < 0:
                    pos = limit
                    break
                if _LIST_CONTINUES.match(text, comma + 1):
                    pos = comma + 1
                    continue
                pos = comma
                break
        else:
            m = _CLAUSE_END.search(text, pos, limit)
            pos = m.start() if m else limit
            if any(hit.end <= s < pos for s in sales):
                continue
        spans.append((hit.start, pos))
    return spans


def _phrase_spans(
    text: str, hits: list[Hit], limit: int, reach: int, *, before: bool = False, start: int = 0
) -> list[tuple[int, int]]:
    """What a phrase governs: the words after it ("according to X"), or before it for a postposition
    ("Xによると", "X에 따르면"); a complementizer ends it ("reports said that SoftBank ...")."""
    spans = []
    for hit in hits:
        if before:
            lo = max(start, hit.start - reach)
            ends = list(_CLAUSE_END.finditer(text, lo, hit.start))
            spans.append((ends[-1].end() if ends else lo, hit.end))
            continue
        end = min(limit, hit.end + reach)
        m = _CLAUSE_END.search(text, hit.end, end)
        end = m.start() if m else end
        c = _COMPLEMENTIZER.search(text, hit.end, end)
        spans.append((hit.start, c.start() if c else end))
    return spans


def _inside_proper_name(text: str, sentence: Sentence, hit: Hit) -> bool:
    """A capitalised cue between capitalised words is part of a name ("Future Investment Initiative").

    Headlines in title case are left alone: there every word is capitalised.
    """
    if not text[hit.start : hit.start + 1].isupper() or hit.start == sentence.start:
        return False
    words = _WORD.findall(sentence.text)
    if words and sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words):
        return False
    before = _WORD.findall(text[max(sentence.start, hit.start - 40) : hit.start])
    after = _WORD.findall(text[hit.end : min(sentence.end, hit.end + 40)])
    return bool((before and before[-1][:1].isupper()) or (after and after[0][:1].isupper()))
