"""Query-string filters for the API (django-filter), shared by the JSON lists and the exports.

Dates are precision-aware with *overlap* semantics: an event stands for the period its precision names
(a month-precision event dated 2024-06-01 covers 1-30 June 2024), and it is inside [date_from, date_to]
when that period overlaps the range. So `date_from=2024-06-15` keeps a "June 2024" event and
`date_to=2024-06-15` keeps it too; `date_from=2024-07-01` does not. A year-precision event of 2024 is
inside any range touching 2024. Dates are stored as the first day of their period, which turns the
overlap into plain comparisons on the date column (see `overlapping`).

A company, counterparty or sector slug that names none gives an empty list, not an error: the slug is
well-formed, nothing matches it. A malformed value (not a slug, not a date, an unknown kind) is a 400.
"""

import datetime as dt

import django_filters as df
from django import forms
from django.db.models import Exists, OuterRef, Q

from deals.extraction.periods import period_start
from deals.models import (
    Amount,
    AmountRole,
    Article,
    Company,
    CompanySector,
    DatePrecision,
    Deal,
    DealKind,
    DealParty,
    Event,
    EventStatus,
    Mention,
    ReviewState,
)
from deals.models.choices import CompanyKind
from deals.scope import deals_in_sectors
from deals.selectors import search_events
from deals.services.companies import company_named

from .filter_fields import (
    CompanyRefFilter,
    LanguageFilter,
    SlugFilter,
    SlugsFilter,
    StrictBooleanFilter,
    StrictFilterSet,
    TextFilter,
    TypedFilterMixin,
    UpdatedSinceFilter,
    UsdFilter,
)
from .permissions import visible_events

SECTOR_HELP = (
    "Sector slug (ai-models, ai-compute, ai-data-centres, robotics, telecom, internet, mobility, real-estate, "
    "financial-services, other): {what} with a party filed under it; repeat for several (any of them)."
)
ORDERING_CHOICES = [("date", "Oldest first"), ("-date", "Newest first")]


def company_family(slug: str, *, include_units: bool) -> list[int]:
    """Ids of the company with that slug, name or alias (and its units); empty when none matches."""
    company = company_named(name=slug)
    if company is None:
        return []
    return company.family_ids() if include_units else [company.pk]


def deals_with_party(company_ids: list[int]):
    return DealParty.objects.filter(company_id__in=company_ids).values("deal_id")


def _any_precision(build) -> Q:
    condition = Q(pk__in=[])
    for precision in DatePrecision.values:
        condition |= build(precision)
    return condition


def overlapping(*, date_from: dt.date | None, date_to: dt.date | None, prefix: str = "") -> Q:
    """Events (or rows reaching events through `prefix`) whose period overlaps [date_from, date_to]."""
    condition = Q()
    if date_from is not None:
        condition &= _any_precision(
            lambda p: Q(
                **{
                    f"{prefix}date_precision": p,
                    f"{prefix}date__gte": period_start(date_from, p),
                }
            )
        )
    if date_to is not None:
        # The period starts on the stored date, so it begins on or before date_to exactly when the date does.
        condition &= Q(**{f"{prefix}date__lte": date_to})
    return condition


class FamilyFiltersMixin:
    """`company` (with its units unless include_units=false) and `counterparty`, read together; `sector` and `ai`."""

    def filter_sector(self, queryset, name, value):
        deal_field = "deal_id" if queryset.model is Event else "pk"
        return queryset.filter(**{f"{deal_field}__in": deals_in_sectors(list(value))}) if value else queryset

    def filter_ai(self, queryset, name, value):
        return queryset.filter(**{"deal__is_ai" if queryset.model is Event else "is_ai": value})

    def filter_company(self, queryset, name, value):
        return queryset  # applied in filter_queryset, where include_units is known

    def family_condition(self, deal_field: str):
        data = self.form.cleaned_data
        condition = Q()
        slug = data.get("company")
        if slug:
            include = data.get("include_units")
            ids = company_family(slug, include_units=include is not False)
            condition &= Q(**{f"{deal_field}__in": deals_with_party(ids)})
        other = data.get("counterparty")
        if other:
            condition &= Q(**{f"{deal_field}__in": deals_with_party(company_family(other, include_units=True))})
        return condition


