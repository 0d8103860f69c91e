"""A venture or project the article names ("the Stargate project", "une coentreprise baptisée ...") is what a
move creates or pays into, its object: a reader must not see it listed among the companies on the other side.
Across the languages, the partners named with it stay parties; a name before a plural "projects" where
modifiers follow the noun ("OpenAI et d'autres projets") is no venture."""

from __future__ import annotations

import pytest

from tests.extraction.helpers import run

# (language, article): SoftBank's money into a named project, with OpenAI beside it
INTO_A_NAMED_PROJECT = [
    ("en", "SoftBank will invest $20 billion in the Stargate project alongside OpenAI and Oracle."),
    ("fr", "SoftBank va investir 20 milliards de dollars dans le projet Stargate aux côtés d'OpenAI et d'Oracle."),
    ("es", "SoftBank invertirá 20.000 millones de dólares en el proyecto Stargate junto a OpenAI y Oracle."),
    ("de", "Softbank will gemeinsam mit OpenAI und Oracle 20 Milliarden Dollar in das Stargate-Projekt stecken."),
    ("ar", 'ستستثمر سوفت بنك 20 مليار دولار في مشروع "ستارغيت" مع OpenAI وأوراكل.'),
    ("zh", "软银将与OpenAI和甲骨文一起向“星际之门”项目投资200亿美元。"),
    ("ja", "ソフトバンクグループはオープンAIやオラクルと共に「スターゲート」プロジェクトに200億ドルを投資する。"),
    ("ko", "소프트뱅크는 오픈AI, 오라클과 함께 '스타게이트' 프로젝트에 200억 달러를 투자한다."),
]


@pytest.mark.parametrize(("language", "text"), INTO_A_NAMED_PROJECT)
def test_a_named_project_is_no_counterparty(language, text):
    events = run(text, language=language)["events"]
    assert events, text
    for event in events:
        assert "Stargate LLC" not in event["counterparties"], (text, event)
        assert "Stargate LLC" not in event["roles"], (text, event)
    assert any("OpenAI" in e["counterparties"] for e in events), (text, events)
    # money into the venture is a pledge to it, the venture its object, those beside the side its partners
    event = next(e for e in events if "OpenAI" in e["counterparties"])
    assert (event["kind"], event["object"]["type"], event["object"]["label"]) == (
        "commitment",
        "venture",
        "Stargate LLC",
    )
    assert event["roles"]["OpenAI"] == "partner", (text, event["roles"])


# (language, article): "other projects" after a company where modifiers follow the noun: the company stays
OTHER_PROJECTS = [
    ("fr", "SoftBank a investi 500 millions de dollars dans OpenAI et d'autres projets."),
    ("es", "SoftBank invirtió 500 millones de dólares en OpenAI y otros proyectos."),
    ("ar", "استثمرت سوفت بنك 500 مليون دولار في OpenAI ومشاريع أخرى."),
]


@pytest.mark.parametrize(("language", "text"), OTHER_PROJECTS)
def test_a_company_before_other_projects_stays_a_party(language, text):
    events = run(text, language=language)["events"]
    assert [e["counterparties"] for e in events] == [["OpenAI"]], (text, events)


# (language, article): two ventures with the same partner, one named after a naming word
TWO_VENTURES = [
    (
        "en",
        "In January SoftBank and OpenAI unveiled Stargate, a joint venture to build data centres in the United "
        "States. On Monday SoftBank and OpenAI agreed to set up a second joint venture, called Nexa Labs, in Japan.",
    ),
    (
        "fr",
        "En janvier, SoftBank et OpenAI ont présenté Stargate, une coentreprise de centres de données aux "
        "États-Unis. Lundi, SoftBank et OpenAI ont annoncé une autre coentreprise, baptisée Nexa Labs, au Japon.",
    ),
]


@pytest.mark.parametrize(("language", "text"), TWO_VENTURES)
def test_two_named_ventures_with_one_partner_are_two_moves(language, text):
    events = run(text, language=language)["events"]
    assert len([e for e in events if e["kind"] == "joint_venture"]) == 2, (text, events)
