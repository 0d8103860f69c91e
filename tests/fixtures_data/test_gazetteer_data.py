"""The company file and seed-article fixtures, checked as plain data (no database)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pytest

from deals.extraction.gazetteer import read_company_file
from deals.extraction.normalize import normalize_alias
from deals.services.company_file import check_company_entries

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
LANGUAGES = {"en", "fr", "ar", "ja", "zh-hans", "zh-hant", "ko", "de", "es", ""}

# Names the extractor must be able to print: the scorer's canonical spellings and the SoftBank side.
CANONICAL_NAMES = [
    "SoftBank Group",
    "SoftBank Corp",
    "SoftBank Vision Fund",
    "SoftBank Vision Fund 1",
    "SoftBank Vision Fund 2",
    "Arm Holdings",
    "OpenAI",
    "Nvidia",
    "Sharp",
    "Oracle",
    "Alibaba",
    "SenseTime",
    "Mistral AI",
    "Perplexity AI",
    "Graphcore",
    "Berkshire Grey",
    "Microsoft",
    "Tencent",
    "T-Mobile US",
    "10x Genomics",
    "Automation Anywhere",
    "Stargate LLC",
]

# Ordinary words: as aliases they would turn everyday text into company mentions.
ORDINARY_WORDS = [
    # "arm" and "ola" are not here: "Arm" and "Ola" are aliases matched only when capitalised
    # (tests/extraction/test_cased_aliases.py)
    "apple",
    "grab",
    "cruise",
    "sprint",
    "fortress",
    "aurora",
    "micron",
    "figure",
    "vision",
    "fund",
    "group",
    "bank",
    "energy",
    "ampere",
    "line",
    "gm",
    "tel",
    "compass",
    "slack",
    "lemonade",
    "wag",
    "fanatics",
    "eternal",
    "doma",
    "apollo",
    "sequoia",
    "goto",  # SoftBank's finance chief is Yoshimitsu Goto
    "アーム",
    "メタ",
    "ビジョン",
    "グループ",
    "楽天",
    "ライン",
    "スプリント",
    "フォートレス",
    "野村",
    "本田",
    "三星",
    "苹果",
    "乐天",
    "超微",
    "蘋果",
    "贝壳",
    "암",
    "메타",
    "그룹",
    "라인",
    "شارب",
    "ميتا",
    "مبادلة",
    "إبل",  # camels; Apple's أبل folds to the same key
]


def _load(name: str):
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return read_company_file(FIXTURES / "companies.yaml")


@pytest.fixture(scope="module")
def companies(entries) -> dict[str, dict]:
    return {entry["slug"]: entry for entry in entries}


@pytest.fixture(scope="module")
def company_by_key(entries) -> dict[str, str]:
    return {
        normalize_alias(alias): entry["name"]
        for entry in entries
        for spellings in entry["aliases"].values()
        for alias in spellings
    }


def test_the_company_file_passes_every_check(entries):
    assert check_company_entries(entries) == entries


def test_gazetteer_covers_at_least_80_companies(companies):
    assert len(companies) >= 80


def test_descriptions_are_sentences_and_every_company_is_filed_under_a_sector(companies):
    unfiled = {"softbank-group"} | {slug for slug, entry in companies.items() if entry["kind"] == "fund"}
    unfiled |= {"softbank-investment-advisers"}  # manages the Vision Funds: one of SoftBank Group's own investors
    for slug, entry in companies.items():
        assert entry["description"].strip().endswith("."), entry["name"]
        if slug.startswith(("softbank", "sb-")) and slug in unfiled:
            assert entry["sectors"] == [], f"{slug}: SoftBank Group's holding company and funds stay unclassified"
        else:
            assert entry["sectors"], f"{slug} has no sector"


def test_only_softbank_group_is_tracked(companies):
    assert [entry["name"] for entry in companies.values() if entry.get("tracked")] == ["SoftBank Group"]


@pytest.mark.parametrize(
    "unit",
    [
        "softbank-corp",
        "softbank-vision-fund",
        "softbank-vision-fund-1",
        "softbank-vision-fund-2",
        "sb-intuitions",
        "arm-holdings",
        "graphcore",
        "ly-corporation",
        "monet-technologies",
    ],
)
def test_softbank_units_roll_up_to_the_group(companies, unit):
    ancestors = []
    entry = companies[unit]
    while entry.get("parent") is not None:
        ancestors.append(entry["parent"])
        entry = companies[entry["parent"]]
    assert "softbank-group" in ancestors


def test_canonical_names_are_present(companies):
    names = {entry["name"] for entry in companies.values()}
    assert [name for name in CANONICAL_NAMES if name not in names] == []


def test_softbank_group_has_aliases_in_the_showcase_languages(companies):
    assert {"en", "ja", "zh-hans", "zh-hant", "ar", "ko"} <= set(companies["softbank-group"]["aliases"])


@pytest.mark.parametrize(
    ("spelling", "company"),
    [
        ("SOFTBANK GROUP CORP.", "SoftBank Group"),
        (
            "Ｓｏｆｔｂａｎｋ",
            "SoftBank Group",
        ),  # full-width, as Japanese pages sometimes print it
        ("سوفت بنك", "SoftBank Group"),
        ("سُوفت بَانك", "SoftBank Group"),  # with harakat
        ("ソフトバンクグループ", "SoftBank Group"),
        ("軟銀集團", "SoftBank Group"),
        ("SoftBank Corp.", "SoftBank Corp"),
        ("Vision Fund 2", "SoftBank Vision Fund 2"),
        ("Nvidia Corp.", "Nvidia"),
        ("انفيديا", "Nvidia"),  # without hamza
        ("輝達", "Nvidia"),
        ("أوراكل", "Oracle"),
        ("Sharp Corp.", "Sharp"),
        ("シャープ", "Sharp"),
        ("AliBaba", "Alibaba"),
        ("Mistral", "Mistral AI"),
        ("Hon Hai", "Foxconn"),
        ("آرم", "Arm Holdings"),  # Al Arabiya, Asharq
        ("英アーム", "Arm Holdings"),  # Nikkei's first mention
        ("安谋", "Arm Holdings"),
        ("安謀科技", "Arm China"),
        ("ヤフー", "LY Corporation"),  # Yahoo Japan in the Japanese press
        ("米ヤフー", "Yahoo"),
        ("日本雅虎", "LY Corporation"),
        ("Z홀딩스", "LY Corporation"),
        ("ZHD", "LY Corporation"),
        ("비전펀드2", "SoftBank Vision Fund 2"),
        ("安培運算", "Ampere Computing"),  # CNA
        ("凱雷集團", "Carlyle Group"),
        ("야놀자", "Yanolja"),
        ("뤼이드", "Riiid"),
        ("AUTO1", "Auto1 Group"),
        ("Gympass", "Wellhub"),
        ("Apple Inc.", "Apple Inc"),
        ("蘋果公司", "Apple Inc"),
        ("애플", "Apple Inc"),
        ("トヨタ自動車", "Toyota Motor"),
        ("ガンホー", "GungHo Online Entertainment"),
        ("匯豐", "HSBC"),
        ("滙豐", "HSBC"),
        ("سامسونغ", "Samsung Electronics"),
    ],
)
def test_spellings_seen_in_the_news_resolve_to_the_right_company(company_by_key, spelling, company):
    assert company_by_key.get(normalize_alias(spelling)) == company


@pytest.mark.parametrize("gold_set", ["heldout", "heldout2", "heldout3"])
def test_every_counterparty_of_the_held_out_gold_is_a_company(companies, gold_set):
    """The scorer compares names with suffixes dropped ("Apple" = "Apple Inc"): a gold name with no such
    company can never be printed by the extractor."""
    gold = json.loads((ROOT / "tests" / "data" / gold_set / "gold.json").read_text(encoding="utf-8"))
    suffix = re.compile(r"\b(inc|corp|corporation|co|ltd|plc|llc|group|holdings?)\b", re.IGNORECASE)

    def core(name: str) -> str:
        return " ".join(suffix.sub(" ", name).casefold().split())

    known = {core(entry["name"]) for entry in companies.values()}
    names = {n for article in gold for event in article["events"] for n in event["counterparties"]}
    assert sorted(n for n in names if core(n) not in known) == []


def test_no_alias_is_an_ordinary_word(company_by_key):
    assert [word for word in ORDINARY_WORDS if normalize_alias(word) in company_by_key] == []


def test_article_metadata_points_at_the_copied_files():
    entries = _load("articles.json")
    assert len(entries) == 5
    assert len({entry["id"] for entry in entries}) == len(entries)
    for entry in entries:
        path = FIXTURES / entry["file"]
        assert path.is_file(), entry["file"]
        assert not Path(entry["file"]).is_absolute()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"], entry["file"]
        assert entry["language"] in LANGUAGES - {""}
        dt.date.fromisoformat(entry["published"])
        assert entry["title"] and entry["outlet"] == entry["source"]
        assert entry["url"] is None or entry["url"].startswith("http")