class EventFilter(FamilyFiltersMixin, StrictFilterSet):
    company = CompanyRefFilter(
        method="filter_company",
        help_text="Company slug, name or alias: events of this company and, unless include_units=false, of its units.",
    )
    include_units = StrictBooleanFilter(
        method="filter_company",
        help_text="With `company`: include the company's units and funds (default true).",
    )
    counterparty = CompanyRefFilter(
        method="filter_company",
        help_text="Company slug, name or alias of another party to the deal (units included).",
    )
    sector = SlugsFilter(method="filter_sector", help_text=SECTOR_HELP.format(what="events of deals"))
    ai = StrictBooleanFilter(
        method="filter_ai",
        help_text="true: only the events of AI moves (the `is_ai` of their deal); false: only the others. Absent: all.",
    )
    kind = df.MultipleChoiceFilter(
        field_name="deal__kind",
        choices=DealKind.choices,
        help_text="Deal kind; repeat for several.",
    )
    status = df.MultipleChoiceFilter(choices=EventStatus.choices, help_text="Event status; repeat for several.")
    review_state = df.MultipleChoiceFilter(
        choices=ReviewState.choices,
        help_text="Editors only (anonymous clients only ever see published events).",
    )
    date_from = df.DateFilter(
        method="filter_dates",
        help_text="Events whose period (day, month, quarter or year, per precision) ends on or after this day.",
    )
    date_to = df.DateFilter(
        method="filter_dates",
        help_text="Events whose period starts on or before this day.",
    )
    min_usd = UsdFilter(
        method="filter_usd",
        help_text="Events with a value amount whose US-dollar figure reaches at least this.",
    )
    max_usd = UsdFilter(
        method="filter_usd",
        help_text="Events with a value amount of at most this many US dollars.",
    )
    q = TextFilter(
        method="filter_q",
        help_text="Words in the summary, quotes, deal headline or party names.",
    )
    updated_since = UpdatedSinceFilter(
        field_name="updated_at",
        lookup_expr="gte",
        help_text="Events changed at or after this time (ISO 8601).",
    )
    ordering = df.ChoiceFilter(
        choices=ORDERING_CHOICES,
        method="filter_ordering",
        help_text="`-date` newest first (default) or `date`.",
    )

    class Meta:
        model = Event
        fields = []

    def filter_dates(self, queryset, name, value):
        return queryset

    def filter_usd(self, queryset, name, value):
        return queryset

    def filter_q(self, queryset, name, value):
        return search_events(queryset=queryset, text=value)

    def filter_ordering(self, queryset, name, value):
        return queryset

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        queryset = queryset.filter(self.family_condition("deal_id"))
        queryset = queryset.filter(overlapping(date_from=data.get("date_from"), date_to=data.get("date_to")))
        low, high = data.get("min_usd"), data.get("max_usd")
        if low is not None or high is not None:
            # One amount must satisfy both bounds; its [usd_low, usd_high] overlaps [min_usd, max_usd].
            amounts = Amount.objects.filter(event=OuterRef("pk"), role=AmountRole.VALUE, usd_low__isnull=False)
            if low is not None:
                amounts = amounts.filter(usd_high__gte=low)
            if high is not None:
                amounts = amounts.filter(usd_low__lte=high)
            queryset = queryset.filter(Exists(amounts))
        return queryset.chronological(newest_first=data.get("ordering") != "date")


class DealFilter(FamilyFiltersMixin, StrictFilterSet):
    company = CompanyRefFilter(
        method="filter_company",
        help_text="Company slug, name or alias: deals of this company (and its units).",
    )
    include_units = StrictBooleanFilter(
        method="filter_company",
        help_text="With `company`: include units (default true).",
    )
    counterparty = CompanyRefFilter(
        method="filter_company", help_text="Company slug, name or alias of another party to the deal."
    )
    sector = SlugsFilter(method="filter_sector", help_text=SECTOR_HELP.format(what="deals"))
    ai = StrictBooleanFilter(
        method="filter_ai",
        help_text="true: only AI moves (`is_ai`); false: only the others. Absent: all.",
    )
    kind = df.MultipleChoiceFilter(choices=DealKind.choices, help_text="Deal kind; repeat for several.")
    status = df.MultipleChoiceFilter(
        choices=EventStatus.choices,
        method="filter_status",
        help_text="Deals with an event at this status.",
    )
    date_from = df.DateFilter(
        method="filter_dates",
        help_text="Deals with an event whose period ends on or after this day.",
    )
    date_to = df.DateFilter(
        method="filter_dates",
        help_text="Deals with an event whose period starts on or before this day.",
    )
    q = TextFilter(
        method="filter_q",
        help_text="Words in the headline, summary, event texts or party names.",
    )
    updated_since = UpdatedSinceFilter(method="filter_updated", help_text="Deals or their events changed since then.")
    ordering = df.ChoiceFilter(
        choices=ORDERING_CHOICES,
        method="filter_ordering",
        help_text="By the latest event's date; `-date` (default) or `date`.",
    )

    class Meta:
        model = Deal
        fields = []

    def filter_status(self, queryset, name, value):
        return queryset.filter(pk__in=self.visible_events().filter(status__in=value).values("deal_id"))

    def filter_dates(self, queryset, name, value):
        return queryset

    def filter_q(self, queryset, name, value):
        matching = search_events(queryset=self.visible_events(), text=value)
        return queryset.filter(Q(pk__in=matching.values("deal_id")) | Q(summary__icontains=value))

    def filter_updated(self, queryset, name, value):
        changed = self.visible_events().filter(updated_at__gte=value)
        return queryset.filter(Q(updated_at__gte=value) | Q(pk__in=changed.values("deal_id")))

    def filter_ordering(self, queryset, name, value):
        return queryset

    def visible_events(self):
        return visible_events(self.request)

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        queryset = queryset.filter(self.family_condition("pk"))
        if data.get("date_from") or data.get("date_to"):
            events = self.visible_events().filter(
                overlapping(date_from=data.get("date_from"), date_to=data.get("date_to"))
            )
            queryset = queryset.filter(pk__in=events.values("deal_id"))
        if data.get("ordering") == "date":
            return queryset.order_by("latest_date", "pk")
        return queryset.order_by("-latest_date", "-pk")


