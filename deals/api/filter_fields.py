"""The typed query-string fields and filters the API's filter sets are built from: each refuses a malformed value
with a 400 that names it (not a slug, not a boolean, a figure out of range), and none runs a query by itself."""

import datetime as dt
import re
from typing import ClassVar

import django_filters as df
from django import forms
from django.core.validators import RegexValidator
from drf_spectacular.drainage import set_override

from deals.languages import LANGUAGE_CHOICES, LanguageField

SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
Q_MAX_LENGTH = 200
USD_MAX = 10**15  # a quadrillion dollars: more than any deal, and safe for every database's numeric type

_slug_validator = RegexValidator(re.compile(SLUG_PATTERN), "Enter a slug: letters, digits, hyphens or underscores.")


class SlugField(forms.CharField):
    default_validators = [_slug_validator]

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 200)
        super().__init__(**kwargs)


class StrictBooleanField(forms.Field):
    """true/false (or 1/0); anything else is an error rather than a silent "unset"."""

    TRUE, FALSE = {"true", "1"}, {"false", "0"}

    def to_python(self, value):
        if value in (None, ""):
            return None
        text = str(value).strip().lower()
        if text in self.TRUE:
            return True
        if text in self.FALSE:
            return False
        raise forms.ValidationError("Enter true or false.", code="invalid")


class TypedFilterMixin:
    """A filter whose OpenAPI type is stated here, with its help text kept as the parameter's description.

    drf-spectacular drops the help text of filters typed by annotation, so the annotation carries it; it is
    set per instance because each filter has its own text.
    """

    schema: dict = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        help_text = self.extra.get("help_text")
        set_override(
            self,
            "field",
            {**self.schema, **({"description": str(help_text)} if help_text else {})},
        )


class SlugFilter(TypedFilterMixin, df.CharFilter):
    field_class = SlugField
    schema = {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 200}


class StrictBooleanFilter(TypedFilterMixin, df.Filter):
    field_class = StrictBooleanField
    schema = {"type": "boolean"}


class MultipleSlugField(forms.MultipleChoiceField):
    """Several slugs (`?sector=a&sector=b`), each checked for its shape only: an unknown one matches nothing."""

    def valid_value(self, value):
        return bool(re.fullmatch(SLUG_PATTERN, str(value))) and len(str(value)) <= 200


class SlugsFilter(TypedFilterMixin, df.MultipleChoiceFilter):
    field_class = MultipleSlugField
    schema = {"type": "string", "pattern": SLUG_PATTERN, "maxLength": 200}


class UsdFilter(TypedFilterMixin, df.NumberFilter):
    schema = {"type": "number", "minimum": 0, "maximum": USD_MAX}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 0)
        kwargs.setdefault("max_value", USD_MAX)
        super().__init__(*args, **kwargs)


class TextFilter(TypedFilterMixin, df.CharFilter):
    """Free text as sent (no stripping, so the length checked is the length sent); NUL is refused, as the
    schema says, since no database column can hold one."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", Q_MAX_LENGTH)
        kwargs.setdefault("strip", False)
        self.schema = {"type": "string", "maxLength": kwargs["max_length"], "pattern": "^[^\\x00]*$"}
        super().__init__(*args, **kwargs)


class StrictFilterSet(df.FilterSet):
    """A parameter given with an empty value (`date_from=`) is a 400, not silently ignored: an empty string is
    no date, slug or number, and a client sending one has a bug worth hearing about. Free-text parameters may
    be empty; an empty `language=` is a 400 like the others, as its schema (one of the codes) says."""

    empty_allowed: tuple[str, ...] = ("q",)
    # One form class per filter set and model, built on first use: django-filter built a new one, with a
    # fresh field per filter, on every request (a third of an unfiltered API list's own time). Only while no
    # filter's field depends on the request (a Model*ChoiceFilter reads its queryset from it).
    _form_classes: ClassVar[dict] = {}

    def get_form_class(self):
        if any(isinstance(filter_, df.filters.QuerySetRequestMixin) for filter_ in self.filters.values()):
            return super().get_form_class()
        key = (type(self), self.queryset.model)
        if key not in StrictFilterSet._form_classes:
            StrictFilterSet._form_classes[key] = super().get_form_class()
        return StrictFilterSet._form_classes[key]

    def is_valid(self):
        valid = super().is_valid()
        for name in self.filters:
            if name in self.empty_allowed or name not in self.data:
                continue
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else [self.data.get(name)]
            if any(value == "" for value in values):
                self.form.add_error(name, "Give a value, or leave the parameter out.")
        return valid and not self.form.errors


class UtcDateTimeField(df.fields.IsoDateTimeField):
    """An ISO 8601 time turned into UTC before it reaches the database: PostgreSQL refuses offsets beyond
    ±15:59, which RFC 3339 allows. Times that fall outside the calendar once in UTC are clamped to its ends."""

    def to_python(self, value):
        value = super().to_python(value)
        if value is None or value.tzinfo is None:
            return value
        try:
            return value.astimezone(dt.UTC)
        except OverflowError:
            return dt.datetime.min.replace(tzinfo=dt.UTC) if value.year == 1 else dt.datetime.max.replace(tzinfo=dt.UTC)


class UpdatedSinceFilter(df.IsoDateTimeFilter):
    field_class = UtcDateTimeField


class CompanyRefFilter(TextFilter):
    """A company's slug, name or alias, whatever its case: `counterparty=Intel` finds the same deals as
    `counterparty=intel`."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("strip", True)
        super().__init__(*args, **kwargs)
        # One character that is neither blank nor NUL: a bare \S would let a lone NUL through.
        self.schema = {**self.schema, "minLength": 1, "pattern": "^[^\\x00]*[^\\x00\\s][^\\x00]*$"}
        set_override(self, "field", {**self.schema, "description": str(self.extra.get("help_text", ""))})


class LanguageFilter(TypedFilterMixin, df.CharFilter):
    field_class = LanguageField
    schema = {"type": "string", "enum": [code for code, _ in LANGUAGE_CHOICES]}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
