#!/usr/bin/env python3
# A copy of the evaluation scorer, kept verbatim apart from formatting and an explicit exception cause, so the
# suite scores with its rules.
"""Score an extractor's events against hand-made gold annotations.

The extractor is run once per article through a command template, and must print
one JSON object on stdout: {"events": [...]}, each event shaped as described in
shared/eval/README.md. Only events with a SoftBank-side party are scored.

    python ../shared/eval/score.py \
        --articles ../shared/seeds/articles.json --gold ../shared/eval/seed_gold.json \
        --cmd 'python manage.py extract {path} --published {published} --language {language} --json'

Placeholders in --cmd: {path} (absolute path of the article file), {published}
(YYYY-MM-DD), {language} (ISO 639-1 code), {id}. Standard library only.
"""

import argparse
import datetime as dt
import json
import re
import shlex
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

SOFTBANK_SIDE = re.compile(r"soft\s*bank|vision fund|^sb\b|masayoshi son", re.I)
SUFFIXES = re.compile(
    r"\b(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|sa|ag|gmbh|group|holdings?|kk)\b\.?", re.I
)
AMOUNT_TOLERANCE = 0.10


def norm_name(name):
    name = unicodedata.normalize("NFKC", name or "").casefold()
    name = SUFFIXES.sub(" ", name)
    name = re.sub(r"[^\w]+", " ", name)
    return " ".join(name.split())


def same_company(a, b):
    if "|" in (a or "") or "|" in (b or ""):  # a gold name may list spellings: "Didi Chuxing|DiDi Global"
        return any(same_company(x, y) for x in (a or "").split("|") for y in (b or "").split("|"))
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


def parse_date(value):
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def period(date, precision):
    """First and last day of the period a date stands for."""
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "quarter":
        first_month = 3 * ((date.month - 1) // 3) + 1
        start = dt.date(date.year, first_month, 1)
    elif precision == "month":
        start = dt.date(date.year, date.month, 1)
    else:
        return date, date
    months = 3 if precision == "quarter" else 1
    year, month = divmod(start.month - 1 + months, 12)
    return start, dt.date(start.year + year, month + 1, 1) - dt.timedelta(days=1)


SLACK = {"day": 7, "month": 31, "quarter": 92, "year": 366}


def date_window_ok(gold, pred):
    g, p = parse_date(gold["date"]), parse_date(pred.get("date"))
    if g is None or p is None:
        return False
    start, end = period(g, gold["date_precision"])
    slack = dt.timedelta(days=SLACK.get(gold["date_precision"], 7))
    p_start, p_end = period(p, pred.get("date_precision") or "day")
    return p_start >= start - slack and p_end <= end + slack


def date_exact(gold, pred):
    g, p = parse_date(gold["date"]), parse_date(pred.get("date"))
    if g is None or p is None:
        return False
    start, end = period(g, gold["date_precision"])
    p_start, p_end = period(p, pred.get("date_precision") or "day")
    return start <= p_start and p_end <= end


def usd_range(amount):
    low, high = amount.get("usd_low"), amount.get("usd_high")
    if low is None and high is None and amount.get("currency") in ("USD", "PERCENT"):
        low, high = amount.get("low"), amount.get("high")
    if low is None:
        low = high
    if high is None:
        high = low
    return low, high


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= AMOUNT_TOLERANCE * max(abs(a), abs(b), 1)


def amount_match(gold, pred):
    for g in gold.get("amounts", []):
        g_low, g_high = usd_range(g)
        for p in pred.get("amounts") or []:
            if (g.get("currency") == "PERCENT") != (p.get("currency") == "PERCENT"):
                continue
            p_low, p_high = usd_range(p)
            if (close(g_low, p_low) and close(g_high, p_high)) or same_amount(g, p):
                return True
    return False


def parties(pred):
    names = [pred.get("actor") or ""] + list(pred.get("counterparties") or [])
    names += [p.get("name", "") for p in pred.get("parties") or [] if isinstance(p, dict)]
    return [n for n in names if n]


def is_softbank_side(pred):
    return any(SOFTBANK_SIDE.search(n) for n in parties(pred))


def other_parties(pred):
    seen = []
    for n in parties(pred):
        if not SOFTBANK_SIDE.search(n) and not overlap([n], seen):
            seen.append(n)
    return seen


def compatible(gold, pred):
    if not date_window_ok(gold, pred):
        return False
    cps = other_parties(pred)
    if gold["counterparties"]:
        return overlap(gold["counterparties"], cps)
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


TRUTH_FIELDS = ("date", "basis", "kind", "status", "parties", "object", "roles", "amounts")
SCORED_AMOUNT_ROLES = ("value", "total", "valuation", "stake_percent", "per_share")


def pred_basis(pred):
    return pred.get("date_basis") or ("stated" if pred.get("date_text") else "publication")


def pred_object_type(pred):
    obj = pred.get("object")
    return obj.get("type") if isinstance(obj, dict) else None


def role_of(pred, name):
    for key, role in (pred.get("roles") or {}).items():
        if same_company(key, name):
            return role
    return None


def same_amount(g, p):
    """Same figure: in the same currency, or in US dollars where the prediction converted it."""
    if g.get("currency") == p.get("currency"):
        return close(g.get("low"), p.get("low")) and close(g.get("high"), p.get("high"))
    if g.get("currency") == "USD" and p.get("usd_low") is not None:
        return close(g.get("low"), p.get("usd_low")) and close(g.get("high"), p.get("usd_high"))
    return False


def amounts_true(gold, pred):
    """Every figure the prediction shows in a scored role is a gold figure in that role, and the
    move's own money (role value), when the gold states it, is among them."""
    gold_amounts, pred_amounts = gold.get("amounts") or [], pred.get("amounts") or []
    for p in pred_amounts:
        if p.get("role") in SCORED_AMOUNT_ROLES and not any(
            g.get("role") == p.get("role") and same_amount(g, p) for g in gold_amounts
        ):
            return False
    gold_values = [g for g in gold_amounts if g.get("role") == "value"]
    if gold_values:
        return any(p.get("role") == "value" and same_amount(g, p) for g in gold_values for p in pred_amounts)
    return True


def truth_checks(gold, pred, skip=()):
    """Each fact a reader would see of this move, right or wrong; fields the gold lacks are not asked."""
    gold_others = [n for n in gold["counterparties"] if not SOFTBANK_SIDE.search(n)]
    checks = {
        "date": date_exact(gold, pred),
        "basis": pred_basis(pred) == gold.get("date_basis", pred_basis(pred)),
        "kind": pred.get("kind") == gold["kind"],
        "status": pred.get("status") == gold["status"],
        "parties": same_set(gold_others, other_parties(pred)),
        "amounts": amounts_true(gold, pred),
    }
    if "object_type" in gold:
        checks["object"] = pred_object_type(pred) == gold["object_type"]
    if gold.get("roles"):
        checks["roles"] = all(
            role_of(pred, name) == role for name, role in gold["roles"].items() if not SOFTBANK_SIDE.search(name)
        )
    return {k: v for k, v in checks.items() if k not in skip}


def run_extractor(cmd, article, path):
    fields = {
        "path": str(path),
        "published": article["published"],
        "language": article.get("language", ""),
        "id": article["id"],
    }
    argv = [part.format(**fields) for part in shlex.split(cmd)]
    started = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"extractor failed on {article['id']} (exit {proc.returncode}): {proc.stderr[-2000:]}")
    try:
        return json.loads(proc.stdout)["events"], elapsed
    except (ValueError, KeyError, TypeError) as exc:
        raise RuntimeError(f"extractor printed no JSON object with 'events' for {article['id']}: {exc}") from exc


