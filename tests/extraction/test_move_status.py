"""What stage a move has reached and which way it goes, as a reader of the chronology would check it:
a move told by unnamed sources is rumored whatever verb it uses; "decided to" is announced however long ago;
a sale that brought in its proceeds happened; a sale to SoftBank is SoftBank's purchase; the money's purpose
names another move; selling one's services is no divestment."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extraction.helpers import only, run

PUBLISHED = dt.date(2025, 10, 9)


@pytest.mark.parametrize(
    ("language", "text", "kind", "status"),
    [
        # unnamed sources: a report, not a deal on the record
        (
            "en",
            "SoftBank has signed a $12 billion bridge loan with Mizuho Bank, people familiar with the matter said.",
            "financing",
            "rumored",
        ),
        ("zh", "据知情人士透露，软银已与瑞穗银行就一笔约120亿美元的过桥贷款达成协议。", "financing", "rumored"),
        (
            "ja",
            "ソフトバンクグループがみずほ銀行から最大120億ドルのつなぎ融資を受ける契約を結んだことが分かった。",
            "financing",
            "rumored",
        ),
        (
            "es",
            "Según fuentes próximas a la operación, SoftBank invirtió 500 millones de dólares en Rappi.",
            "investment",
            "rumored",
        ),
        (
            "de",
            "Wie aus informierten Kreisen verlautete, kauft Softbank die Robotersparte von ABB.",
            "acquisition",
            "rumored",
        ),
        ("ar", "وقالت مصادر مطلعة إن سوفت بنك اتفقت على الاستثمار بمليار دولار في OpenAI.", "investment", "rumored"),
        # a plan still talked over
        (
            "ja",
            "ソフトバンクはシャープの工場跡地を取得する計画についても協議を続けていると明らかにした。",
            "acquisition",
            "rumored",
        ),
        ("en", "SoftBank is in talks over a plan to buy Ampere Computing for $6.5 billion.", "acquisition", "rumored"),
        # the companies' own word is no rumour; "sources of funding" are no sources
        ("ar", "أعلنت سوفت بنك أنها ستبيع حصتها في إنفيديا لتنويع مصادر التمويل.", "divestment", "announced"),
        (
            "es",
            "SoftBank invertirá 1.000 millones de dólares en Rappi, según confirmaron ambas compañías.",
            "investment",
            "announced",
        ),
        # decided or agreed to: announced, even months before the report
        ("ko", "소프트뱅크는 지난 3월 암페어 컴퓨팅을 65억 달러에 인수하기로 했다.", "acquisition", "announced"),
        ("ko", "소프트뱅크는 지난 2월 엔비디아 지분을 매각하기로 합의했다.", "divestment", "announced"),
        # done: proceeds brought in, an increase in the perfect, bonds placed or issued
        ("ja", "ソフトバンクはTモバイルUSの株式も一部売却し、48億ドルを得た。", "divestment", "completed"),
        (
            "ar",
            "أعلنت سوفت بنك بيع حصتها في إنفيديا، محققة عائدات بلغت 5.8 مليار دولار.",
            "divestment",
            "completed",
        ),
        ("zh", "此外，软银以Arm股份为抵押的保证金贷款额度增加了50亿美元。", "financing", "completed"),
        ("zh", "软银近期发行了41亿美元的日元债券。", "financing", "completed"),
        ("zh", "软银集团近期发行的30亿美元混合债券或面临压力。", "financing", "completed"),
        (
            "fr",
            "SoftBank Group a placé jeudi des obligations pour un montant total de 4 milliards de dollars.",
            "financing",
            "completed",
        ),
        (
            "ko",
            "소프트뱅크 비전펀드가 지난주 쿠팡 주식 약 3000만주를 매각한 것으로 확인됐다.",
            "divestment",
            "completed",
        ),
        # a stake held is a stake taken
        ("en", "SoftBank holds a majority stake in UK-based chip designer Arm.", "investment", "completed"),
        ("zh", "滴滴上月融资55亿美元，其中软银投入了20亿美元。", "investment", "completed"),
        # "announced to buy": 買下 carries no aspect
        ("zh", "软银本月宣布以约1000亿日元买下夏普位于堺市的液晶面板工厂。", "acquisition", "announced"),
        # German "soll": what the deal is to do
        (
            "de",
            "Wie Softbank am Dienstag mitteilte, sollen Aktien von T-Mobile US für 20 Milliarden Dollar verkauft werden.",
            "divestment",
            "announced",
        ),
        # put on hold: not carried out
        ("ko", "소프트뱅크의 오픈AI 추가 투자 계획이 보류됐다.", "commitment", "cancelled"),
        (
            "es",
            "En enero, SoftBank ya había renunciado a un plan para hacerse con la mayoría de WeWork.",
            "acquisition",
            "cancelled",
        ),
        # a second move in the sentence keeps its own stage words
        (
            "ar",
            "ضخت سوفت بنك 500 مليون دولار في OpenAI في أكتوبر الماضي، كما أعلنت عن خطة لشراء أسهم من موظفيها.",
            "investment",
            "completed",
        ),
    ],
)
def test_the_stage_a_move_has_reached(language, text, kind, status):
    event = only(run(text, language=language, published=PUBLISHED), kind)
    assert event["status"] == status, event


@pytest.mark.parametrize(
    ("language", "text", "kind", "actor", "counterparties"),
    [
        # a sale to SoftBank is SoftBank's purchase, with an article and a nationality between
        (
            "de",
            "ABB hat am Mittwoch den Verkauf seiner Robotics Sparte an die japanische Softbank Group bekanntgegeben.",
            "acquisition",
            "SoftBank Group",
            ["ABB"],
        ),
        ("de", "Milliardendeal: ABB-Sparte Robotics an Softbank verkauft", "acquisition", "SoftBank Group", ["ABB"]),
        # in a verb-final language the last verb decides: the money spent is how the company was bought
        (
            "ja",
            "ソフトバンクは今年6月、約4500億円を投じてヤフーを連結子会社化した。",
            "acquisition",
            "SoftBank Group",
            ["LY Corporation"],
        ),
        # shares offered for sale by SoftBank in a listing are its sale
        (
            "ja",
            "PayPayの新規株式公開では、ソフトバンクグループからPayPay株2000万株が売り出される。",
            "divestment",
            "SoftBank Group",
            ["PayPay"],
        ),
        # the purpose of the money is another move
        (
            "ja",
            "SBGはエヌビディア株を58億ドルで売却し、オープンAIへの出資に充てる。",
            "divestment",
            "SoftBank Group",
            ["Nvidia"],
        ),
        # "since SoftBank's acquisition": the word for "from" governs the cue, SoftBank is no seller
        (
            "ar",
            "ويأتي الإعلان بعد ثلاثة أشهر من استحواذ سوفت بنك على شركة آرم مقابل 24 مليار جنيه إسترليني.",
            "acquisition",
            "SoftBank Group",
            ["Arm Holdings"],
        ),
        # the acquisition's money is what the loan is for: the move is the loan
        (
            "ko",
            "소프트뱅크는 인수 자금 가운데 1조엔을 미즈호은행에서 빌릴 계획이다.",
            "financing",
            "SoftBank Group",
            ["Mizuho Bank"],
        ),
        # selling one's services is business, not a divestment
        (
            "es",
            "OpenAI y SoftBank Group están uniendo fuerzas en una empresa conjunta para vender servicios de IA en Japón.",
            "joint_venture",
            "SoftBank Group",
            ["OpenAI"],
        ),
    ],
)
def test_which_way_a_move_goes(language, text, kind, actor, counterparties):
    events = run(text, language=language, published=PUBLISHED)["events"]
    assert [(e["kind"], e["actor"], e["counterparties"]) for e in events] == [(kind, actor, counterparties)], events
