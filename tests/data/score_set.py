"""Score the extractor on a held-out set, in process, with the evaluation's matching rules.

    .venv/bin/python -m tests.data.score_set tests/data/heldout [--show] [--only h03,h12] [--json]

A set is a folder with its articles, `articles.json` (id, file, language, published) and `gold.json`.

Prints one line per article, one per language and the overall figures, like the shared scorer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from deals.extraction.pipeline import extract
from deals.extraction.serialize import result_to_eval
from tests.extraction.helpers import gazetteer
from tests.scoring import SOFTBANK_SIDE, Tally, match, other_parties, parties

SETS = Path(__file__).resolve().parent


def load_set(folder: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    articles = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    gold = {g["id"]: g["events"] for g in json.loads((folder / "gold.json").read_text(encoding="utf-8"))}
    return articles, gold


def language_of(article: dict) -> str:
    return "zh-tw" if article["file"].endswith("_zht.txt") else article["language"]


def run_article(folder: Path, article: dict) -> tuple[str, list[dict], float]:
    text = (folder / article["file"]).read_text(encoding="utf-8")
    started = time.perf_counter()
    result = extract(
        text,
        published=dt.date.fromisoformat(article["published"]),
        language=article["language"],
        gazetteer=gazetteer(),
    )
    return text, result_to_eval(result)["events"], time.perf_counter() - started


def describe(event: dict, predicted: bool) -> str:
    names = other_parties(event) if predicted else event["counterparties"]
    money = "; ".join(a.get("text") or "" for a in event.get("amounts") or [])
    return (
        f"{event.get('date')} ({event.get('date_precision')}) {event.get('kind')}/{event.get('status')} "
        f"[{', '.join(names)}] {money} :: {(event.get('quote') or '')[:110]}"
    )


def show(gold_events: list[dict], predicted: list[dict]) -> None:
    predicted = [p for p in predicted if any(SOFTBANK_SIDE.search(n) for n in parties(p))]
    pairs = match(gold_events, predicted)
    for gi, g in enumerate(gold_events):
        tag = "" if g["required"] else " (optional)"
        if gi in pairs:
            print(f"    found{tag}  {describe(g, False)}\n          as {describe(predicted[pairs[gi]], True)}")
        elif g["required"]:
            print(f"    MISSED   {describe(g, False)}")
    for pi, p in enumerate(predicted):
        if pi not in pairs.values():
            print(f"    EXTRA    {describe(p, True)}")


def line(f: dict) -> str:
    return (
        f"P={f['precision']:.2f} R={f['recall']:.2f} F1={f['f1']:.2f} | date={f['date']:.2f} "
        f"kind={f['kind']:.2f} status={f['status']:.2f} parties={f['parties']:.2f} "
        f"amount={f['amount']:.2f} quotes={f['quotes']:.2f} | {f['found']}/{f['required']} required, "
        f"{f['extra']} extra"
    )


def score(folder: Path, only: set[str] | None = None, verbose: bool = False, show_events: bool = False):
    articles, gold_events = load_set(Path(folder))
    total, by_lang, seconds = Tally(), {}, 0.0
    for article in articles:
        if only and article["id"] not in only:
            continue
        text, predicted, took = run_article(Path(folder), article)
        seconds += took
        one = Tally()
        one.score_article(gold_events[article["id"]], predicted, text)
        total.score_article(gold_events[article["id"]], predicted, text)
        by_lang.setdefault(language_of(article), Tally()).score_article(gold_events[article["id"]], predicted, text)
        if verbose:
            f = one.figures()
            print(
                f"{article['id']:>5} {language_of(article):>5}  {line(f)} | true {f['true_predicted']}/{f['predicted']}"
            )
        if show_events:
            show(gold_events[article["id"]], predicted)
    return total, by_lang, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="the set's folder, e.g. tests/data/heldout")
    parser.add_argument("--show", action="store_true", help="list found, missed and extra events")
    parser.add_argument("--only", default="", help="comma-separated article ids")
    parser.add_argument("--json", action="store_true", help="print the overall figures as JSON last")
    args = parser.parse_args()
    only = {x.strip() for x in args.only.split(",") if x.strip()} or None
    total, by_lang, seconds = score(args.folder, only, verbose=True, show_events=args.show)
    print()
    for lang, tally in by_lang.items():
        print(f"  {lang:>5}  {line(tally.figures())}")
    print(f"overall: {line(total.figures())} | {seconds:.2f} s")
    print(f"overall: {total.truth_line()}")
    if args.json:
        print(json.dumps(total.figures()))


if __name__ == "__main__":
    main()
