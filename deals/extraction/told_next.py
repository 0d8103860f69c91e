"""A move's figure told in the sentence after it: "ABB sells its robotics unit to SoftBank. The transaction is
worth $5.4 billion." The press often names the deal first and its price in the next sentence, referring back
to it ("the transaction", "이번 거래", "el importe", "قيمة الصفقة"); the words are data in data/money/<lang>.json
(`deal_refs`).

    figures_told_next(candidates, ctx) -> each merged move without money takes the figures of such a sentence
"""

from __future__ import annotations

from . import money_lang
from .events import ArticleContext, Candidate
from .types import PERCENT

REACH = 2  # sentences after one of the move's retellings: one may stand between ("Graphcore said so on Thursday.")
_MASK_REACH = 30  # characters before a figure where a results word ("a loss of") makes it no deal's figure


def figures_told_next(candidates: list[Candidate], ctx: ArticleContext) -> None:
    money = money_lang.load(ctx.cues.language)
    if money is None or not ctx.sentences:
        return
    starts = {s.start: i for i, s in enumerate(ctx.sentences)}
    told = [_sentences_of(cand, starts) for cand in candidates]
    claimed = set().union(*told) if told else set()
    taken: set[int] = set()
    for cand, own in zip(candidates, told, strict=True):
        if not own or any(a.currency != PERCENT for a in cand.amounts):
            continue
        found = (_next_figures(ctx, money, i, claimed) for i in sorted(own))
        j = next((j for j in found if j is not None and j not in taken), None)
        if j is not None:
            taken.add(j)  # one figure, one move: the first move told before it
            cand.amounts = cand.amounts + _figures(ctx, ctx.sentences[j])


def _sentences_of(cand: Candidate, starts: dict[int, int]) -> set[int]:
    spans = [cand.sentence, *(sentence for _, _, sentence in cand.retold)]
    return {starts[s0] for s0, _ in spans if s0 in starts}


def _next_figures(ctx: ArticleContext, money, last: int, claimed: set[int]) -> int | None:
    """The sentence after `last` (news sites often give each sentence its own paragraph) whose first money
    figure follows a word for the deal; None when a sentence telling a move of its own, or a figure about
    something else, comes first."""
    for j in range(last + 1, min(last + 1 + REACH, len(ctx.sentences))):
        if j in claimed:
            return None
        sentence = ctx.sentences[j]
        figures = _figures(ctx, sentence)
        if not figures:
            continue
        ref = money.deal_refs.search(ctx.text, sentence.start, figures[0].start)
        return j if ref is not None else None
    return None


def _figures(ctx: ArticleContext, sentence) -> list:
    masks = ctx.cues.amount_masks
    return [
        a
        for a in ctx.amounts
        if sentence.start <= a.start < sentence.end
        and a.currency != PERCENT
        and not (masks is not None and masks.hits(ctx.index, max(sentence.start, a.start - _MASK_REACH), a.start))
    ]
