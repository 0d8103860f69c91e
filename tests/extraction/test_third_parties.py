"""Another company's deal is not SoftBank's, table by table across the languages: a clause whose subject is
another company, with SoftBank named only after the deal's verb as a shareholder or a comparison, states no
SoftBank move; when a word makes SoftBank a party there ("acquired by SoftBank", "from SoftBank", "led by"),
the move stays SoftBank's."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from tests.extraction.helpers import tracked_moves

P = dt.date(2018, 7, 2)

# (language, article): another company's move with SoftBank only mentioned after its verb
OTHERS_MOVES = [
    (
        "en",
        "In June, Toyota invested $1 billion in Grab, the ride-hailing company in which SoftBank is the largest "
        "shareholder.",
    ),
    ("en", "Toyota invested $1 billion in Grab, and SoftBank remains its largest shareholder."),
    ("fr", "En juin, Toyota a investi 1 milliard de dollars dans Grab, dont SoftBank est le premier actionnaire."),
    ("es", "En junio, Toyota invirtió 1.000 millones de dólares en Grab, cuyo mayor accionista es SoftBank."),
    # the subject right after the verb: after a fronted word in German, in Arabic's verb-first order
    ("de", "Im Juni investierte Toyota eine Milliarde Dollar in Grab, dessen größter Aktionär Softbank ist."),
    ("ar", "واستثمرت تويوتا مليار دولار في شركة غراب في يونيو، وتعد سوفت بنك أكبر مساهم فيها."),
    ("zh", "今年6月，丰田汽车向东南亚网约车平台Grab投资10亿美元，软银亦是Grab的主要股东。"),
    ("ja", "トヨタは6月、グラブに10億ドルを出資し、ソフトバンクグループも大株主だ。"),
    ("ko", "도요타는 6월 그랩에 10억 달러를 투자했으며 소프트뱅크도 그랩의 대주주다."),
    # verb-final: the subject carries が / 가, SoftBank only の / 의
    ("ja", "トヨタが、ソフトバンクグループの出資先であるグラブに10億ドルを出資した。"),
    ("ko", "도요타가 소프트뱅크의 투자처인 그랩에 10억 달러를 투자했다."),
]

# (language, article, kind, a counterparty): SoftBank made a party by a word after the verb, or the subject
SOFTBANK_MOVES = [
    ("en", "Arm was acquired by SoftBank for $32 billion in 2016.", "acquisition", "Arm Holdings"),
    ("fr", "Arm a été racheté par SoftBank pour 32 milliards de dollars en 2016.", "acquisition", "Arm Holdings"),
    ("es", "Arm fue adquirida por SoftBank por 32.000 millones de dólares en 2016.", "acquisition", "Arm Holdings"),
    (
        "en",
        "Hyundai agreed to buy Boston Dynamics from SoftBank for $1.1 billion.",
        "divestment",
        "Boston Dynamics",
    ),
    ("zh", "现代汽车从软银手中收购了波士顿动力，交易金额为11亿美元。", "divestment", "Boston Dynamics"),
    ("ko", "쿠팡이 소프트뱅크 비전펀드로부터 20억 달러의 투자를 받았다.", "investment", "Coupang"),
    ("ko", "쿠팡은 소프트뱅크 비전펀드 등으로부터 20억 달러를 투자받았다.", "investment", "Coupang"),
    ("zh", "Grab完成20亿美元融资，由软银领投。", "investment", "Grab"),
    ("zh", "Grab完成20亿美元融资，投资方包括软银和丰田。", "investment", "Grab"),
    ("en", "WeWork received a $5 billion investment from SoftBank.", "investment", "WeWork"),
    ("es", "Rappi recibió una inversión de 1.000 millones de dólares de SoftBank.", "investment", "Rappi"),
    ("fr", "Mistral AI a reçu un investissement de 500 millions d'euros de SoftBank.", "investment", "Mistral AI"),
    ("en", "Nvidia will invest $1 billion in Mistral AI, as will SoftBank.", "investment", "Mistral AI"),
    ("ja", "クーパンはソフトバンク・ビジョン・ファンドから20億ドルの出資を受けた。", "investment", "Coupang"),
    (
        "de",
        "Im Jahr 2016 übernahm Softbank den Chipdesigner Arm für 32 Milliarden Dollar.",
        "acquisition",
        "Arm Holdings",
    ),
    (
        "ar",
        "وناقشت مايكروسوفت استثمار ملياري دولار في أوبن إيه آي، فيما أجرت مجموعة سوفت بنك محادثات لاستثمار مليار دولار فيها.",
        "investment",
        "OpenAI",
    ),
    ("ar", "استحوذت سوفت بنك على آرم مقابل 32 مليار دولار في 2016.", "acquisition", "Arm Holdings"),
    (
        "zh",
        "2000年，孙正义向当时尚处于起步阶段的阿里巴巴投资2000万美元，这笔投资后来为软银带来了数百倍的回报。",
        "investment",
        "Alibaba",
    ),
]


softbank_moves = partial(tracked_moves, published=P)


@pytest.mark.parametrize(("language", "text"), OTHERS_MOVES)
def test_another_companys_deal_is_no_softbank_move(language, text):
    assert softbank_moves(language, text) == []


@pytest.mark.parametrize(("language", "text", "kind", "counterparty"), SOFTBANK_MOVES)
def test_softbank_made_a_party_after_the_verb_keeps_its_move(language, text, kind, counterparty):
    moves = softbank_moves(language, text)
    assert [e["kind"] for e in moves] == [kind], moves
    assert counterparty in moves[0]["counterparties"], moves


# (language, article): in ja/ko a sentence that makes another company its topic ends SoftBank's as the subject
# a later clause without one continues; (the same articles with SoftBank still the topic keep its move)
TOPIC_SWITCHES = [
    (
        "ko",
        "소프트뱅크는 2019년 엔비디아 지분을 모두 매각했다. 엔비디아는 자율주행 반도체 시장의 강자다. "
        "최근에는 일본의 도요타 등과도 자율주행차 개발을 위한 제휴를 맺었다.",
    ),
    (
        "ja",
        "ソフトバンクグループは2019年、エヌビディア株をすべて売却した。エヌビディアは自動運転向け半導体の大手だ。"
        "最近ではトヨタ自動車とも自動運転車の開発で提携した。",
    ),
]


@pytest.mark.parametrize(("language", "text"), TOPIC_SWITCHES)
def test_another_topic_ends_the_carried_subject(language, text):
    assert [e["kind"] for e in softbank_moves(language, text)] == ["divestment"]


def test_the_topic_still_carries_when_no_other_is_set():
    text = "소프트뱅크는 2019년 엔비디아 지분을 모두 매각했다. 이후 3월에는 쿠팡에 20억 달러를 투자했다."
    moves = softbank_moves("ko", text)
    assert [(e["kind"], e["counterparties"]) for e in moves] == [
        ("divestment", ["Nvidia"]),
        ("investment", ["Coupang"]),
    ]


# (language, article): a move told in a relative clause about another company is that company's
RELATIVE_CLAUSES = [
    ("en", "The Vision Fund is a shareholder of Didi, which bought Brazil's 99 Taxis in 2018 for about $1 billion."),
    (
        "fr",
        "Le Vision Fund est actionnaire de Didi, qui a racheté le brésilien 99 Taxis en 2018 pour environ 1 milliard "
        "de dollars.",
    ),
    (
        "es",
        "Su Vision Fund es accionista de la china Didi, que en 2018 compró la brasileña 99 Taxis por unos 1.000 "
        "millones de dólares.",
    ),
    (
        "de",
        "Der Vision Fund ist Aktionär von Didi, die 2018 den brasilianischen Fahrdienst 99 Taxis für rund eine "
        "Milliarde Dollar kaufte.",
    ),
]


@pytest.mark.parametrize(("language", "text"), RELATIVE_CLAUSES)
def test_a_relative_clause_about_another_company_tells_its_move(language, text):
    assert softbank_moves(language, text) == []


def test_softbank_named_in_the_relative_clause_keeps_its_move():
    moves = softbank_moves("en", "Arm, which SoftBank bought in 2016 for $32 billion, listed its shares in New York.")
    assert [e["counterparties"] for e in moves] == [["Arm Holdings"]]


# (language, article): SoftBank named only as the backer of the company that makes the move
BACKED_COMPANIES = [
    ("en", "SoftBank-backed Didi Chuxing agreed to buy Brazil's 99 Taxis for $1 billion."),
    ("fr", "Didi Chuxing, soutenu par SoftBank, a racheté le brésilien 99 Taxis pour 1 milliard de dollars."),
    ("es", "Didi Chuxing, respaldada por SoftBank, compró la brasileña 99 Taxis por 1.000 millones de dólares."),
    (
        "de",
        "Die von Softbank unterstützte Didi Chuxing kauft den brasilianischen Fahrdienst 99 Taxis für eine "
        "Milliarde Dollar.",
    ),
    ("ar", "واستحوذت أوبر المدعومة من سوفت بنك على شركة كريم مقابل 3.1 مليار دولار."),
    ("zh", "软银支持的Grab以20亿美元收购了Uber的东南亚业务。"),
    ("ja", "ソフトバンクが出資する滴滴出行が、ブラジルの99タクシーを10億ドルで買収した。"),
    ("ko", "소프트뱅크가 투자한 그랩이 우버의 동남아 사업을 20억 달러에 인수했다."),
]


@pytest.mark.parametrize(("language", "text"), BACKED_COMPANIES)
def test_a_company_softbank_backs_makes_its_own_moves(language, text):
    assert softbank_moves(language, text) == []


def test_a_round_softbank_leads_stays_its_investment():
    moves = softbank_moves("en", "OpenAI raised $40 billion in a SoftBank-led round.")
    assert [(e["kind"], e["counterparties"]) for e in moves] == [("investment", ["OpenAI"])]
