#!/usr/bin/env python3
"""Write N synthetic news articles (plain text plus an articles.json of metadata) for the import benchmark.

    .venv/bin/python bench/gen_articles.py --count 1000 --out /tmp/bench_articles [--seed 7]
    DATABASE_URL=... .venv/bin/python manage.py import_articles --metadata /tmp/bench_articles/articles.json

Articles read like the seed articles: a headline, a dateline, four to nine paragraphs mixing one to three
deal sentences (real company names from fixtures/companies.yaml, amounts in several currencies, relative
and absolute dates) with background sentences. Mostly English, some French, German and Spanish.
Deterministic for a seed; no database needed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent

MOVES = {
    "en": [
        "{actor} said on {weekday} it would invest {amount} in {target}, the companies announced.",
        "{actor} agreed to acquire {target} for {amount}, according to people familiar with the matter.",
        "{actor} is in talks to lead a {amount} funding round in {target}, sources told reporters.",
        "{actor} and {target} announced a partnership to build AI data centers in Japan {when}.",
        "{actor} completed its {amount} investment in {target} {when}.",
        "{actor} pledged to invest up to {amount} in {target} over four years.",
        "{actor} sold its remaining stake in {target} for about {amount} {when}.",
        "{target} raised {amount} in a round led by {actor} {when}.",
        "{actor} formed a joint venture with {target} {when}, with initial capital of {amount}.",
        "Banks including {target} will lend {actor} {amount} to fund the deal.",
    ],
    "fr": [
        "{actor} va investir {amount} dans {target}, a annoncé le groupe {when_fr}.",
        "{actor} a accepté de racheter {target} pour {amount}.",
    ],
    "de": [
        "{actor} investiert {amount} in {target}, teilte das Unternehmen {when_de} mit.",
        "{actor} übernimmt {target} für {amount}.",
    ],
    "es": [
        "{actor} invertirá {amount} en {target}, informó la compañía {when_es}.",
        "{actor} acordó adquirir {target} por {amount}.",
    ],
}
BACKGROUND = {
    "en": [
        "The move deepens its bet on artificial intelligence after years of losses at its funds.",
        "Shares of the group rose 4% in Tokyo after the announcement.",
        "Chief executive Masayoshi Son has called artificial superintelligence the company's next mission.",
        "Analysts said demand for computing power continues to outstrip supply.",
        "The company declined to comment on the terms beyond its statement.",
        "Regulators in several countries are expected to review the transaction.",
        "Demand for chips used to train large language models has surged since 2023.",
        "The startup, founded in 2019, employs about 400 people.",
    ],
    "fr": ["Le titre a progressé de 3 % à Tokyo.", "L'opération doit encore être approuvée par les autorités."],
    "de": ["Die Aktie legte in Tokio um drei Prozent zu.", "Die Behörden müssen der Transaktion noch zustimmen."],
    "es": ["Las acciones subieron un 3 % en Tokio.", "La operación aún debe ser aprobada por los reguladores."],
}
AMOUNTS = [
    "$500 million",
    "$1.5 billion",
    "$40 billion",
    "¥300 billion",
    "€2 billion",
    "£750 million",
    "$2.2 billion",
    "$100 million",
    "$6.6 billion",
    "¥1 trillion",
    "$19 billion",
    "$250 million",
]
AMOUNTS_EU = (
    ["500 millions de dollars", "2 milliards d'euros"],
    ["2 Milliarden Euro", "500 Millionen Dollar"],
    ["2.000 millones de dólares", "500 millones de euros"],
)
OUTLETS = [
    "Reuters",
    "Nikkei Asia",
    "Bloomberg",
    "TechCrunch",
    "Financial Times",
    "Les Echos",
    "Handelsblatt",
    "El País",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def company_names() -> tuple[list[str], list[str]]:
    """(SoftBank family names, other companies) from the company file."""
    companies = yaml.safe_load((ROOT / "fixtures" / "companies.yaml").read_text(encoding="utf-8"))
    family = [c["name"] for c in companies if c["name"].startswith(("SoftBank", "SB ", "Arm"))]
    others = [c["name"] for c in companies if c["name"] not in family]
    return family, others


def when(rng: random.Random, published: dt.date) -> str:
    return rng.choice(
        [
            "last week",
            "on Friday",
            "in March",
            f"in {published.year - 1}",
            "this month",
            published.strftime("on %B %-d"),
            f"in the third quarter of {published.year}",
            "",
        ]
    )


def article(rng: random.Random, number: int, family: list[str], others: list[str]) -> tuple[str, dict]:
    language = rng.choices(["en", "fr", "de", "es"], [85, 5, 5, 5])[0]
    published = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    paragraphs = []
    actor = rng.choices(family, [8] + [1] * (len(family) - 1))[0]
    title = ""
    for _ in range(rng.randint(1, 3)):
        target = rng.choice(others)
        amount = rng.choice(AMOUNTS)
        if language != "en":
            amount = rng.choice(AMOUNTS_EU[["fr", "de", "es"].index(language)])
        sentence = (
            rng.choice(MOVES[language])
            .format(
                actor=actor,
                target=target,
                amount=amount,
                weekday=rng.choice(WEEKDAYS),
                when=when(rng, published),
                when_fr="vendredi",
                when_de="am Freitag",
                when_es="el viernes",
            )
            .replace("  ", " ")
            .replace(" .", ".")
            .replace(" ,", ",")
        )
        title = title or sentence.split(",")[0].rstrip(".")
        background = rng.sample(BACKGROUND[language], k=min(2, len(BACKGROUND[language])))
        paragraphs.append(" ".join([sentence, *background]))
        paragraphs.append(rng.choice(BACKGROUND[language]))
    # A reference number keeps every text distinct (one article per text).
    paragraphs.append(f"(Reporting by the bench desk, ref. {number:05d})")
    text = f"{title}\n\n" + "\n\n".join(paragraphs) + "\n"
    meta = {
        "file": f"{number:05d}.txt",
        "language": language,
        "published": published.isoformat(),
        "title": title[:200],
        "outlet": rng.choice(OUTLETS),
        "url": f"https://news.example.com/import/{number}",
    }
    return text, meta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench_articles"))
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    family, others = company_names()
    args.out.mkdir(parents=True, exist_ok=True)
    metadata = []
    for number in range(args.count):
        text, meta = article(rng, number, family, others)
        (args.out / meta["file"]).write_text(text, encoding="utf-8")
        metadata.append(meta)
    (args.out / "articles.json").write_text(json.dumps(metadata, indent=1, ensure_ascii=False), encoding="utf-8")
    print(f"{args.count} articles in {args.out}")


if __name__ == "__main__":
    main()
