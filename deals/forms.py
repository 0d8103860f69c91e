"""The chronology's filter form: plain GET parameters, so every filtered view is a link that can be shared."""

import re
from decimal import Decimal

from django import forms

from deals.models import DealKind, EventStatus
from deals.selectors import EventFilters
from deals.widgets import FAST_SELECT_RENDERER

MIN_USD_CHOICES = [
    ("", "Any amount"),
    ("100000000", "$100M or more"),
    ("1000000000", "$1B or more"),
    ("10000000000", "$10B or more"),
    ("100000000000", "$100B or more"),
]
ALL_MOVES = "all"  # ?scope=all: every move, not only the AI ones
ORDER_CHOICES = [("newest", "Newest first"), ("oldest", "Oldest first")]
YEAR_MIN, YEAR_MAX = 1950, 2100


class EventFilterForm(forms.Form):
    default_renderer = FAST_SELECT_RENDERER  # its menus, the counterparties above all, written in Python
    q = forms.CharField(label="Search", required=False, max_length=200, strip=True)
    kind = forms.ChoiceField(label="Kind", required=False, choices=[("", "Any kind"), *DealKind.choices])
    status = forms.ChoiceField(label="Status", required=False, choices=[("", "Any status"), *EventStatus.choices])
    year_from = forms.IntegerField(label="From year", required=False, min_value=YEAR_MIN, max_value=YEAR_MAX)
    year_to = forms.IntegerField(label="To year", required=False, min_value=YEAR_MIN, max_value=YEAR_MAX)
    counterparty = forms.ChoiceField(label="Counterparty", required=False)
    sector = forms.ChoiceField(label="Sector", required=False)
    # Any whole number of dollars is accepted so hand-written links work; the menu offers round steps.
    min_usd = forms.DecimalField(
        label="Minimum amount (USD)",
        required=False,
        min_value=0,
        max_digits=18,
        decimal_places=0,
        widget=forms.Select(choices=MIN_USD_CHOICES),
    )
    order = forms.ChoiceField(label="Order", required=False, choices=ORDER_CHOICES)

    def __init__(
        self, *args, counterparties: list[tuple[str, str]] = (), sectors: list[tuple[str, str]] = (), **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.fields["counterparty"].choices = [("", "Any counterparty"), *counterparties]
        self.fields["sector"].choices = [("", "Any sector"), *sectors]
        for name in ("year_from", "year_to"):
            self.fields[name].widget.attrs.update({"inputmode": "numeric", "placeholder": "e.g. 2019"})
        # The input's own type, not an attribute beside it: a second type="..." is ignored by browsers.
        self.fields["q"].widget.input_type = "search"
        self.fields["q"].widget.attrs.update({"placeholder": "OpenAI, Nvidia, data centre…"})

    def clean(self):
        data = super().clean()
        low, high = data.get("year_from"), data.get("year_to")
        if low and high and low > high:
            data["year_from"], data["year_to"] = high, low
        return data

    def filters(self) -> EventFilters:
        """The valid part of the request: a wrong field is ignored rather than emptying the page."""
        data = self.cleaned_data if self.is_bound and hasattr(self, "cleaned_data") else {}
        min_usd = data.get("min_usd")
        return EventFilters(
            kind=data.get("kind") or "",
            status=data.get("status") or "",
            year_from=data.get("year_from"),
            year_to=data.get("year_to"),
            counterparty=data.get("counterparty") or "",
            min_usd=Decimal(min_usd) if min_usd is not None else None,
            q=data.get("q") or "",
            sector=data.get("sector") or "",
            ai_only=self.ai_only,
        )

    @property
    def ai_only(self) -> bool:
        """The AI moves unless the reader switched to all of them (`scope=all`)."""
        return (self.data.get("scope") if self.is_bound else None) != ALL_MOVES

    @property
    def newest_first(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return data.get("order") != "oldest"


def scope_filters(query) -> EventFilters:
    """The AI switch and the sector of a page that has no filter form (a company's page, the feed)."""
    sector = query.get("sector", "")
    return EventFilters(
        ai_only=query.get("scope") != ALL_MOVES, sector=sector if re.fullmatch(r"[-a-z0-9]{1,50}", sector) else ""
    )
