"""Forms of the import and review pages."""

from __future__ import annotations

from decimal import Decimal

from django import forms
from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from deals.languages import LanguageField
from deals.models import Amount, Company, DateBasis, DatePrecision, DealKind, EventStatus, ObjectType, PartyRole
from deals.services.amount_text import format_amount, parse_amount
from deals.services.companies import company_named

# The roles a counterparty can play (the SoftBank side is the actor, chosen apart).
COUNTERPARTY_ROLES = [(value, label) for value, label in PartyRole.choices if value != PartyRole.ACTOR]


def company_search_input() -> forms.TextInput:
    """A text box that suggests company names and aliases as the editor types (static/admin-review)."""
    return forms.TextInput(attrs={"list": "company-names", "autocomplete": "off", "data-company-search": ""})


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        # Emptiness, size and content are checked per file by the import, with the file's name in the message.
        if isinstance(data, (list, tuple)):
            return [d for d in data if d is not None]
        return [data] if data else []


class ImportForm(forms.Form):
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 14, "autofocus": True}),
        required=False,
        help_text="Paste the article text, or upload files below (not both).",
    )
    files = MultipleFileField(
        required=False,
        help_text=(
            f".txt, .md or .html, or a .zip of them; up to {settings.IMPORT_MAX_FILES} files of "
            f"{settings.IMPORT_MAX_FILE_BYTES / 1_048_576:.0f} MB each. HTML is reduced to its main text."
        ),
    )
    title = forms.CharField(max_length=500, required=False)
    outlet = forms.CharField(max_length=200, required=False)
    url = forms.URLField(max_length=1000, required=False, assume_scheme="https")
    language = LanguageField(required=False, blank_label="Detect from the text", help_text="Detected when blank.")
    published = forms.DateField(
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text='Required unless the text states it ("Update time : 2024-11-14").',
        label="Publication date",
    )
    background = forms.BooleanField(
        required=False,
        label="Import in the background",
        help_text="One task per article, run by the workers; follow each file on the Import batches page. "
        "A .zip always imports in the background.",
    )

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        cap = settings.IMPORT_MAX_PASTE_CHARS
        if len(text) > cap:
            raise forms.ValidationError(
                f"The pasted text is {len(text):,} characters; at most {cap:,} can be pasted at once. "
                "Paste the article alone, or upload it as a file."
            )
        return text

    def clean(self):
        data = super().clean()
        has_text = bool((data.get("text") or "").strip())
        if has_text and data.get("files"):
            raise forms.ValidationError("Paste text or upload files, not both.")
        if not has_text and not data.get("files") and not self.errors:
            raise forms.ValidationError("Paste the article text or choose at least one file.")
        return data


class EventReviewForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    date_precision = forms.ChoiceField(choices=DatePrecision.choices, label="Precision")
    date_text = forms.CharField(max_length=200, required=False, label="Date phrase")
    date_basis = forms.ChoiceField(
        choices=DateBasis.choices,
        label="Date basis",
        help_text="The report's day when the text gives no date: pages then say 'reported'.",
    )
    date_approximate = forms.BooleanField(
        required=False, label="About", help_text="The text hedges the date: pages say 'about May 2024'."
    )
    kind = forms.ChoiceField(choices=DealKind.choices)
    status = forms.ChoiceField(choices=EventStatus.choices)
    object_type = forms.ChoiceField(choices=ObjectType.choices, label="Object")
    object_label = forms.CharField(
        max_length=120, required=False, label="Object label", help_text="Short English: 'GPUs', 'Sakai plant'."
    )
    actor = forms.ModelChoiceField(queryset=Company.objects.all(), required=False)
    # Ticks for the parties already on the deal (a click never clears the others); new ones come by name below.
    counterparties = forms.ModelMultipleChoiceField(
        queryset=Company.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Untick a company to take it off the deal.",
    )
    add_party = forms.CharField(
        max_length=200,
        required=False,
        label="Add a company",
        widget=company_search_input(),
        help_text="Type its name or an alias; pick from the suggestions.",
    )
    add_party_new = forms.BooleanField(required=False, label="It is a new company")
    deal = forms.ChoiceField(label="Deal", help_text="Move the event to another deal, or to a new one.")
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args, deal_choices=(), parties=(), **kwargs):
        """`parties`: the deal's counterparties (company, role); each gets a role field, `role_<company id>`."""
        super().__init__(*args, **kwargs)
        self.fields["deal"].choices = [*deal_choices, ("new", "New deal")]
        self.party_companies = {}
        for company, role in parties:
            name = f"role_{company.pk}"
            self.party_companies[name] = company
            self.fields[name] = forms.ChoiceField(choices=COUNTERPARTY_ROLES, label=f"{company.name}: role")
            self.initial.setdefault(name, role)
        self.fields["counterparties"].widget.choices = [(company.pk, company.name) for company, _ in parties]

    def clean(self):
        data = super().clean()
        name = (data.get("add_party") or "").strip()
        if name and company_named(name=name) is None and not data.get("add_party_new"):
            self.add_error(
                "add_party", f"No company is called “{name}”: pick one from the list, or tick “It is a new company”."
            )
        return data

    def role_fields(self):
        """(bound role field, company) for each counterparty on the deal."""
        return [(self[name], company) for name, company in self.party_companies.items()]

    def main_fields(self):
        party = ("counterparties", "add_party", "add_party_new")
        return [f for f in self.visible_fields() if not f.name.startswith("role_") and f.name not in party]

    def has_changed_roles(self) -> bool:
        return any(name.startswith("role_") for name in self.changed_data)

    def roles(self) -> dict[int, str]:
        """Company id -> the role the editor chose, for the parties already on the deal."""
        return {
            int(name.removeprefix("role_")): value
            for name, value in self.cleaned_data.items()
            if name.startswith("role_")
        }


