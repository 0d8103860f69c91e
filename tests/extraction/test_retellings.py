"""One move told twice with different words is one event; two moves in one sentence stay two."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import only, run


def test_headline_and_body_with_the_same_sum_and_counterparty_are_one_event():
    text = (
        "SoftBank pumps $300 million into Wayve\n\n"
        "SoftBank Group will buy $300 million of newly issued Wayve shares, the companies said on Monday."
    )
    events = run(text, language="en", published=dt.date(2025, 6, 11))["events"]
    assert len(events) == 1, events
    assert events[0]["kind"] == "investment"
    assert events[0]["counterparties"] == ["Wayve"]
    assert events[0]["date"] == "2025-06-09"


def test_a_headline_naming_two_moves_does_not_swallow_the_second():
    text = (
        "SoftBank et OpenAI créent une coentreprise et promettent 2 milliards de dollars par an\n\n"
        "SoftBank et OpenAI ont annoncé lundi la création d'une coentreprise au Japon. "
        "SoftBank s'est engagé à dépenser 2 milliards de dollars par an pour les logiciels d'OpenAI."
    )
    kinds = sorted(e["kind"] for e in run(text, language="fr", published=dt.date(2025, 6, 11))["events"])
    assert kinds == ["commitment", "joint_venture"]


def test_a_conjunction_followed_by_a_comma_opens_a_new_clause():
    text = (
        "En abril, SoftBank acordó comprar Graphcore por 600 millones de dólares y, en mayo, "
        "su Vision Fund participó en una ronda de Skild AI."
    )
    events = run(text, language="es", published=dt.date(2025, 6, 11))["events"]
    by_kind = {e["kind"]: e for e in events}
    assert set(by_kind) == {"acquisition", "investment"}, events
    assert by_kind["acquisition"]["counterparties"] == ["Graphcore"]
    assert by_kind["acquisition"]["date"] == "2025-04-01"
    assert by_kind["investment"]["counterparties"] == ["Skild AI"]
    assert by_kind["investment"]["date"] == "2025-05-01"


def test_a_move_without_its_object_is_about_the_company_the_article_is_about():
    text = (
        "Softbank zieht sich bei Zenova zurück\n\n"
        "Der Büroanbieter Zenova steht vor dem Aus. Zenova hatte zuletzt hohe Verluste gemeldet. "
        "Erstmals stieg Softbank 2017 ein, als der Vision Fund 4,4 Milliarden Dollar investierte. "
        "Im Oktober 2019 übernahm Softbank mit einem Rettungspaket die Kontrolle. "
        "Zenova-Chef Anton Weber lehnte einen Kommentar ab."
    )
    events = run(text, language="de", published=dt.date(2023, 11, 7))["events"]
    assert {(e["kind"], e["date"][:4]) for e in events} == {("investment", "2017"), ("acquisition", "2019")}, events
    assert all(e["counterparties"] == ["Zenova"] for e in events), events


def test_no_object_is_borrowed_when_no_company_dominates_the_article():
    text = (
        "SoftBank bets on robots\n\n"
        "SoftBank has invested in Skild AI and in Agile Robots this year. "
        "Skild AI makes robot brains; Agile Robots builds arms. "
        "In March the Vision Fund invested $100 million."
    )
    events = run(text, language="en", published=dt.date(2025, 6, 11))["events"]
    march = [e for e in events if e["quote"].startswith("In March")]
    assert all(e["counterparties"] == [] for e in march), events


def test_a_detail_of_a_dated_move_shares_its_news_day():
    text = (
        "أعلنت شركة سوفت بنك كورب يوم الثلاثاء توسيع شراكتها مع إنفيديا لتطوير شبكات الاتصالات.\n\n"
        "وبموجب الاتفاق، ستشتري سوفت بنك كورب أكثر من 4000 وحدة معالجة رسومية من إنفيديا بنحو 150 مليار ين."
    )
    events = run(text, language="ar", published=dt.date(2024, 11, 14))["events"]
    assert {e["kind"]: e["date"] for e in events} == {"partnership": "2024-11-12", "acquisition": "2024-11-12"}


def test_a_detail_does_not_take_the_year_of_an_older_move():
    text = (
        "SoftBank bought Graphcore in 2024 for about $600 million. "
        "SoftBank will now invest $1 billion in Graphcore's plant in Bristol."
    )
    events = run(text, language="en", published=dt.date(2025, 6, 11))["events"]
    assert {e["kind"]: e["date"] for e in events} == {"acquisition": "2024-01-01", "investment": "2025-06-11"}


def test_korean_last_nth_is_a_day_of_this_month_not_a_duration():
    text = "소프트뱅크그룹은 지난 3일 오픈AI와 합작사를 설립한다고 발표했다."
    event = only(run(text, language="ko", published=dt.date(2025, 2, 5)))
    assert (event["date"], event["date_precision"]) == ("2025-02-03", "day")


def test_a_purchase_from_softbank_is_softbanks_sale():
    text = "Der Dax-Konzern Deutsche Telekom übernimmt 45 Millionen T-Mobile-US-Aktien von Softbank."
    event = only(run(text, language="de", published=dt.date(2021, 9, 7)))
    assert (event["kind"], event["actor"]) == ("divestment", "SoftBank Group")
    assert "Deutsche Telekom" in event["counterparties"]


def test_buying_chips_from_a_supplier_stays_a_purchase():
    event = only(run("SoftBank will buy chips from Nvidia.", language="en", published=dt.date(2025, 6, 11)))
    assert (event["kind"], event["counterparties"]) == ("acquisition", ["Nvidia"])


def test_todays_sale_does_not_merge_with_a_sale_of_last_year():
    text = (
        "Die Deutsche Telekom übernimmt 45 Millionen T-Mobile-US-Aktien von Softbank. "
        "Softbank hatte bereits im Juni vergangenen Jahres einen Großteil seiner T-Mobile-Beteiligung für rund "
        "21 Milliarden Dollar verkauft."
    )
    events = run(text, language="de", published=dt.date(2021, 9, 7))["events"]
    assert sorted(e["date"] for e in events if e["kind"] == "divestment") == ["2020-06-01", "2021-09-07"], events


@pytest.mark.parametrize(
    ("language", "text", "kind", "object_type"),
    [
        ("zh", "据彭博社报道，鸿海本月初以3.75亿美元出售的美国俄亥俄州工厂，其买家正是软银。", "acquisition", "asset"),
        (
            "es",
            "SoftBank estaría entre los compradores de la venta de acciones de Tempus AI por 500 millones de dólares.",
            "investment",  # shares short of the whole company: a stake taken, not a company bought
            "stake",
        ),
    ],
)
def test_softbank_named_as_the_buyer_of_a_sale_is_buying(language, text, kind, object_type):
    events = run(text, language=language, published=dt.date(2025, 8, 20))["events"]
    assert [(e["kind"], e["object"]["type"]) for e in events] == [(kind, object_type)], events


def test_a_chinese_clause_led_by_a_time_phrase_is_its_own_move():
    text = "软银去年7月收购英国AI芯片新创Graphcore，本月稍早也宣布以约1000亿日元买下夏普的液晶面板工厂。"
    events = run(text, language="zh", published=dt.date(2025, 3, 20))["events"]
    parties = sorted(tuple(e["counterparties"]) for e in events)
    assert parties == [("Graphcore",), ("Sharp",)], events


def test_a_japanese_topic_carries_over_several_sentences():
    text = (
        "ソフトバンクグループは11日、決算を発表した。純利益は大きく増えた。"
        "同日発表した決算で明らかにした。米携帯電話大手TモバイルUSの株式も一部売却し、91億7000万ドルを得た。"
    )
    event = only(run(text, language="ja", published=dt.date(2025, 11, 12)))
    assert (event["kind"], event["actor"], event["counterparties"]) == ("divestment", "SoftBank Group", ["T-Mobile US"])


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "ABB will sell its robotics division to SoftBank for $5.4 billion.", "acquisition"),
        ("ja", "ABBはロボット事業をSBGに売却する。", "acquisition"),
        ("en", "SoftBank sold Arm Holdings to Nvidia.", "divestment"),
        ("ja", "SBGはTモバイル株をドイツテレコムに売却する。", "divestment"),
    ],
)
def test_a_sale_to_softbank_is_its_purchase(language, text, kind):
    assert only(run(text, language=language, published=dt.date(2025, 10, 9)))["kind"] == kind


def test_the_expected_close_of_a_known_move_is_not_another_move():
    text = (
        "ソフトバンクグループは8日、ABBのロボット事業を53億7500万ドルで買収すると発表した。"
        "各国の規制当局の承認を経て、2026年半ばから後半に買収を完了する見通し。"
    )
    events = run(text, language="ja", published=dt.date(2025, 10, 9))["events"]
    assert [(e["kind"], e["status"], e["date"]) for e in events] == [("acquisition", "announced", "2025-10-08")]


def test_a_korean_clause_ending_stays_with_its_clause():
    text = "소프트뱅크와 네이버는 2019년 경영 통합에 합의했고, 2021년 A홀딩스를 공동 출범시켰다."
    quotes = [e["quote"] for e in run(text, language="ko", published=dt.date(2024, 5, 14))["events"]]
    assert quotes == ["소프트뱅크와 네이버는 2019년 경영 통합에 합의했고", "2021년 A홀딩스를 공동 출범시켰다."]


def test_names_in_quotes_do_not_make_the_text_between_them_a_quotation():
    text = (
        'أعلنت مجموعة "سوفت بنك" اليابانية، يوم السبت، عن الإغلاق الأول لصندوق "سوفت بنك فيجن" للاستثمار '
        "في التكنولوجيا بقيمة تتجاوز 93 مليار دولار."
    )
    event = only(run(text, language="ar", published=dt.date(2017, 5, 21)))
    assert (event["kind"], event["status"], event["date"]) == ("launch", "completed", "2017-05-20")


def test_a_long_quotation_is_still_a_view_not_a_move():
    text = 'Son said: "We will invest $100 billion in American AI companies over the coming years, no matter what."'
    assert run(text, language="en", published=dt.date(2025, 6, 11))["events"] == []


@pytest.mark.parametrize(
    ("language", "text", "date"),
    [
        (
            "ko",
            "한편 소프트뱅크는 지난달 생성형 AI 개발용 계산 기반 구축에 2025년까지 1500억엔을 투자하겠다고 밝혔다.",
            "2024-04-01",
        ),
        ("en", "SoftBank said last month it would invest $1 billion in Wayve by 2026.", "2024-04-01"),
    ],
)
def test_a_deadline_is_not_the_date_of_the_move(language, text, date):
    assert only(run(text, language=language, published=dt.date(2024, 5, 10)))["date"] == date


@pytest.mark.parametrize(
    ("language", "published", "text", "day"),
    [
        (
            "en",
            dt.date(2025, 3, 20),
            "SoftBank to buy chip designer Ampere Computing for $6.5 billion.\n\n"
            "The Japanese group said on Wednesday that its board had approved the purchase.",
            "2025-03-19",
        ),
        (
            "de",
            dt.date(2021, 9, 7),
            "Telekom kauft Softbank T-Mobile-US-Aktien ab.\n\nDas teilte der Bonner Konzern am Montag mit.",
            "2021-09-06",
        ),
        (
            "ja",
            dt.date(2019, 11, 19),
            "ソフトバンクがLINE株を取得へ。\n\n両社が18日、発表した。",
            "2019-11-18",
        ),
    ],
)
def test_a_lead_without_a_date_takes_the_news_day_its_article_names(language, published, text, day):
    """A report published the morning after names the day of its news further down the lead: the move
    in the headline happened that day, as the text states, not on the day of the report."""
    lead = run(text, language=language, published=published)["events"][0]
    assert (lead["date"], lead["date_basis"]) == (day, "stated")
