"""The AI rule without a database: the words of each language, the parties' sectors, the object, and sales."""

import json

import pytest

from deals.services.company_file import read_checked_sector_file
from deals.services.sectors import AI_WORDS_PATH, Party, ai_decision, ai_word_in

LANGUAGES = {"en", "fr", "ar", "zh", "ja", "ko", "de", "es"}


@pytest.mark.parametrize(
    ("language", "sentence", "word"),
    [
        ("en", "SoftBank will invest $500 million in an AI-driven start-up.", "AI"),
        ("en", "The company buys Nvidia's graphics processing units.", "graphics processing units"),
        ("fr", "Une usine convertie pour l’intelligence artificielle générative.", "intelligence artificielle"),
        ("fr", "SoftBank investit dans une start-up d'IA générative.", "IA"),
        ("ar", "ستصبح سوفت بانك أكبر مستثمر في شركة الذكاء الاصطناعي OpenAI.", "الذكاء الاصطناعي"),
        ("ar", "توسيع قدرة مراكز البيانات الخاصة بها", "مراكز البيانات"),
        ("zh", "软银将投资人工智能初创公司。", "人工智能"),
        ("ja", "ソフトバンクは生成ＡＩの新会社を設立した。", "AI"),
        ("ja", "大阪にデータセンターを建設する。", "データセンター"),
        ("ko", "소프트뱅크가 인공지능 스타트업에 투자했다.", "인공지능"),
        ("de", "SoftBank beteiligt sich an einem KI-Start-up.", "KI"),
        ("de", "Der Konzern baut ein Rechenzentrum in Osaka.", "Rechenzentrum"),
        ("es", "SoftBank invierte en inteligencia artificial.", "inteligencia artificial"),
        ("es", "Compra una empresa de robótica.", "robótica"),
    ],
)
def test_each_language_has_its_ai_words(language, sentence, word):
    assert ai_word_in(sentence, language=language) == word


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Subscribe to AIM's newsletter about the Alibaba stake sale."),
        ("en", "SoftBank sold its shares in T-Mobile."),
        ("fr", "J'ai vendu la participation dans Alibaba."),
        ("de", "Die Kita verkauft ihre Anteile."),
        ("es", "La familia vendió su participación."),
        ("ja", "ソフトバンクはアリババ株を売却した。"),
    ],
)
def test_ordinary_words_are_not_ai_words(language, sentence):
    assert ai_word_in(sentence, language=language) is None


def party(name, role, *sectors):
    return Party(name=name, role=role, sectors=tuple((slug, slug, slug.startswith("ai-")) for slug in sectors))


SOFTBANK = party("SoftBank Group", "actor")


def test_a_party_in_an_ai_sector_decides_before_the_words():
    decision = ai_decision(
        kind="investment", parties=[SOFTBANK, party("OpenAI", "target", "ai-models")], object_label="", quotes=[]
    )
    assert decision.is_ai and decision.reason == "OpenAI is in ai-models"


def test_the_object_decides_when_no_party_does():
    decision = ai_decision(kind="acquisition", parties=[SOFTBANK], object_label="GPUs", quotes=[])
    assert decision.is_ai and "GPUs" in decision.reason


def test_a_sale_is_an_ai_move_only_when_what_is_sold_is():
    quotes = [("en", "SoftBank sells Alibaba shares to fund its AI ambitions.")]
    alibaba = party("Alibaba", "target", "internet")
    assert not ai_decision(kind="divestment", parties=[SOFTBANK, alibaba], object_label="", quotes=quotes).is_ai
    assert ai_decision(kind="investment", parties=[SOFTBANK, alibaba], object_label="", quotes=quotes).is_ai
    arm = party("Arm", "target", "ai-compute")
    assert ai_decision(kind="divestment", parties=[SOFTBANK, arm], object_label="", quotes=quotes).is_ai


def test_nothing_ai_is_not_an_ai_move():
    decision = ai_decision(
        kind="investment",
        parties=[SOFTBANK, party("WeWork", "target", "real-estate")],
        object_label="stake",
        quotes=[("en", "SoftBank invested $3.1 billion in 2022.")],
    )
    assert not decision.is_ai and decision.reason


def test_the_word_file_lists_every_language_and_only_ai_sectors():
    data = json.loads(AI_WORDS_PATH.read_text(encoding="utf-8"))
    ai_sectors = {entry["slug"] for entry in read_checked_sector_file() if entry["ai"]}
    assert set(data) - {"_doc"} == LANGUAGES
    for language in LANGUAGES:
        assert set(data[language]) == ai_sectors, language
        for sector, words in data[language].items():
            assert words and all(isinstance(w, str) and w.strip() == w and w for w in words), (language, sector)
            assert len(words) == len(set(words)), (language, sector)
