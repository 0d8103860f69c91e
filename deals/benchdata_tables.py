"""The word lists and (value, weight) tables the synthetic benchmark data is drawn from (deals/benchdata.py):
realistic proportions for the chronology and the words of its synthetic articles."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

# (value, weight) tables: realistic proportions for the chronology.
KINDS = [
    ("investment", 45),
    ("acquisition", 11),
    ("partnership", 15),
    ("joint_venture", 5),
    ("financing", 8),
    ("commitment", 7),
    ("divestment", 6),
    ("launch", 2),
    ("other", 1),
]
STATUSES = [("announced", 55), ("completed", 30), ("rumored", 10), ("cancelled", 5)]
REVIEW_STATES = [("published", 82), ("draft", 14), ("rejected", 4)]
PRECISIONS = [("day", 72), ("month", 17), ("quarter", 4), ("year", 7)]
MILESTONES = [(1, 50), (2, 30), (3, 15), (4, 5)]
MENTIONS = [(1, 62), (2, 28), (3, 10)]
# ISO code, weight, US dollars per unit (a fixed rate keeps the data deterministic and offline).
CURRENCIES = [
    ("USD", 60, Decimal(1)),
    ("JPY", 15, Decimal("0.0068")),
    ("EUR", 9, Decimal("1.09")),
    ("GBP", 5, Decimal("1.27")),
    ("CNY", 4, Decimal("0.14")),
    ("INR", 3, Decimal("0.012")),
    ("KRW", 4, Decimal("0.00075")),
]
QUALIFIERS = [("exact", 55), ("about", 20), ("up_to", 12), ("at_least", 5), ("range", 8)]
LANGUAGES = [("en", 70), ("ja", 9), ("fr", 5), ("de", 5), ("es", 4), ("zh", 4), ("ar", 3)]
OUTLETS = [
    "Nikkei Asia",
    "Reuters",
    "Bloomberg",
    "TechCrunch",
    "Les Echos",
    "Handelsblatt",
    "El País",
    "Caixin",
    "Al Arabiya",
    "The Information",
    "Financial Times",
    "Asahi Shimbun",
]

FAMILY = [
    # (name, slug, kind, parent slug or None, aliases)
    (
        "SoftBank Group",
        "softbank-group",
        "company",
        None,
        ["SoftBank", "SBG", "ソフトバンクグループ", "软银集团", "سوفت بنك"],
    ),
    ("SoftBank Corp", "softbank-corp", "company", "softbank-group", ["ソフトバンク株式会社"]),
    ("SoftBank Vision Fund 1", "softbank-vision-fund-1", "fund", "softbank-group", ["Vision Fund 1", "SVF1"]),
    ("SoftBank Vision Fund 2", "softbank-vision-fund-2", "fund", "softbank-group", ["Vision Fund 2", "SVF2"]),
    ("SoftBank Latin America Fund", "softbank-latin-america-fund", "fund", "softbank-group", ["LatAm Fund"]),
    ("SoftBank Investment Advisers", "softbank-investment-advisers", "company", "softbank-group", ["SBIA"]),
    ("SB Energy", "sb-energy", "company", "softbank-group", []),
    ("Arm Holdings", "arm-holdings", "company", "softbank-group", ["Arm", "アーム"]),
    ("LY Corporation", "ly-corporation", "company", "softbank-corp", ["LINE Yahoo", "LINEヤフー"]),
    ("PayPay", "paypay", "company", "softbank-corp", ["ペイペイ"]),
]

STEMS = [
    "Nexa",
    "Quant",
    "Aurora",
    "Helix",
    "Vertex",
    "Lumen",
    "Kairo",
    "Sora",
    "Orbit",
    "Tensor",
    "Nimbus",
    "Zephyr",
    "Atlas",
    "Cobalt",
    "Mosaic",
    "Pioneer",
    "Stratos",
    "Vireo",
    "Koto",
    "Hikari",
    "Rivet",
    "Delta",
    "Echo",
    "Falcon",
    "Granite",
    "Harbor",
    "Iris",
    "Juniper",
    "Kestrel",
    "Lattice",
    "Meridian",
    "Nova",
    "Onyx",
    "Prism",
    "Quasar",
    "Radian",
    "Sable",
    "Tundra",
    "Umbra",
    "Vela",
    "Willow",
    "Xeno",
    "Yotta",
    "Zenith",
    "Arcadia",
    "Beacon",
    "Cypress",
    "Dynamo",
    "Ember",
    "Fathom",
]
SECTORS = [
    "AI",
    "Robotics",
    "Labs",
    "Systems",
    "Bio",
    "Energy",
    "Pay",
    "Mobility",
    "Semiconductor",
    "Cloud",
    "Health",
    "Logistics",
    "Networks",
    "Data",
    "Vision",
    "Compute",
    "Fintech",
    "Motors",
]
SUFFIXES = ["", " Inc", " Ltd", " Holdings", " Technologies", " Group"]
KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ"
COUNTRIES = ["US", "JP", "CN", "GB", "FR", "DE", "IN", "KR", "IL", "SG", "BR", "AE", "CA", "SE"]

# One sentence template per kind and language: {actor}, {other}, {amount}, {when}. Quotes are these sentences.
VERBS = {
    "en": {
        "investment": "{actor} will invest {amount} in {other} {when}.",
        "acquisition": "{actor} agreed to acquire {other} for {amount} {when}.",
        "partnership": "{actor} and {other} announced a partnership on AI infrastructure {when}.",
        "joint_venture": "{actor} and {other} formed a joint venture with {amount} of capital {when}.",
        "financing": "{other} lent {actor} {amount} in a bridge loan {when}.",
        "commitment": "{actor} pledged {amount} to {other} {when}.",
        "divestment": "{actor} sold its stake in {other} for {amount} {when}.",
        "launch": "{actor} launched {other}, a new robotics venture, {when}.",
        "other": "{actor} and {other} reported talks on cooperation {when}.",
    },
    "fr": {"_": "{actor} va investir {amount} dans {other} {when}."},
    "de": {"_": "{actor} investiert {amount} in {other} {when}."},
    "es": {"_": "{actor} invertirá {amount} en {other} {when}."},
    "ja": {"_": "{actor}は{other}に{amount}を出資すると{when}発表した。"},
    "zh": {"_": "{actor}宣布{when}向{other}投资{amount}。"},
    "ar": {"_": "أعلنت {actor} {when} أنها ستستثمر {amount} في {other}."},
}
FILLER = {
    "en": [
        "The move extends its bet on artificial intelligence.",
        "Shares rose 3% in Tokyo trading.",
        "Analysts said the valuation reflected strong demand for data centers.",
        "The company did not comment further.",
        "Talks had been reported earlier by local media.",
    ],
    "fr": ["L'opération renforce son pari sur l'intelligence artificielle.", "Le titre a progressé à Tokyo."],
    "de": ["Der Schritt stärkt die Wette auf künstliche Intelligenz.", "Die Aktie stieg in Tokio."],
    "es": ["La operación refuerza su apuesta por la inteligencia artificial.", "Las acciones subieron en Tokio."],
    "ja": ["人工知能への投資を拡大する。", "東京市場で株価は上昇した。"],
    "zh": ["此举扩大了其在人工智能领域的投资。", "东京股价上涨。"],
    "ar": ["تعزز الخطوة رهانها على الذكاء الاصطناعي.", "ارتفعت الأسهم في طوكيو."],
}
SUMMARY_WORDS = [
    "data center",
    "chip design",
    "autonomous driving",
    "cloud gaming",
    "quantum computing",
    "generative models",
    "satellite network",
    "battery storage",
    "drug discovery",
    "warehouse robots",
]

START = dt.date(2016, 1, 1)
DAYS = (dt.date(2026, 6, 30) - START).days