class Tally:
    FIELDS = ("date", "kind", "status", "parties", "amount")

    def __init__(self):
        self.required = self.found = self.optional_found = self.extra = 0
        self.true_predicted = self.true_required = 0
        self.truth_right = dict.fromkeys(TRUTH_FIELDS, 0)
        self.truth_asked = dict.fromkeys(TRUTH_FIELDS, 0)
        self.quotes_ok = self.predicted = 0
        self.right = dict.fromkeys(self.FIELDS, 0)
        self.asked = dict.fromkeys(self.FIELDS, 0)
        self.seconds = 0.0

    def field(self, name, ok):
        self.asked[name] += 1
        self.right[name] += bool(ok)

    def add(self, other):
        for key in (
            "required",
            "found",
            "optional_found",
            "extra",
            "quotes_ok",
            "predicted",
            "seconds",
            "true_predicted",
            "true_required",
        ):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for f in self.FIELDS:
            self.right[f] += other.right[f]
            self.asked[f] += other.asked[f]
        for f in TRUTH_FIELDS:
            self.truth_right[f] += other.truth_right[f]
            self.truth_asked[f] += other.truth_asked[f]

    def truth(self, checks, required):
        for name, ok in checks.items():
            self.truth_asked[name] += 1
            self.truth_right[name] += bool(ok)
        if all(checks.values()):
            self.true_predicted += 1
            self.true_required += required

    def figures(self):
        hits = self.found + self.optional_found
        precision = hits / (hits + self.extra) if hits + self.extra else 0.0
        recall = self.found / self.required if self.required else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        fields = {f: (self.right[f] / self.asked[f] if self.asked[f] else 1.0) for f in self.FIELDS}
        quotes = self.quotes_ok / self.predicted if self.predicted else 1.0
        truth_p = self.true_predicted / self.predicted if self.predicted else 0.0
        truth_r = self.true_required / self.required if self.required else 1.0
        truth_f1 = 2 * truth_p * truth_r / (truth_p + truth_r) if truth_p + truth_r else 0.0
        facts = {f: (self.truth_right[f] / self.truth_asked[f] if self.truth_asked[f] else None) for f in TRUTH_FIELDS}
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            **fields,
            "quotes": quotes,
            "truth_precision": truth_p,
            "truth_recall": truth_r,
            "truth_f1": truth_f1,
            "facts": facts,
            "true_predicted": self.true_predicted,
            "predicted": self.predicted,
            "required": self.required,
            "found": self.found,
            "extra": self.extra,
            "seconds": self.seconds,
        }

    def line(self):
        f = self.figures()
        return (
            f"P={f['precision']:.2f} R={f['recall']:.2f} F1={f['f1']:.2f} | date={f['date']:.2f} "
            f"kind={f['kind']:.2f} status={f['status']:.2f} parties={f['parties']:.2f} "
            f"amount={f['amount']:.2f} quotes={f['quotes']:.2f} | {f['found']}/{f['required']} required, "
            f"{f['extra']} extra, {f['seconds']:.2f} s"
        )

    def truth_line(self):
        f = self.figures()
        facts = " ".join(f"{k}={v:.2f}" for k, v in f["facts"].items() if v is not None)
        return (
            f"TRUTH P={f['truth_precision']:.2f} R={f['truth_recall']:.2f} F1={f['truth_f1']:.2f} "
            f"({f['true_predicted']} of {f['predicted']} predicted moves wholly true) | on every matched move: {facts}"
        )