class CompanyFilter(StrictFilterSet):
    q = TextFilter(method="filter_q", help_text="Part of the name or of any alias, in any script.")
    kind = df.MultipleChoiceFilter(choices=CompanyKind.choices, help_text="Company kind; repeat for several.")
    parent = SlugFilter(
        field_name="parent__slug",
        help_text="Slug of the parent group: its direct units.",
    )
    sector = SlugsFilter(
        method="filter_sector",
        help_text="Sector slug: companies filed under it; repeat for several (any of them).",
    )
    is_tracked = StrictBooleanFilter(field_name="is_tracked", help_text="Only tracked (or untracked) companies.")
    verified = StrictBooleanFilter(field_name="verified", help_text="Only verified (or unverified) companies.")
    updated_since = UpdatedSinceFilter(field_name="updated_at", lookup_expr="gte", help_text="Changed since then.")

    class Meta:
        model = Company
        fields = []

    def filter_q(self, queryset, name, value):
        return queryset.filter(
            Q(name__icontains=value) | Q(pk__in=Company.objects.filter(aliases__alias__icontains=value).values("pk"))
        )

    def filter_sector(self, queryset, name, value):
        return queryset.filter(pk__in=CompanySector.objects.filter(sector__slug__in=value).values("company_id"))


class ArticleFilter(StrictFilterSet):
    company = CompanyRefFilter(
        method="filter_company",
        help_text="Company slug, name or alias: articles with a source quote about this company (and its units).",
    )
    language = LanguageFilter(help_text="ISO 639-1 code, e.g. en, fr, ar, ja.")
    date_from = df.DateFilter(
        field_name="published_on",
        lookup_expr="gte",
        help_text="Published on or after this day.",
    )
    date_to = df.DateFilter(
        field_name="published_on",
        lookup_expr="lte",
        help_text="Published on or before this day.",
    )
    q = TextFilter(method="filter_q", help_text="Part of the title or outlet.")
    updated_since = UpdatedSinceFilter(field_name="updated_at", lookup_expr="gte", help_text="Changed since then.")
    ordering = df.ChoiceFilter(
        choices=ORDERING_CHOICES,
        method="filter_ordering",
        help_text="By publication date; `-date` (default) or `date`.",
    )

    class Meta:
        model = Article
        fields = []

    def filter_company(self, queryset, name, value):
        deals = deals_with_party(company_family(value, include_units=True))
        return queryset.filter(pk__in=Mention.objects.filter(event__deal_id__in=deals).values("article_id"))

    def filter_q(self, queryset, name, value):
        return queryset.filter(Q(title__icontains=value) | Q(outlet__icontains=value))

    def filter_ordering(self, queryset, name, value):
        if value == "date":
            return queryset.order_by("published_on", "pk")
        return queryset.order_by("-published_on", "-pk")


ID_MAX = 2**63 - 1


class IdFilter(TypedFilterMixin, df.NumberFilter):
    field_class = forms.IntegerField
    schema = {"type": "integer", "minimum": 1, "maximum": ID_MAX}

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", ID_MAX)
        super().__init__(*args, **kwargs)


class AmountFilter(StrictFilterSet):
    event = IdFilter(field_name="event_id", help_text="Id of the event the amounts belong to.")

    class Meta:
        model = Amount
        fields = []
