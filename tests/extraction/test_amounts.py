"""Money amounts and percentages in eight languages: values in full, currency, qualifier, role and
the exact phrase, plus the traps that are not amounts (years, counts, bare scale words).

Runs without a database: .venv/bin/python -m pytest tests/extraction/test_amounts.py -p no:django
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from babel.numbers import get_decimal_symbol, get_group_symbol
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deals.extraction.money import LANGUAGES, find_amounts, yen_currency_for
from deals.extraction.money_numbers import normalise
from deals.extraction.types import AMOUNT_ROLES, PERCENT, QUALIFIERS

DATA = Path(__file__).resolve().parents[2] / "deals" / "extraction" / "data" / "money"


def A(text, low, currency, qualifier="exact", role=None, high=None):
    """One expected amount: its verbatim phrase, values as written in full, and how it reads."""
    role = role or ("stake_percent" if currency == PERCENT else "value")
    return (text, Decimal(low), Decimal(high if high is not None else low), currency, qualifier, role)


CASES = [
    # English
    (
        "en",
        "SoftBank has been in talks with banks to borrow up to $10 billion for energy projects.",
        [A("up to $10 billion", "10000000000", "USD", "up_to")],
    ),
    (
        "en",
        "The fund invested $3.1 billion in 2022, compared to $44 billion in 2021.",
        [A("$3.1 billion", "3100000000", "USD"), A("$44 billion", "44000000000", "USD")],
    ),
    ("en", "Shares fell 1.2% on Thursday.", [A("1.2%", "1.2", PERCENT)]),
    ("en", "The unit is adding 75 new jobs, with headcount set to rise by 20%.", [A("20%", "20", PERCENT)]),
    ("en", "In 2019, he said AI would change everything within 30 years.", []),
    ("en", "The app has 3 billion users in 10 months.", []),
    ("en", "It sold US$2.5bn of bonds.", [A("US$2.5bn", "2500000000", "USD")]),
    ("en", "Talks centre on a $15-25B investment.", [A("$15-25B", "15000000000", "USD", "range", high="25000000000")]),
    (
        "en",
        "It could put in 15 to 25 billion dollars.",
        [A("15 to 25 billion dollars", "15000000000", "USD", "range", high="25000000000")],
    ),
    (
        "en",
        "a round of between $1 billion and $2 billion",
        [A("between $1 billion and $2 billion", "1000000000", "USD", "range", high="2000000000")],
    ),
    ("en", "It offered half a billion dollars.", [A("half a billion dollars", "500000000", "USD")]),
    ("en", "Altman was offered a billion dollars.", [A("a billion dollars", "1000000000", "USD")]),
    ("en", "as much as $4 billion a year", [A("as much as $4 billion", "4000000000", "USD", "up_to")]),
    (
        "en",
        "more than 50 trillion yen of investment",
        [A("more than 50 trillion yen", "50000000000000", "JPY", "at_least")],
    ),
    ("en", "nearly $300 billion", [A("nearly $300 billion", "300000000000", "USD", "about")]),
    ("en", "some $5 billion in loans", [A("some $5 billion", "5000000000", "USD", "about")]),
    ("en", "a round at a $300 billion valuation", [A("$300 billion", "300000000000", "USD", role="valuation")]),
    (
        "en",
        "OpenAI, valued at about $157 billion,",
        [A("about $157 billion", "157000000000", "USD", "about", "valuation")],
    ),
    ("en", "a ¥1 trillion fund", [A("¥1 trillion", "1000000000000", "JPY")]),
    ("en", "€1.5bn and £200m", [A("€1.5bn", "1500000000", "EUR"), A("£200m", "200000000", "GBP")]),
    (
        "en",
        "HK$10 billion, A$2 billion and Rs 500 crore",
        [
            A("HK$10 billion", "10000000000", "HKD"),
            A("A$2 billion", "2000000000", "AUD"),
            A("Rs 500 crore", "5000000000", "INR"),
        ],
    ),
    ("en", "10 trillion won", [A("10 trillion won", "10000000000000", "KRW")]),
    (
        "en",
        "USD 5 billion, or 5 billion USD",
        [A("USD 5 billion", "5000000000", "USD"), A("5 billion USD", "5000000000", "USD")],
    ),
    ("en", "tax credits of up to 25%", [A("up to 25%", "25", PERCENT, "up_to")]),
    ("en", "a multi-billion-dollar stream worth billions of dollars", []),
    ("en", "Call +1 555-123-4567 before 2024-11-14 18:17:38.", []),
    ("en", "$5 billion or more", [A("$5 billion or more", "5000000000", "USD", "at_least")]),
    ("en", "$1,000,000 prize", [A("$1,000,000", "1000000", "USD")]),
    ("en", "a stake of 20-30 percent", [A("20-30 percent", "20", PERCENT, "range", high="30")]),
    ("en", "one and a half billion euros", [A("one and a half billion euros", "1500000000", "EUR")]),
    # French
    ("fr", "Le groupe a levé 3,15 milliards d'euros.", [A("3,15 milliards d'euros", "3150000000", "EUR")]),
    (
        "fr",
        "pour un prix de 100 milliards de yens (676 millions de dollars).",
        [A("100 milliards de yens", "100000000000", "JPY"), A("676 millions de dollars", "676000000", "USD")],
    ),
    (
        "fr",
        "investir jusqu’à 25 milliards de dollars à une évaluation de près de 300 milliards de dollars.",
        [
            A("jusqu’à 25 milliards de dollars", "25000000000", "USD", "up_to"),
            A("près de 300 milliards de dollars", "300000000000", "USD", "about", "valuation"),
        ],
    ),
    ("fr", "jusqu'à 2 milliards d'euros", [A("jusqu'à 2 milliards d'euros", "2000000000", "EUR", "up_to")]),
    ("fr", "un plan de 1 billion d'euros", [A("1 billion d'euros", "1000000000000", "EUR")]),
    (
        "fr",
        "entre 15 et 25 milliards de dollars",
        [A("entre 15 et 25 milliards de dollars", "15000000000", "USD", "range", high="25000000000")],
    ),
    (
        "fr",
        "de 15 à 25 milliards de dollars",
        [A("de 15 à 25 milliards de dollars", "15000000000", "USD", "range", high="25000000000")],
    ),
    ("fr", "un financement de 1,5 Md€ et 50 M€", [A("1,5 Md€", "1500000000", "EUR"), A("50 M€", "50000000", "EUR")]),
    ("fr", "trois milliards de dollars", [A("trois milliards de dollars", "3000000000", "USD")]),
    ("fr", "un milliard et demi d'euros", [A("un milliard et demi d'euros", "1500000000", "EUR")]),
    ("fr", "une part de 20\u00a0% et 5 pour cent", [A("20\u00a0%", "20", PERCENT), A("5 pour cent", "5", PERCENT)]),
    ("fr", "plus de 10 millions d'euros", [A("plus de 10 millions d'euros", "10000000", "EUR", "at_least")]),
    ("fr", "au moins 5 milliards de dollars", [A("au moins 5 milliards de dollars", "5000000000", "USD", "at_least")]),
    ("fr", "plus d'un milliard de dollars", [A("plus d'un milliard de dollars", "1000000000", "USD", "at_least")]),
    ("fr", "1 000 milliards de yens", [A("1 000 milliards de yens", "1000000000000", "JPY")]),
    ("fr", "environ 10 mois après, en 2026, à 150 mégawatts et 15 milliards d'utilisateurs", []),
    ("fr", "environ 676 millions de dollars", [A("environ 676 millions de dollars", "676000000", "USD", "about")]),
    # Arabic
    (
        "ar",
        "للاستثمار بمبلغ يتراوح بين 15 إلى 25 مليار دولار، وفقًا لمصادر",
        [A("بين 15 إلى 25 مليار دولار", "15000000000", "USD", "range", high="25000000000")],
    ),
    ("ar", "بالاستثمار بمقدار 15 مليار دولار في مشروع", [A("15 مليار دولار", "15000000000", "USD")]),
    ("ar", "استثمر الصندوق في OpenAI بنصف مليار دولار في الماضي", [A("بنصف مليار دولار", "500000000", "USD")]),
    ("ar", "مع خطط للوصول إلى نصف تريليون دولار", [A("نصف تريليون دولار", "500000000000", "USD")]),
    ("ar", "عرض استثمارًا قدره مليار دولار", [A("مليار دولار", "1000000000", "USD")]),
    ("ar", "شراء أسهم بقيمة ١٫٥ مليار دولار", [A("١٫٥ مليار دولار", "1500000000", "USD")]),
    ("ar", "انخفضت الأسهم بنسبة 1.2% في نهاية التداولات", [A("1.2%", "1.2", PERCENT)]),
    ("ar", "حصة ٢٠٪ و 20 في المئة", [A("٢٠٪", "20", PERCENT), A("20 في المئة", "20", PERCENT)]),
    ("ar", "بحوالي 2 مليار دولار", [A("بحوالي 2 مليار دولار", "2000000000", "USD", "about")]),
    ("ar", "أكثر من 100 مليون دولار", [A("أكثر من 100 مليون دولار", "100000000", "USD", "at_least")]),
    ("ar", "حتى 10 مليارات يورو", [A("حتى 10 مليارات يورو", "10000000000", "EUR", "up_to")]),
    ("ar", "قرضًا بقيمة ملياري دولار", [A("ملياري دولار", "2000000000", "USD")]),
    ("ar", "بتقييم 300 مليار دولار", [A("300 مليار دولار", "300000000000", "USD", role="valuation")]),
    ("ar", "500 مليار ريال سعودي", [A("500 مليار ريال سعودي", "500000000000", "SAR")]),
    ("ar", "في عام 2019، خسر مليارات الدولارات خلال 10 أشهر", []),
    ("ar", "بين 15 و25 مليار دولار", [A("بين 15 و25 مليار دولار", "15000000000", "USD", "range", high="25000000000")]),
    # Chinese
    ("zh", "软银将投资150亿至200亿美元。", [A("150亿至200亿美元", "15000000000", "USD", "range", high="20000000000")]),
    ("zh", "估值3000亿美元", [A("3000亿美元", "300000000000", "USD", role="valuation")]),
    ("zh", "人民币100亿元", [A("人民币100亿元", "10000000000", "CNY")]),
    ("zh", "约100亿美元", [A("约100亿美元", "10000000000", "USD", "about")]),
    ("zh", "超过50亿美元", [A("超过50亿美元", "5000000000", "USD", "at_least")]),
    ("zh", "最多400亿美元", [A("最多400亿美元", "40000000000", "USD", "up_to")]),
    ("zh", "100亿美元以上", [A("100亿美元以上", "10000000000", "USD", "at_least")]),
    ("zh", "持股百分之二十，即20%", [A("百分之二十", "20", PERCENT), A("20%", "20", PERCENT)]),
    ("zh", "2019年招聘了3000名员工", []),
    ("zh", "5000万美元和十亿美元", [A("5000万美元", "50000000", "USD"), A("十亿美元", "1000000000", "USD")]),
    ("zh", "¥1万亿", [A("¥1万亿", "1000000000000", "CNY")]),
    ("zh", "100多亿元", [A("100多亿元", "10000000000", "CNY", "at_least")]),
    ("zh", "数十亿美元", []),
    # Japanese
    ("ja", "ソフトバンクは5.98兆円を投じる。", [A("5.98兆円", "5980000000000", "JPY")]),
    ("ja", "150億～200億円", [A("150億～200億円", "15000000000", "JPY", "range", high="20000000000")]),
    ("ja", "1兆2000億円", [A("1兆2000億円", "1200000000000", "JPY")]),
    ("ja", "約1000億円で取得", [A("約1000億円", "100000000000", "JPY", "about")]),
    ("ja", "最大5.98兆円", [A("最大5.98兆円", "5980000000000", "JPY", "up_to")]),
    ("ja", "1兆円超の投資", [A("1兆円超", "1000000000000", "JPY", "at_least")]),
    ("ja", "出資比率は40％、20パーセント", [A("40％", "40", PERCENT), A("20パーセント", "20", PERCENT)]),
    ("ja", "¥1兆の基金", [A("¥1兆", "1000000000000", "JPY")]),
    ("ja", "3億ドル（約450億円）", [A("3億ドル", "300000000", "USD"), A("約450億円", "45000000000", "JPY", "about")]),
    ("ja", "半兆円", [A("半兆円", "500000000000", "JPY")]),
    ("ja", "２０２４年に３０００人を採用、数千億円規模", []),
    ("ja", "１００億円", [A("１００億円", "10000000000", "JPY")]),
    # Korean
    ("ko", "정부는 10조 원을 지원한다.", [A("10조 원", "10000000000000", "KRW")]),
    ("ko", "5000억원을 투자", [A("5000억원", "500000000000", "KRW")]),
    ("ko", "15억~25억 달러", [A("15억~25억 달러", "1500000000", "USD", "range", high="2500000000")]),
    ("ko", "약 1조 원", [A("약 1조 원", "1000000000000", "KRW", "about")]),
    ("ko", "최대 400억 달러", [A("최대 400억 달러", "40000000000", "USD", "up_to")]),
    # headlines write the dollar as 弗
    ("ko", "美엔비디아에 40억弗 투자", [A("40억弗", "4000000000", "USD")]),
    ("ko", "1조 2천억 원 이상", [A("1조 2천억 원 이상", "1200000000000", "KRW", "at_least")]),
    ("ko", "지분 20%", [A("20%", "20", PERCENT)]),
    ("ko", "2019년 엔비디아 3억 명 연구원 5명 제2조에 따라", []),
    ("ko", "10억 엔", [A("10억 엔", "1000000000", "JPY")]),
    ("ko", "100억여 원", [A("100억여 원", "10000000000", "KRW", "at_least")]),
    # German
    (
        "de",
        "zwischen 15 und 25 Mrd. Euro",
        [A("zwischen 15 und 25 Mrd. Euro", "15000000000", "EUR", "range", high="25000000000")],
    ),
    ("de", "bis zu 1.000.000 Euro", [A("bis zu 1.000.000 Euro", "1000000", "EUR", "up_to")]),
    ("de", "rund 3,5 Milliarden US-Dollar", [A("rund 3,5 Milliarden US-Dollar", "3500000000", "USD", "about")]),
    ("de", "ein Anteil von 20 Prozent", [A("20 Prozent", "20", PERCENT)]),
    ("de", "1 Billion Euro", [A("1 Billion Euro", "1000000000000", "EUR")]),
    ("de", "mehr als 10 Mio. Euro", [A("mehr als 10 Mio. Euro", "10000000", "EUR", "at_least")]),
    ("de", "eine halbe Milliarde Euro", [A("eine halbe Milliarde Euro", "500000000", "EUR")]),
    (
        "de",
        "eine Bewertung von 300 Milliarden Dollar",
        [A("300 Milliarden Dollar", "300000000000", "USD", role="valuation")],
    ),
    ("de", "im Jahr 2019 mit 1.500 Mitarbeitern", []),
    # Spanish
    (
        "es",
        "entre 15 y 25 mil millones de dólares",
        [A("entre 15 y 25 mil millones de dólares", "15000000000", "USD", "range", high="25000000000")],
    ),
    ("es", "2.500 millones de euros", [A("2.500 millones de euros", "2500000000", "EUR")]),
    ("es", "hasta 3 billones de yenes", [A("hasta 3 billones de yenes", "3000000000000", "JPY", "up_to")]),
    ("es", "una participación del 20 %", [A("20 %", "20", PERCENT)]),
    ("es", "mil millones de dólares", [A("mil millones de dólares", "1000000000", "USD")]),
    ("es", "1,5 millones de euros", [A("1,5 millones de euros", "1500000", "EUR")]),
    ("es", "más de 100 millones de dólares", [A("más de 100 millones de dólares", "100000000", "USD", "at_least")]),
    (
        "es",
        "una valoración de 300.000 millones de dólares",
        [A("300.000 millones de dólares", "300000000000", "USD", role="valuation")],
    ),
    ("es", "en 2019 contrató a 75 personas", []),
    # thousands grouped the American way before a scale word, in a decimal-comma language
    ("es", "un fondo de 3,000 millones de dólares", [A("3,000 millones de dólares", "3000000000", "USD")]),
    ("es", "una ronda de 2,500 millones de dólares", [A("2,500 millones de dólares", "2500000000", "USD")]),
    ("es", "una ronda de 2,5 millones de dólares", [A("2,5 millones de dólares", "2500000", "USD")]),
    ("es", "anuncia un fondo de US$3.000M para startups", [A("US$3.000M", "3000000000", "USD")]),
    ("zh", "以約新台幣950億元收購該廠", [A("約新台幣950億", "95000000000", "TWD", "about")]),
    # round numbers told as about so many ("une trentaine de milliards"), and a count that is no money
    ("fr", "une vingtaine de milliards de dollars", [A("une vingtaine de milliards de dollars", "20000000000", "USD")]),
    ("fr", "une dizaine de salariés", []),
    ("es", "una treintena de millones de dólares", [A("una treintena de millones de dólares", "30000000", "USD")]),
]


def _ids():
    return [f"{lang}:{text[:40]}" for lang, text, _ in CASES]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=_ids())
def test_amounts(language, text, expected):
    found = find_amounts(text, language=language)
    got = [(a.text, a.low, a.high, a.currency, a.qualifier, a.role) for a in found]
    assert got == expected
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.usd_low is a.usd_high is a.usd_rate is None


def test_cases_cover_every_language():
    counts = {lang: sum(1 for case in CASES if case[0] == lang) for lang in LANGUAGES}
    assert set(LANGUAGES) >= {"en", "fr", "ar", "zh", "ja", "ko", "de", "es"}
    assert all(n >= 6 for n in counts.values()), counts
    assert sum(len(case[2]) for case in CASES) >= 80


@pytest.mark.parametrize(
    ("text", "language", "currency"),
    [
        ("SoftBank plans a ¥1 trillion fund.", "en", "JPY"),
        ("软银计划设立¥1万亿基金。", "zh", "CNY"),
        ("The ¥1 trillion fund is in yuan.", "en", "CNY"),
        ("元社長が¥1兆の基金を発表", "ja", "JPY"),
        ("¥1兆の基金（100億元）", "ja", "CNY"),
    ],
)
def test_yen_sign_follows_the_text(text, language, currency):
    assert yen_currency_for(text, language=language) == currency
    assert next(a.currency for a in find_amounts(text, language=language)) == currency


def test_yen_currency_can_be_given():
    assert find_amounts("a ¥1 trillion fund", language="en", yen_currency="CNY")[0].currency == "CNY"


def test_values_are_decimals_written_in_full():
    for a in find_amounts("$44 billion, 5.98兆円 and 1.2% and 3,15 milliards d'euros", language="en"):
        assert isinstance(a.low, Decimal) and isinstance(a.high, Decimal)
        assert "E" not in str(a.low) and "E" not in str(a.high)


def test_window_limits_amounts_and_offsets_point_into_the_whole_text():
    text = "Intro with $5 billion. SoftBank will pay up to $10 billion. Later 20%."
    start = text.index("SoftBank")
    end = text.index("Later")
    found = find_amounts(text, language="en", start=start, end=end)
    assert [a.text for a in found] == ["up to $10 billion"]
    assert text[found[0].start : found[0].end] == "up to $10 billion"
    # A qualifier before the window stays out of the phrase.
    inner = text.index("$10")
    assert [a.text for a in find_amounts(text, language="en", start=inner, end=end)] == ["$10 billion"]


def test_unknown_language_falls_back_to_english_rules():
    assert [a.text for a in find_amounts("about $5 billion", language="pt-BR")] == ["about $5 billion"]
    assert [a.text for a in find_amounts("about $5 billion", language="EN-us")] == ["about $5 billion"]


@pytest.mark.parametrize("language", ["en", "fr", "de", "es", "ar", "zh", "ja", "ko"])
def test_decimal_sign_agrees_with_cldr(language):
    """The data files are the source of truth; CLDR (through babel) keeps them honest."""
    data = json.loads((DATA / f"{language}.json").read_text(encoding="utf-8"))
    assert normalise(get_decimal_symbol(language)) == data["decimal"]
    if get_group_symbol(language).isspace():
        assert data["space_grouping"]


def _check_invariants(text: str, found) -> None:
    last_end = -1
    for a in found:
        assert text[a.start : a.end] == a.text
        assert a.start >= last_end  # in order, never overlapping
        last_end = a.end
        assert a.low <= a.high
        assert a.qualifier in QUALIFIERS and a.role in AMOUNT_ROLES
        assert a.currency == PERCENT or (len(a.currency) == 3 and a.currency.isupper())


_TOKENS = st.sampled_from(
    [
        "$",
        "US$",
        "¥",
        "€",
        "1",
        "15",
        "2,5",
        "1.000.000",
        "3,15",
        "٢٠",
        "٫",
        "１０",
        " ",
        " ",
        "-",
        "~",
        "～",
        "to",
        "between",
        "and",
        "billion",
        "bn",
        "m",
        "milliards",
        "de",
        "d'",
        "dollars",
        "yens",
        "مليار",
        "نصف",
        "ب",
        "دولار",
        "亿",
        "万",
        "兆",
        "元",
        "円",
        "美元",
        "억",
        "조",
        "원",
        "%",
        "٪",
        "percent",
        "up to",
        "jusqu’à",
        "约",
        "以上",
        "백",
        "十",
        "百分之",
        "et demi",
        "ونصف",
        "Mrd.",
        "mil millones",
        "\n",
        "2019",
        "0",
        ".",
    ]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tokens=st.lists(_TOKENS, max_size=40), language=st.sampled_from(["en", "fr", "ar", "zh", "ja", "ko", "de", "es"])
)
def test_never_raises_on_money_like_noise(tokens, language):
    text = "".join(tokens)
    _check_invariants(text, find_amounts(text, language=language))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=300),
    language=st.sampled_from(["en", "fr", "ar", "zh", "ja", "ko", "de", "es", "xx", ""]),
    start=st.integers(-5, 400),
    end=st.one_of(st.none(), st.integers(-5, 400)),
)
def test_never_raises_on_any_text(text, language, start, end):
    _check_invariants(text, find_amounts(text, language=language, start=start, end=end))


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_never_raises_on_binary_garbage(data):
    text = data.decode("latin-1")
    _check_invariants(text, find_amounts(text, language="en"))


def test_never_raises_on_empty_or_wrong_types():
    assert find_amounts("", language="en") == []
    assert find_amounts(None, language="en") == []  # type: ignore[arg-type]
    assert find_amounts("$5 billion", language=None) != []  # type: ignore[arg-type]
    assert find_amounts("$5 billion", language="en", start=10, end=2) == []


def test_long_text_is_read_in_full():
    """Linear in length: a 2 MB article finds every amount of every paragraph (no timing assert)."""
    paragraph = (
        "SoftBank will invest up to $10 billion in 2025, valued at about $300 billion; shares rose 2.5%. "
        "软银将投资150亿至200亿美元。 Nothing else here but words and 75 new jobs in 2019.\n"
    )
    per_paragraph = len(find_amounts(paragraph, language="en"))
    assert per_paragraph == 3  # the Chinese clause is not read with English rules
    repeats = 2_000_000 // len(paragraph)
    found = find_amounts(paragraph * repeats, language="en")
    assert len(found) == per_paragraph * repeats
