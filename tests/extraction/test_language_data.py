"""The per-language data files: every supported language has them, they load, and a misspelt key fails loudly
instead of silently switching a rule off."""

from __future__ import annotations

import json

import pytest

from deals.extraction import cues
from deals.extraction.cues import CueDataError, load_cues, validate
from deals.extraction.language import SUPPORTED


def test_every_supported_language_has_its_cue_file_and_nothing_else_does():
    assert sorted(p.stem for p in cues.DATA_DIR.glob("*.json")) == sorted(SUPPORTED)


@pytest.mark.parametrize("language", SUPPORTED)
def test_each_cue_file_loads_with_objects_and_roles_words(language):
    cue_set, warnings = load_cues(language)
    assert warnings == []
    assert cue_set.language == language
    for name in ("objects", "co_investors", "per_share", "totals", "remainder"):
        assert getattr(cue_set, name) is not None, name
    object_types = {c.label for c in cue_set.objects.cues}
    assert {"goods", "asset", "stake", "debt", "fund", "venture"} <= object_types, object_types
    assert cue_set.conjunctions and cue_set.prepositions


@pytest.mark.parametrize("language", SUPPORTED)
def test_each_file_on_disk_passes_the_schema(language):
    data = json.loads((cues.DATA_DIR / f"{language}.json").read_text(encoding="utf-8"))
    validate(data, language)  # raises on any unknown key


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"co_investor": ["alongside"]}, "unknown keys ['co_investor']"),
        ({"headfinal": True}, "unknown keys ['headfinal']"),
        ({"objects": {"gadgets": ["GPU* =GPUs"]}}, "unknown object types ['gadgets']"),
    ],
)
def test_a_misspelt_key_or_object_type_fails_loudly(patch, message):
    data = json.loads((cues.DATA_DIR / "en.json").read_text(encoding="utf-8"))
    data.update(patch)
    with pytest.raises(CueDataError, match=message.replace("[", r"\[").replace("]", r"\]")):
        validate(data, "en")


def test_verb_final_languages_are_marked_in_their_data_not_in_code():
    head_final = {language for language in SUPPORTED if load_cues(language)[0].head_final}
    assert head_final == {"ja", "ko"}


def test_no_rule_in_the_code_tests_for_a_language():
    """What differs between languages lives in the data files; code that names a language hides a rule there."""
    import re
    from pathlib import Path

    named = re.compile(r"""\b(?:language|lang)\s*(?:==|!=|in|not in)\s*[("'\[]""")
    offenders = [
        f"{path.name}:{number}"
        for path in sorted(Path(cues.__file__).parent.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if named.search(line)
    ]
    assert offenders == []
