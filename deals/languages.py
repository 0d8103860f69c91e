"""The languages an editor can state for an article: ISO 639 codes, chosen rather than typed."""

from __future__ import annotations

from django import forms
from django.conf.locale import LANG_INFO

_EXTRA = {"zh": "Chinese"}  # the extractor's code for Chinese; Django lists only its two scripts

LANGUAGE_NAMES: dict[str, str] = {
    **{code: info["name"] for code, info in LANG_INFO.items() if "-" not in code and "name" in info},
    **_EXTRA,
}
LANGUAGE_CHOICES = sorted(LANGUAGE_NAMES.items(), key=lambda item: item[1])
_BY_NAME = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}


def refusal(value: str) -> str:
    """Why `value` is no language code, with the code to use when it names a language."""
    code = _BY_NAME.get(str(value).strip().lower())
    hint = f" use “{code}”" if code else " use a code such as en, fr, ja or zh"
    return f"“{value}” is not an ISO 639-1 language code:{hint}."


class LanguageField(forms.ChoiceField):
    """A select of ISO codes; a typed name ("English") is refused with the code to use."""

    def __init__(self, *, blank_label: str | None = None, **kwargs):
        choices = ([("", blank_label)] if blank_label is not None else []) + LANGUAGE_CHOICES
        kwargs.setdefault("help_text", "ISO 639-1 code of the text.")
        super().__init__(choices=choices, **kwargs)

    def to_python(self, value):
        return super().to_python(value).strip().lower()

    def validate(self, value):
        if value and value not in LANGUAGE_NAMES:
            raise forms.ValidationError(refusal(value), code="invalid_choice")
        super().validate(value)
