from __future__ import annotations

from deals.extraction.clean import find_boilerplate
from deals.extraction.cues import boilerplate_markers
from tests.extraction.helpers import run

BODY = "SoftBank agreed on Monday to buy Graphcore for $500 million, the company said.\n"


def test_newsletter_blurb_with_an_investment_cue_yields_nothing():
    text = (
        "Markets were quiet on Monday as traders waited for central bank news from Tokyo and Frankfurt.\n"
        "Subscribe to our newsletter to learn first when SoftBank invests $2 billion in OpenAI.\n"
    )
    assert run(text, language="en")["events"] == []


def test_related_stories_list_is_excluded_and_offsets_stay_valid():
    text = BODY * 3 + "Related stories\nSoftBank to invest $3 billion in OpenAI, sources say\nNvidia buys Arm\n"
    spans = find_boilerplate(text, **boilerplate_markers("en"))
    assert spans and text[spans[-1][0] :].startswith("Related stories")
    data = run(text, language="en")
    assert all("3 billion" not in e["quote"] for e in data["events"])
    assert all(e["quote"] in text for e in data["events"])


def test_disclaimer_paragraph_is_excluded():
    text = BODY + "This article does not constitute investment advice; investing in SoftBank shares carries risk.\n"
    spans = find_boilerplate(text, **boilerplate_markers("en"))
    assert any("does not constitute" in text[s:e] for s, e in spans)


def test_other_languages_read_more_markers():
    ar = (
        "أعلنت سوفت بانك عن استحواذها على شركة أمبير مقابل 6.5 مليار دولار.\n" * 3
        + "اقرأ أيضا: سوفت بانك تستثمر 500 مليار دولار\n"
    )
    fr = BODY * 3 + "À lire aussi\nSoftBank investit 3 milliards dans OpenAI\n"
    zh = "软银集团宣布以65亿美元收购Ampere。\n" * 3 + "相关阅读\n软银向OpenAI投资400亿美元\n"
    for text, lang, marker in (
        (ar, "ar", "اقرأ أيضا"),
        (fr, "fr", "À lire aussi"),
        (zh, "zh", "相关阅读"),
    ):
        spans = find_boilerplate(text, **boilerplate_markers(lang))
        assert spans and text[spans[-1][0] :].startswith(marker), lang


def test_a_paragraph_that_lost_its_full_stop_is_no_teaser():
    # scraped text often drops a paragraph's full stop; one ending in a name is not a teaser cut mid-word
    late = (
        "En los primeros meses del año, el equipo del fondo ha estudiado más de cien empresas de la región, "
        "según dijo su director en América Latina"
    )
    text = BODY * 4 + late + "\n\nSoftBank invirtió 20 millones de dólares en Coupang el mes pasado.\n"
    assert find_boilerplate(text, **boilerplate_markers("es")) == []


def test_a_teaser_cut_mid_word_late_in_the_page_opens_other_stories():
    teaser = (
        "SoftBank weighs a sale of its remaining stake in T-Mobile US as it looks to raise cash for its artificial "
        "intelligence bets, people familiar with the matter said, adding that it has notified some c"
    )
    text = BODY * 6 + teaser + "\nNvidia buys Arm\n"
    spans = find_boilerplate(text, **boilerplate_markers("en"))
    assert spans and text[spans[-1][0] :].startswith("SoftBank weighs") and spans[-1][1] == len(text)
