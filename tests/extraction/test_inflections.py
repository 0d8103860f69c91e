"""A move verb is recognised in the tenses and forms the press writes it in, not only the one in a seed.

Perfect and pluperfect ("ha vendido", "avait acquis", "hatte ... übernommen"), participles, plural
preterites, separable German verbs, Arabic nouns carrying a possessive pronoun ("شراكتها"), and a sale
noun that outranks the stake it sells ("la venta de su participación").
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only, run


@pytest.mark.parametrize(
    ("language", "text", "kind", "status"),
    [
        (
            "es",
            "SoftBank ha vendido su participación en Alibaba por 10.000 millones de dólares.",
            "divestment",
            "completed",
        ),
        ("es", "SoftBank Group había adquirido Graphcore el año pasado.", "acquisition", "completed"),
        ("es", "El Vision Fund 2 lideró una ronda de 300 millones de dólares en Skild AI.", "investment", "completed"),
        (
            "es",
            "SoftBank se ha comprometido a invertir 100.000 millones de dólares en OpenAI.",
            "commitment",
            "announced",
        ),
        ("es", "SoftBank se desprendió en octubre de su participación en Nvidia.", "divestment", "completed"),
        ("es", "SoftBank emitió bonos por valor de 4.000 millones de dólares con Mizuho.", "financing", "completed"),
        (
            "es",
            "La venta de su participación en T-Mobile dejó 4.800 millones de dólares a SoftBank.",
            "divestment",
            None,
        ),
        ("fr", "SoftBank avait acquis Graphcore pour 600 millions de dollars.", "acquisition", "completed"),
        ("fr", "SoftBank a pris le contrôle d'Ampere Computing mardi.", "acquisition", "completed"),
        ("fr", "SoftBank a souscrit à une augmentation de capital de Wayve.", "investment", "completed"),
        (
            "fr",
            "SoftBank a émis des obligations pour 4 milliards de dollars auprès de Mizuho.",
            "financing",
            "completed",
        ),
        (
            "fr",
            "SoftBank a participé à une levée de fonds de 1 milliard de dollars de Mistral AI.",
            "investment",
            "completed",
        ),
        (
            "de",
            "Der Vision Fund 2 führte eine Finanzierungsrunde von 300 Millionen Dollar bei Skild AI an.",
            "investment",
            "completed",
        ),
        (
            "de",
            "SoftBank hat sich verpflichtet, 100 Milliarden Dollar in OpenAI zu investieren.",
            "commitment",
            "announced",
        ),
        ("de", "SoftBank hatte Graphcore im vergangenen Jahr übernommen.", "acquisition", "completed"),
        ("de", "SoftBank stockte seine Beteiligung an T-Mobile auf.", "investment", "completed"),
        ("ar", "أعلنت سوفت بنك توسيع شراكتها مع إنفيديا لتطوير شبكات الاتصالات.", "partnership", "announced"),
        ("fr", "Parmi les participations que SoftBank a vendues figure DoorDash.", "divestment", "completed"),
        ("fr", "Les actions DoorDash que SoftBank a cédées valaient 2 milliards.", "divestment", "completed"),
        ("es", "SoftBank respaldará a Coupang con una nueva ronda.", "investment", "announced"),
        ("en", "SoftBank and Toyota set up a 50-50 venture on Monday.", "joint_venture", None),
        ("de", "Softbank teilte mit, sich von seinen Anteilen an Uber trennen zu wollen.", "divestment", None),
        ("es", "El Vision Fund 2 negocia entrar en el capital de la coreana Coupang.", "investment", "rumored"),
        (
            "fr",
            "SoftBank s'est par ailleurs engagé à dépenser 2 milliards de dollars par an pour les puces de Nvidia.",
            "commitment",
            "announced",
        ),
        ("en", "The sale of its remaining stake in T-Mobile brought SoftBank $4.8 billion.", "divestment", None),
    ],
)
def test_move_verbs_in_every_tense(language, text, kind, status):
    event = only(run(text, language=language))
    assert event["kind"] == kind, event
    if status is not None:
        assert event["status"] == status, event
    assert event["actor"].startswith("SoftBank"), event


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("fr", "SoftBank a bouclé en mars l'accord de reprise du concepteur de puces Graphcore.", "acquisition"),
        ("es", "SoftBank estudia una oferta pública de venta de acciones de Arm Holdings en Nueva York.", "divestment"),
        ("en", "SoftBank raised $2 billion in a block sale of T-Mobile US shares.", "divestment"),
    ],
)
def test_press_nouns_for_takeovers_and_share_sales(language, text, kind):
    assert only(run(text, language=language))["kind"] == kind


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "He said SoftBank was not considering selling Arm Holdings, which it aims to list in New York."),
        ("en", "SoftBank has no plans to sell its stake in T-Mobile US, a spokesman said."),
        ("en", "Boston Dynamics, owned by SoftBank, only began selling its Spot robot commercially in 2019."),
        ("fr", "L'action SoftBank a cédé 2,5 % mardi à la Bourse de Tokyo après la faillite de Greensill Capital."),
        ("en", "Analysts said the Uber transaction would lower SoftBank's loan-to-value ratio below 20 per cent."),
        # what SoftBank holds in "the new company" after a merger is a holding, not a founding
        ("ja", "ソフトバンクは合併後の新会社の株式の約40%を保有する。"),
    ],
)
def test_denials_product_sales_and_share_prices_are_not_moves(language, text):
    assert run(text, language=language)["events"] == []


def test_a_loss_restated_between_dashes_is_no_move():
    text = (
        "SoftBank a publié mardi une perte nette record de 900 milliards de yens - soit plus de sept milliards "
        "d'euros - plombé par des investissements ratés."
    )
    assert run(text, language="fr")["events"] == []


def test_ko_forming_a_fund_is_a_launch_but_a_prospect_formed_is_not():
    assert only(run("소프트뱅크는 5억 달러 규모의 펀드를 조성한다고 밝혔다.", language="ko"))["kind"] == "launch"
    text = (
        "소프트뱅크와 네이버가 합작법인을 세운다. 아시아에서 구글 등 메가 플랫폼에 대항할 수 있는 기반이 조성될 "
        "것이란 전망도 나온다."
    )
    events = run(text, language="ko")["events"]
    assert all("Google" not in e["counterparties"] for e in events), events
