"""Who stands where in a move, from the words around a party: the one a buyer buys from ("from SoftBank"), the
one something is sold to ("to SoftBank", "SBGに売却"), a buyer named as such ("其买家正是软银"), and the company an
article is about, for a move told without its object. Plain Python; `ctx` is events.ArticleContext."""

from __future__ import annotations

import re
from collections import Counter

from .companies import Mention
from .cues import Hit

TOPIC_KINDS = {"investment", "acquisition", "divestment"}
SOLD_TO_REACH = 45  # characters from the sale word to the one it is sold to
# an article and a nationality may stand between: "an die japanische Softbank", "to the Japanese SoftBank"
_TWO_WORDS = re.compile(r"\s+(?:[\w’'\-]+\s+){1,2}")


def near(phrases, ctx, m: Mention, s0: int, s1: int, reach: int = 24) -> bool:
    hits = phrases.hits(ctx.index, max(s0, m.start - reach), min(s1, m.end + reach + 20))
    return any(h.start < m.end + reach for h in hits)  # a word that begins within reach counts whole


def sold_to(ctx, m: Mention, primary: Hit, s0: int, s1: int, reach: int = SOLD_TO_REACH) -> bool:
    """The party something is sold to: "sell X to SoftBank", "vendre X à SoftBank", "إلى سوفت بنك" just before
    the name and soon after the sale word; a postposition just after it and before the sale word in ja/ko
    ("SBGに売却", "SBGへの売却", "소프트뱅크에 매각")."""
    if ctx.cues.head_final:
        if not (m.end <= primary.start and primary.start - m.end <= 12):
            return False
        return any(h.start - m.end <= 1 for h in ctx.cues.recipients.hits(ctx.index, m.end, min(s1, m.end + 6)))
    after = primary.end <= m.start and m.start - primary.end <= reach
    # a participle may close the clause: "Robotics an Softbank verkauft"
    before = m.end <= primary.start and primary.start - m.end <= 3
    if not (after or before):
        return False
    # a nationality may stand between: "au japonais SoftBank", "an die japanische Softbank"; told after the
    # sale word, the "to" of "agreed to sell Arm" is the infinitive's, not the buyer's; the sale word may end
    # with it ("卖给日本软银")
    floor = max(s0, m.start - 30, primary.start if after else s0)
    hits = ctx.cues.recipients.hits(ctx.index, floor, m.start)
    # beyond the usual reach only "to" right before the name: "an der Mobilfunktochter X" owns, "an X" sells to
    near_cue = not after or m.start - primary.end <= SOLD_TO_REACH
    return any(m.start - h.end <= 2 or (near_cue and _TWO_WORDS.fullmatch(ctx.text, h.end, m.start)) for h in hits)


def is_seller(ctx, m: Mention, s0: int, s1: int, primary: Hit | None = None) -> bool:
    """The party a buyer buys from: "from SoftBank", "von Softbank", "من سوفت بنك" before the name, "SoftBank's
    stake" or a postposition ("ソフトバンクから", "소프트뱅크로부터") after it. A seller word before the move's own
    cue governs the cue, not the name: "من استحواذ سوفت بنك" is "since SoftBank's acquisition"."""
    # a phrase written "*…" in the data follows the holder's name ("软银持有的", "SoftBank's stake"), never before it
    before = [h for h in ctx.cues.sellers.hits(ctx.index, max(s0, m.start - 16), m.start) if h.phrase[0] != "*"]
    if primary is not None:
        before = [h for h in before if not (h.end <= primary.start and primary.end <= m.start)]
    if before:
        return True
    after = ctx.cues.sellers.hits(ctx.index, m.end, min(s1, m.end + 12))
    head_final = ctx.cues.head_final
    return any(head_final or h.phrase.startswith(("'s", "’s", "*")) for h in after if h.start - m.end <= 2)


def bought_from(ctx, m: Mention, primary: Hit, s0: int, s1: int) -> bool:
    """The company the tracked side buys from, when the words put it there: "buys the stake from Naver",
    "네이버로부터 지분을 매입", "Naverから取得": the source word right before the name after the cue, or in ja/ko
    the postposition right after the name before the cue. A holder's "'s" or "持有的" told after the cue names
    whose shares they are ("SoftBank buys Uber's shares"), not who sells them."""
    if ctx.cues.sellers is None:
        return False
    if ctx.cues.head_final:
        if m.end > primary.start:
            return False
        hits = ctx.cues.sellers.hits(ctx.index, m.end, min(s1, m.end + 6))
        return any(h.start - m.end <= 1 for h in hits)
    if m.start < primary.end:
        return False
    hits = ctx.cues.sellers.hits(ctx.index, max(s0, primary.end, m.start - 30), m.start)
    return any(h.phrase[0] != "*" and not h.phrase.startswith(("'", "’")) and 0 <= m.start - h.end <= 2 for h in hits)


def article_topic(mentions: list[Mention]) -> Mention | None:
    """The company the article is about when one clearly dominates it (named three times or more and at
    least twice as often as any other company off the acting side): a move stated without its object
    ("übernahm Softbank die Kontrolle", "the fund invested $4.4 billion") is about that company."""
    counts: Counter = Counter()
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.side or m.source not in ("alias", "shape", "backref"):
            continue
        counts[m.name] += 1
        first.setdefault(m.name, m)
    if not counts:
        return None
    (name, top), *rest = counts.most_common(2)
    if top < 3 or (rest and rest[0][1] * 2 > top):
        return None
    return first[name]