class TypedAmountField(forms.CharField):
    """A number as people write it ("6.5B", "¥100B", "6,5 Mrd"), shown back with thousands grouping.

    Cleans to a TypedAmount (value and the currency the text names, if any); the form takes the currency from it.
    """

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off", "size": 12})

    def prepare_value(self, value):
        return format_amount(value) if isinstance(value, (Decimal, int)) else value

    def to_python(self, value):
        value = super().to_python(value)
        if value in self.empty_values:
            return None
        try:
            return parse_amount(value)
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None

    def has_changed(self, initial, data):
        try:
            typed = self.to_python(data)
        except forms.ValidationError:
            return True
        before = None if initial in (None, "") else Decimal(initial)
        return before != (typed.value if typed else None)


class AmountForm(forms.ModelForm):
    low = TypedAmountField(label="Low")
    high = TypedAmountField(label="High", required=False)
    currency = forms.CharField(max_length=7, required=False, widget=forms.TextInput(attrs={"size": 7}))

    class Meta:
        model = Amount
        fields = ["role", "low", "high", "currency", "qualifier", "text"]
        widgets = {"text": forms.TextInput(attrs={"size": 14})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One figure shows in Low alone, so correcting it is one edit, not two that must agree.
        if self.instance.pk and self.instance.high == self.instance.low:
            self.initial["high"] = None
        # Each input is named by its column's header (the table has no label per cell).
        table = (self.prefix or "").rsplit("-", 1)[0]
        for name, field in self.fields.items():
            field.widget.attrs["aria-labelledby"] = f"{table}-h-{name}"

    def clean(self):
        data = super().clean()
        typed = [t for t in (data.get("low"), data.get("high")) if t is not None]
        if data.get("low") is not None:
            data["low"] = data["low"].value
            data["high"] = data["high"].value if data.get("high") is not None else data["low"]
        named = next((t.currency for t in typed if t.currency), None)
        currency = (data.get("currency") or "").strip().upper() or (named or "")
        if data.get("low") is not None and not currency:
            self.add_error("currency", "Give the currency (USD, JPY, EUR), or type it with the amount: ¥100B.")
        data["currency"] = currency
        return data


class BaseAmountFormSet(forms.BaseModelFormSet):
    """The amounts of one event as the page drew them: the event's amounts and `extra` empty rows.

    The counts in the management form come from the browser: a forged INITIAL_FORMS made existing amounts
    read as new ones (copied on save), a forged TOTAL_FORMS added rows the page never showed.
    """

    def initial_form_count(self):
        return len(self.get_queryset())

    def total_form_count(self):
        if self.is_bound:
            return self.initial_form_count() + self.extra
        return super().total_form_count()

    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:  # the Delete column's header names each row's box
            form.fields["DELETE"].widget.attrs["aria-labelledby"] = f"{self.prefix}-h-DELETE"


AmountFormSet = forms.modelformset_factory(Amount, form=AmountForm, formset=BaseAmountFormSet, extra=1, can_delete=True)


class SentenceSelect(forms.Widget):
    """A select of the article's sentences written in one pass: a long article has thousands of them, too many
    for a template per option."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.choices: list[tuple[str, str]] = []

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, {**(attrs or {}), "name": name})
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((key, mark_safe(" selected") if key == value else "", label) for key, label in self.choices),
        )
        return format_html("<select{}>{}</select>", flatatt(attrs), options)


class AddEventForm(forms.Form):
    sentence = forms.ChoiceField(
        widget=SentenceSelect, help_text="The sentence stating the move (or select it in the text)."
    )
    kind = forms.ChoiceField(choices=DealKind.choices)
    status = forms.ChoiceField(choices=EventStatus.choices, initial=EventStatus.ANNOUNCED)
    date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    date_precision = forms.ChoiceField(choices=DatePrecision.choices, label="Precision")
    actor = forms.ModelChoiceField(queryset=Company.objects.all(), required=False)
    counterparties = forms.ModelMultipleChoiceField(
        queryset=Company.objects.all(), required=False, widget=forms.MultipleHiddenInput
    )
    party_names = forms.CharField(
        max_length=500,
        required=False,
        label="Counterparties",
        widget=company_search_input(),
        help_text="Names or aliases, separated by semicolons; a name no company has is created, unverified.",
    )

    def party_list(self) -> list[str]:
        return [n.strip() for n in (self.cleaned_data.get("party_names") or "").split(";") if n.strip()]

    def __init__(self, *args, text: str = "", spans=(), **kwargs):
        """`spans`: the article's stored (start, end) sentence offsets into `text`."""
        super().__init__(*args, **kwargs)
        self.fields["sentence"].choices = [(f"{start}:{end}", _shorten(text[start:end])) for start, end in spans]

    def span(self) -> tuple[int, int]:
        start, end = self.cleaned_data["sentence"].split(":")
        return int(start), int(end)


def _shorten(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence[:110] + "…" if len(sentence) > 110 else sentence