def describe(event):
    cps = ", ".join(other_parties(event) if "actor" in event or "parties" in event else event["counterparties"])
    money = "; ".join(a.get("text") or f"{a.get('low')} {a.get('currency')}" for a in event.get("amounts") or [])
    return (
        f"{event.get('date')} ({event.get('date_precision')}) {event.get('kind')}/{event.get('status')} "
        f"[{cps}] {money} :: {(event.get('quote') or '')[:90]}"
    )


def score_article(article, gold_events, predicted, text, show, skip=()):
    tally = Tally()
    predicted = [p for p in predicted if is_softbank_side(p)]
    tally.predicted = len(predicted)
    tally.quotes_ok = sum(1 for p in predicted if p.get("quote") and p["quote"] in text)
    pairs = match(gold_events, predicted)
    for gi, pi in pairs.items():
        checks = truth_checks(gold_events[gi], predicted[pi], skip)
        tally.truth(checks, gold_events[gi]["required"])
        wrong = [k for k, ok in checks.items() if not ok]
        if show and wrong:
            print(f"    untrue   {', '.join(wrong)}: {describe(predicted[pi])}")
    for gi, g in enumerate(gold_events):
        if not g["required"]:
            tally.optional_found += gi in pairs
            continue
        tally.required += 1
        if gi not in pairs:
            if show:
                print(f"    missed   {describe(g)}")
            continue
        tally.found += 1
        p = predicted[pairs[gi]]
        tally.field("date", date_exact(g, p))
        tally.field("kind", p.get("kind") == g["kind"])
        tally.field("status", p.get("status") == g["status"])
        gold_others = [n for n in g["counterparties"] if not SOFTBANK_SIDE.search(n)]
        tally.field("parties", same_set(gold_others, other_parties(p)))
        if g["amounts"]:
            tally.field("amount", amount_match(g, p))
        if show:
            print(f"    found    {describe(g)}\n          as {describe(p)}")
    matched = set(pairs.values())
    for pi, p in enumerate(predicted):
        if pi not in matched:
            tally.extra += 1
            if show:
                print(f"    extra    {describe(p)}")
    return tally


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", required=True, help="articles.json: id, file, language, published")
    parser.add_argument("--gold", required=True, help="gold.json: id and events for each article")
    parser.add_argument("--cmd", required=True, help="extractor command template")
    parser.add_argument("--show", action="store_true", help="list missed, found and extra events")
    parser.add_argument("--json", action="store_true", help="print the overall figures as JSON last")
    parser.add_argument("--min-f1", type=float, default=0.0, help="exit 1 when overall F1 is below this")
    parser.add_argument("--min-truth", type=float, default=0.0, help="exit 1 when the truth F1 is below this")
    parser.add_argument(
        "--skip", default="", help="comma-separated facts left out of the truth check, e.g. object,roles"
    )
    args = parser.parse_args(argv)

    articles_path = Path(args.articles).resolve()
    articles = json.loads(articles_path.read_text(encoding="utf-8"))
    gold = {g["id"]: g["events"] for g in json.loads(Path(args.gold).read_text(encoding="utf-8"))}
    total = Tally()
    for article in articles:
        if article["id"] not in gold:
            continue
        path = articles_path.parent / article["file"]
        text = path.read_text(encoding="utf-8")
        predicted, seconds = run_extractor(args.cmd, article, path)
        skip = tuple(x for x in args.skip.split(",") if x)
        tally = score_article(article, gold[article["id"]], predicted, text, args.show, skip)
        tally.seconds = seconds
        print(
            f"{article['id']:>8} {article.get('language', ''):>2}  {tally.line()} | "
            f"true {tally.true_predicted}/{tally.predicted}"
        )
        total.add(tally)
    print(f"overall: {total.line()}")
    print(f"overall: {total.truth_line()}")
    if args.json:
        print(json.dumps(total.figures()))
    figures = total.figures()
    return 0 if figures["f1"] >= args.min_f1 and figures["truth_f1"] >= args.min_truth else 1


if __name__ == "__main__":
    sys.exit(main())
