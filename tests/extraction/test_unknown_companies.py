"""A company missing from the gazetteer is still a party when the sentence introduces it the way the press
does: a descriptor noun before it, with the adjectives French and Spanish put after that noun, a German
compound ending in such a noun, or an appositive after it."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import only, run


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "SoftBank a pris une participation dans la start-up britannique Quantexa.", "Quantexa"),
        ("fr", "SoftBank investit 300 millions d'euros dans Pigment, la start-up française de logiciels.", "Pigment"),
        ("es", "SoftBank invertirá 500 millones de dólares en Clip, la plataforma mexicana de pagos.", "Clip"),
        ("es", "SoftBank lideró una ronda en la aplicación colombiana Truora.", "Truora"),
        ("fr", "SoftBank a investi 100 millions de dollars dans la société de soins de santé Guardia.", "Guardia"),
        ("fr", "SoftBank a investi 100 millions de dollars dans la plateforme de paiement Paynexa.", "Paynexa"),
        ("es", "SoftBank invirtió 100 millones de dólares en la plataforma de pagos mexicana Paynexa.", "Paynexa"),
        ("es", "SoftBank invirtió 100 millones de dólares en el fabricante de chips Paynexa.", "Paynexa"),
        ("de", "Der Vision Fund investiert 200 Millionen Euro in den Berliner Versandhändler Zalanda.", "Zalanda"),
        ("de", "Softbank beteiligt sich am Münchner Drohnenhersteller Quantum Systems.", "Quantum Systems"),
        ("de", "Softbank investiert 900 Millionen Euro in den Zahlungsabwickler Paynexa.", "Paynexa"),
        ("de", "Der Vision Fund 2 beteiligt sich am Berliner E-Scooter-Verleiher Rollo Mobility.", "Rollo Mobility"),
        ("en", "SoftBank led a $100 million round in the Brazilian delivery app Loggy.", "Loggy"),
    ],
)
def test_unknown_company_introduced_by_a_descriptor_is_the_counterparty(language, text, name):
    event = only(run(text, language=language))
    assert event["counterparties"] == [name], event


def test_a_person_after_a_descriptor_and_de_is_not_a_company():
    text = "SoftBank a investi 100 millions de dollars dans la société de Masayoshi Son."
    assert all(e["counterparties"] == [] for e in run(text, language="fr")["events"])


def test_a_german_noun_after_a_generic_noun_is_not_a_company():
    text = "SoftBank beteiligt sich mit 1,5 Milliarden Dollar an OpenAI, indem der Konzern Mitarbeitern Aktien abkauft."
    assert only(run(text, language="de"))["counterparties"] == ["OpenAI"]


def test_weekday_and_month_names_are_not_companies():
    text = "SoftBank will pay 17 pounds in cash for each Arm Holdings share, the companies said on Monday."
    event = only(run(text, language="en"))
    assert "Monday" not in event["counterparties"], event


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "SoftBank, qui a déjà investi plus de 10 milliards de dollars dans WeWork depuis 2017, est son premier actionnaire.",
        ),
        ("es", "SoftBank, que ya ha invertido 3.000 millones de dólares en Coupang, es su mayor accionista."),
    ],
)
def test_a_holding_told_with_its_amount_is_not_a_move(language, text):
    assert run(text, language=language)["events"] == []


def test_an_unknown_korean_startup_does_not_borrow_the_article_topic():
    text = (
        "쿠팡 주가 급등\n\n"
        "쿠팡의 주가가 올랐다. 쿠팡은 뉴욕증시에 상장돼 있다. 쿠팡 측은 실적이 개선됐다고 밝혔다. "
        "비전펀드2는 지난 5월 인공지능 교육 스타트업 뤼이드에 1억7500만 달러를 투자했다."
    )
    events = run(text, language="ko")["events"]
    assert all("Coupang" not in e["counterparties"] for e in events), events


def test_an_arabic_name_in_quotes_after_its_descriptor_is_a_company():
    text = 'استحوذت سوفت بنك على شركة "نوفاتك" للرقائق مقابل 6.5 مليار دولار.'
    event = only(run(text, language="ar"))
    assert (event["kind"], event["status"], event["counterparties"]) == ("acquisition", "completed", ["نوفاتك"])


@pytest.mark.parametrize(
    "text",
    [
        'استثمرت سوفت بنك 500 مليون دولار في الشركة الناشئة "نكسا لاب" الهندية.',
        'قادت سوفت بنك جولة تمويل بقيمة 300 مليون دولار في منصة "نكسا لاب" للمدفوعات.',
    ],
)
def test_an_arabic_name_in_quotes_after_start_up_or_platform_is_a_company(text):
    assert only(run(text, language="ar"))["counterparties"] == ["نكسا لاب"]


def test_a_product_in_quotes_is_not_a_company():
    text = 'قادت سوفت بنك جولة تمويل بقيمة 40 مليار دولار في شركة OpenAI المطورة لتطبيق "تشات جي بي تي".'
    assert only(run(text, language="ar"))["counterparties"] == ["OpenAI"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "SoftBank agreed to sell Arm Holdings to Nvidia for $40 billion in 2020."),
        ("ar", "ألغت سوفت بنك صفقة بيع آرم إلى إنفيديا في فبراير 2022."),
    ],
)
def test_selling_a_unit_names_the_unit_sold_and_its_buyer(language, text):
    # The contract's parties of a sale: the company sold is the target (a unit of the seller's own too, as in
    # "SoftBank Group to sell Arm to Nvidia"), the one it goes to the buyer.
    event = only(run(text, language=language))
    assert event["roles"] == {"Arm Holdings": "target", "Nvidia": "buyer"}, event


def test_a_comma_before_a_month_opens_the_next_move():
    text = (
        "Im Januar 2019 hatte der Vision Fund 460 Millionen Euro in den Berliner Versandhändler Zalanda gesteckt, "
        "im Mai desselben Jahres folgte eine Runde über 300 Millionen Dollar beim Reiseportal Tripzy, an der sich "
        "Softbank beteiligte."
    )
    events = run(text, language="de", published=dt.date(2021, 9, 22))["events"]
    by_date = {e["date"]: e for e in events}
    assert by_date["2019-01-01"]["counterparties"] == ["Zalanda"], events


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "SoftBank ha adquirido Graphcore, el fabricante británico de chips que aspiró a rivalizar con Nvidia."),
        ("en", "SoftBank has bought Graphcore, the British chip designer that set out to compete with Nvidia."),
        ("fr", "SoftBank a racheté Graphcore, le concepteur de puces qui voulait rivaliser avec Nvidia."),
    ],
)
def test_a_rival_named_in_the_targets_description_is_not_a_party(language, text):
    assert only(run(text, language=language))["counterparties"] == ["Graphcore"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("ja", "ソフトバンクグループは、米新興企業ネクサラボに5億ドルを出資すると発表した。", "ネクサラボ"),
        ("ja", "ソフトバンクグループは、スタートアップのネクサラボに5億ドルを出資した。", "ネクサラボ"),
        ("ja", "ビジョン・ファンドは英新興企業ロボテクスAIに3億ドルを出資した。", "ロボテクスAI"),
        ("ko", "소프트뱅크 비전펀드는 인도 스타트업 네크사랩에 5억 달러를 투자했다.", "네크사랩"),
        ("ko", "소프트뱅크는 핀테크 유니콘 페이렉스에 3억 달러를 투자했다.", "페이렉스"),
    ],
)
def test_a_name_in_the_languages_own_script_after_its_descriptor_is_the_counterparty(language, text, name):
    assert only(run(text, language=language))["counterparties"] == [name]


def test_a_latin_name_in_brackets_after_the_katakana_is_the_name_kept():
    text = "ソフトバンクグループは米新興企業スキルドAI（Skild AI）に5億ドルを出資した。"
    assert only(run(text, language="ja"))["counterparties"] == ["Skild AI"]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        # a two-character descriptor also heads ordinary compounds: "기업 자산" is a company's assets
        ("ko", "소프트뱅크는 기업 자산을 담보로 5억 달러를 빌렸다.", "자산"),
        # an industry abbreviation glossing the word before it is no company
        ("ko", "투자은행(IB) 업계에 따르면 소프트뱅크는 야놀자에 2조원을 투자했다.", "IB"),
        # a year after a title in capitals is a date: "CEO 2024" is no name
        ("ko", "황 CEO 2024년 11월 소프트뱅크는 야놀자에 2조원을 투자했다.", "CEO 2024"),
        ("zh", "软银向该APP投资了5亿美元。", "APP"),
    ],
)
def test_an_ordinary_word_abbreviation_or_date_is_not_a_company(language, text, name):
    assert all(name not in e["counterparties"] for e in run(text, language=language)["events"])


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("en", "SoftBank invested $900 million in Paynexa. Paynexa said the money would fund growth.", "Paynexa"),
        ("fr", "SoftBank a investi 900 millions d'euros dans Paynexa. Paynexa compte recruter.", "Paynexa"),
        ("de", "Softbank investiert 900 Millionen Euro in Paynexa. Paynexa will damit wachsen.", "Paynexa"),
        ("es", "SoftBank invirtió 900 millones de dólares en Paynexa. Paynexa planea crecer.", "Paynexa"),
    ],
)
def test_a_name_the_money_goes_into_that_the_article_names_again_is_a_company(language, text, name):
    assert only(run(text, language=language))["counterparties"] == [name]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "SoftBank will invest $100 billion in Japan. Japan welcomed the plan."),
        ("de", "Softbank investiert 900 Millionen Euro in Deutschland. Deutschland begrüßt das."),
        ("es", "SoftBank invertirá 5.000 millones de dólares en IA. La IA es su prioridad."),
        ("fr", "SoftBank investira 5 milliards d'euros en Europe. L'Europe salue l'annonce."),
    ],
)
def test_a_place_or_a_common_abbreviation_the_money_goes_into_is_no_company(language, text):
    assert all(e["counterparties"] == [] for e in run(text, language=language)["events"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "de",
            "Softbank investiert rund 900 Millionen Euro in eine Wandelschuldverschreibung von Paynexa. "
            "Paynexa will damit wachsen.",
        ),
        ("de", "Softbank übernimmt eine Beteiligung an Paynexa. Paynexa ist ein Zahlungsdienst."),
        ("en", "SoftBank agreed to buy a $900 million convertible bond from Paynexa. Paynexa said it would grow."),
        (
            "fr",
            "SoftBank va souscrire 900 millions d'euros d'obligations convertibles de Paynexa. Paynexa veut croître.",
        ),
        ("es", "SoftBank compró una participación de Paynexa por 900 millones de dólares. Paynexa quiere crecer."),
    ],
)
def test_the_company_whose_stake_or_bond_changes_hands_is_the_counterparty(language, text):
    assert only(run(text, language=language))["counterparties"] == ["Paynexa"]
