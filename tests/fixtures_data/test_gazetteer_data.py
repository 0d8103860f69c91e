"""The company gazetteer and seed-article fixtures, checked as plain data (no database).

Runs under pytest-django or without it (`-p no:django`): nothing here touches Django.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from deals.extraction.normalize import normalize_alias
from tools.build_companies_fixture import build_fixture

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
    # "arm" is not here: "Arm" is an alias matched only when capitalised (tests/extraction/test_companies.py)
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
    "ola",
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
def rows() -> list[dict]:
    return _load("companies.json")


@pytest.fixture(scope="module")
def companies(rows) -> dict[int, dict]:
    return {row["pk"]: row["fields"] for row in rows if row["model"] == "deals.company"}


@pytest.fixture(scope="module")
def aliases(rows) -> list[dict]:
    return [row["fields"] for row in rows if row["model"] == "deals.companyalias"]


@pytest.fixture(scope="module")
def company_by_key(companies, aliases) -> dict[str, str]:
    return {alias["normalized"]: companies[alias["company"]]["name"] for alias in aliases}


def _by_name(companies: dict[int, dict], name: str) -> tuple[int, dict]:
    return next((pk, fields) for pk, fields in companies.items() if fields["name"] == name)


def test_rows_have_the_models_fields(rows):
    company_fields = {
        "name",
        "slug",
        "kind",
        "parent",
        "country",
        "website",
        "description",
        "is_tracked",
        "verified",
        "created_at",
        "updated_at",
    }
    alias_fields = {"company", "alias", "language", "normalized"}
    expected = {"deals.company": company_fields, "deals.companyalias": alias_fields}
    for row in rows:
        assert row["model"] in expected, row
        assert isinstance(row["pk"], int)
        assert set(row["fields"]) == expected[row["model"]], row
    pks = Counter((row["model"], row["pk"]) for row in rows)
    assert [key for key, count in pks.items() if count > 1] == []


def test_fixture_is_generated_from_the_readable_source(rows):
    assert build_fixture() == rows, "run: python -m tools.build_companies_fixture"


def test_gazetteer_covers_at_least_80_companies(companies):
    assert len(companies) >= 80


def test_company_fields_are_valid(companies):
    for fields in companies.values():
        assert fields["kind"] in {"company", "fund", "public_body"}, fields["name"]
        assert fields["country"] == "" or re.fullmatch(r"[A-Z]{2}", fields["country"]), fields["name"]
        assert fields["website"] == "" or fields["website"].startswith("https://"), fields["name"]
        assert fields["description"].strip().endswith("."), fields["name"]
        assert fields["verified"] is True
        dt.datetime.fromisoformat(fields["created_at"])


def test_names_and_slugs_are_unique_and_slugs_ascii(companies):
    names = [fields["name"] for fields in companies.values()]
    slugs = [fields["slug"] for fields in companies.values()]
    assert len(set(names)) == len(names)
    assert len(set(slugs)) == len(slugs)
    for slug in slugs:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug


def test_every_parent_exists_and_no_company_is_its_own_ancestor(companies):
    for pk, fields in companies.items():
        seen = {pk}
        parent = fields["parent"]
        while parent is not None:
            assert parent in companies, f"{fields['name']}: parent {parent} missing"
            assert parent not in seen, f"{fields['name']}: parent cycle"
            seen.add(parent)
            parent = companies[parent]["parent"]


def test_only_softbank_group_is_tracked(companies):
    assert [fields["name"] for fields in companies.values() if fields["is_tracked"]] == ["SoftBank Group"]


@pytest.mark.parametrize(
    "unit",
    [
        "SoftBank Corp",
        "SoftBank Vision Fund",
        "SoftBank Vision Fund 1",
        "SoftBank Vision Fund 2",
        "SB Intuitions",
        "Arm Holdings",
        "Graphcore",
        "LY Corporation",
        "MONET Technologies",
    ],
)
def test_softbank_units_roll_up_to_the_group(companies, unit):
    group_pk, _ = _by_name(companies, "SoftBank Group")
    _, fields = _by_name(companies, unit)
    ancestors = []
    while fields["parent"] is not None:
        ancestors.append(fields["parent"])
        fields = companies[fields["parent"]]
    assert group_pk in ancestors


def test_canonical_names_are_present_and_findable_by_their_own_spelling(companies, company_by_key):
    names = {fields["name"] for fields in companies.values()}
    assert [name for name in CANONICAL_NAMES if name not in names] == []
    for fields in companies.values():
        assert company_by_key.get(normalize_alias(fields["name"])) == fields["name"], fields["name"]


def test_alias_keys_equal_normalize_alias_and_are_unique(aliases):
    for alias in aliases:
        assert alias["normalized"] == normalize_alias(alias["alias"]), alias
        assert alias["normalized"], alias
    keys = Counter(alias["normalized"] for alias in aliases)
    assert [key for key, count in keys.items() if count > 1] == []


def test_aliases_point_at_companies_and_use_known_languages(companies, aliases):
    for alias in aliases:
        assert alias["company"] in companies, alias
        assert alias["language"] in LANGUAGES, alias
        assert len(alias["alias"]) <= 200


def test_softbank_group_has_aliases_in_the_showcase_languages(companies, aliases):
    group_pk, _ = _by_name(companies, "SoftBank Group")
    languages = {alias["language"] for alias in aliases if alias["company"] == group_pk}
    assert {"en", "ja", "zh-hans", "zh-hant", "ar", "ko"} <= languages


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

    known = {core(fields["name"]) for fields in companies.values()}
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
