"""The evaluation scorer's matching rules, adapted so the suite can guard accuracy on its own copy of the gold.

Same rules as the shared scorer: only events with a SoftBank-side party count; a predicted event matches a
gold one when its date falls in the gold period (with slack), it names a gold counterparty (or, without
gold counterparties, has the gold kind or amount), and no better pair claims either.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

SOFTBANK_SIDE = re.compile(r"soft\s*bank|vision fund|^sb\b|masayoshi son", re.IGNORECASE)
SUFFIXES = re.compile(
    r"\b(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|sa|ag|gmbh|group|holdings?|kk)\b\.?",
    re.IGNORECASE,
)
SLACK = {"day": 7, "month": 31, "quarter": 92, "year": 366}
FIELDS = ("date", "kind", "status", "parties", "amount")


def norm_name(name):
    name = unicodedata.normalize("NFKC", name or "").casefold()
    name = SUFFIXES.sub(" ", name)
    return " ".join(re.sub(r"[^\w]+", " ", name).split())


def same_company(a, b):
    a, b = norm_name(a), norm_name(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 3 and re.search(rf"\b{re.escape(short)}\b", long_) is not None


def overlap(names_a, names_b):
    return any(same_company(a, b) for a in names_a for b in names_b)


def same_set(names_a, names_b):
    return (
        len(names_a) == len(names_b)
        and all(overlap([a], names_b) for a in names_a)
        and all(overlap([b], names_a) for b in names_b)
    )


def _date(value):
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def period(date, precision):
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "quarter":
        start = dt.date(date.year, 3 * ((date.month - 1) // 3) + 1, 1)
    elif precision == "month":
        start = dt.date(date.year, date.month, 1)
    else:
        return date, date
    months = 3 if precision == "quarter" else 1
    year, month = divmod(start.month - 1 + months, 12)
    return start, dt.date(start.year + year, month + 1, 1) - dt.timedelta(days=1)


def date_window_ok(gold, pred):
    g, p = _date(gold["date"]), _date(pred.get("date"))
    if g is None or p is None:
        return False
    start, end = period(g, gold["date_precision"])
    slack = dt.timedelta(days=SLACK.get(gold["date_precision"], 7))
    p_start, p_end = period(p, pred.get("date_precision") or "day")
    return p_start >= start - slack and p_end <= end + slack


def date_exact(gold, pred):
    g, p = _date(gold["date"]), _date(pred.get("date"))
    if g is None or p is None:
        return False
    start, end = period(g, gold["date_precision"])
    p_start, p_end = period(p, pred.get("date_precision") or "day")
    return start <= p_start and p_end <= end


def usd_range(amount):
    low, high = amount.get("usd_low"), amount.get("usd_high")
    if low is None and high is None and amount.get("currency") in ("USD", "PERCENT"):
        low, high = amount.get("low"), amount.get("high")
    low = high if low is None else low
    high = low if high is None else high
    return low, high


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= 0.10 * max(abs(a), abs(b), 1)


def amount_match(gold, pred):
    for g in gold.get("amounts", []):
        g_low, g_high = usd_range(g)
        for p in pred.get("amounts") or []:
            if (g.get("currency") == "PERCENT") != (p.get("currency") == "PERCENT"):
                continue
            p_low, p_high = usd_range(p)
            if close(g_low, p_low) and close(g_high, p_high):
                return True
    return False


def parties(pred):
    return [n for n in [pred.get("actor") or "", *(pred.get("counterparties") or [])] if n]


def other_parties(pred):
    seen = []
    for n in parties(pred):
        if not SOFTBANK_SIDE.search(n) and not overlap([n], seen):
            seen.append(n)
    return seen


def compatible(gold, pred):
    if not date_window_ok(gold, pred):
        return False
    if gold["counterparties"]:
        return overlap(gold["counterparties"], other_parties(pred))
    return pred.get("kind") == gold["kind"] or amount_match(gold, pred)


def pair_score(gold, pred):
    return (
        3 * overlap(gold["counterparties"], other_parties(pred))
        + 2 * (pred.get("kind") == gold["kind"])
        + 2 * amount_match(gold, pred)
        + date_exact(gold, pred)
        + (pred.get("status") == gold["status"])
        + 0.5 * gold["required"]
    )


def match(gold_events, predicted):
    pairs = [
        (pair_score(g, p), gi, pi)
        for gi, g in enumerate(gold_events)
        for pi, p in enumerate(predicted)
        if compatible(g, p)
    ]
    taken_g, taken_p, result = set(), set(), {}
    for _, gi, pi in sorted(pairs, key=lambda t: (-t[0], t[1], t[2])):
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            result[gi] = pi
    return result


class Tally:
    def __init__(self):
        self.required = self.found = self.optional_found = self.extra = self.quotes_ok = self.predicted = 0
        self.right = dict.fromkeys(FIELDS, 0)
        self.asked = dict.fromkeys(FIELDS, 0)
        self.missed: list[str] = []
        self.extras: list[str] = []

    def field(self, name, ok):
        self.asked[name] += 1
        self.right[name] += bool(ok)

    def score_article(self, gold_events, predicted, text):
        predicted = [p for p in predicted if any(SOFTBANK_SIDE.search(n) for n in parties(p))]
        self.predicted += len(predicted)
        self.quotes_ok += sum(1 for p in predicted if p.get("quote") and p["quote"] in text)
        pairs = match(gold_events, predicted)
        for gi, g in enumerate(gold_events):
            if not g["required"]:
                self.optional_found += gi in pairs
                continue
            self.required += 1
            if gi not in pairs:
                self.missed.append(g["quote"][:100])
                continue
            self.found += 1
            p = predicted[pairs[gi]]
            self.field("date", date_exact(g, p))
            self.field("kind", p.get("kind") == g["kind"])
            self.field("status", p.get("status") == g["status"])
            gold_others = [n for n in g["counterparties"] if not SOFTBANK_SIDE.search(n)]
            self.field("parties", same_set(gold_others, other_parties(p)))
            if g["amounts"]:
                self.field("amount", amount_match(g, p))
        matched = set(pairs.values())
        self.extra += sum(1 for pi in range(len(predicted)) if pi not in matched)
        self.extras += [(predicted[pi].get("quote") or "")[:100] for pi in range(len(predicted)) if pi not in matched]

    def figures(self):
        hits = self.found + self.optional_found
        precision = hits / (hits + self.extra) if hits + self.extra else 0.0
        recall = self.found / self.required if self.required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        fields = {f: (self.right[f] / self.asked[f] if self.asked[f] else 1.0) for f in FIELDS}
        quotes = self.quotes_ok / self.predicted if self.predicted else 1.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            **fields,
            "quotes": quotes,
            "required": self.required,
            "found": self.found,
            "extra": self.extra,
        }
