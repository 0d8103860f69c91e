from django.conf import settings
from django.db import models
from django.db.models import F, Prefetch, Q
from django.db.models.functions import Cast, Length, Substr, Upper
from django.db.models.lookups import Exact, In
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .articles import Article
from .choices import AmountRole, DateBasis, DatePrecision, EventStatus, Qualifier, ReviewState, choices_check
from .companies import Company
from .deals import Deal, DealParty

# Text order of the precisions happens to run finest first (day < month < quarter < year), so the
# chronological orderings below can sort on the column itself: see EventQuerySet.chronological.
# Written on the ISO text of the date rather than with date__day, which SQLite can only evaluate through a
# Python function that plain sqlite3 clients lack.
_ISO = Cast("date", models.CharField(max_length=10))
_DAY_IS_1 = Exact(Substr(_ISO, 9, 2), "01")
_ALIGNED_DATE = (
    Q(date_precision=DatePrecision.DAY)
    | (Q(date_precision=DatePrecision.MONTH) & _DAY_IS_1)
    | (Q(date_precision=DatePrecision.QUARTER) & _DAY_IS_1 & In(Substr(_ISO, 6, 2), ["01", "04", "07", "10"]))
    | (Q(date_precision=DatePrecision.YEAR) & _DAY_IS_1 & Exact(Substr(_ISO, 6, 2), "01"))
)


class EventQuerySet(models.QuerySet):
    def published(self):
        return self.filter(review_state=ReviewState.PUBLISHED)

    def drafts(self):
        return self.filter(review_state=ReviewState.DRAFT)

    def for_company(self, company: Company, *, include_units: bool = True):
        ids = company.family_ids() if include_units else [company.pk]
        return self.filter(deal__in=Deal.objects.filter(parties__company_id__in=ids).values("pk"))

    def chronological(self, *, newest_first: bool = True):
        """Order by period, then precision, so coarse dates never fall inside the wrong period.

        Dates are stored as the first day of their period. Oldest first: "2024" (Jan 1) comes before
        "Jan 2024", which comes before "1 Jan 2024" and every later day of 2024. Newest first is the exact
        reverse, so a year-only event closes its year and a month-only event closes its month.
        """
        if newest_first:
            return self.order_by("-date", "date_precision", "-pk")
        return self.order_by("date", "-date_precision", "pk")

    def with_details(self):
        """Everything the pages and the API print about an event, in a constant number of queries."""
        return self.select_related("deal").prefetch_related(
            "amounts",
            Prefetch("mentions", queryset=Mention.objects.select_related("article").order_by("article__published_on")),
            Prefetch("deal__parties", queryset=DealParty.objects.select_related("company")),
        )


class Event(models.Model):
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="events")
    date = models.DateField(help_text="First day of the period when the precision is coarser than a day.")
    date_precision = models.CharField(
        max_length=10,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text="How much of the date the source supports: 'in June' is a month, 'in 2019' a year.",
    )
    # NULL, not "", is what says "no phrase: the publication date stands in" everywhere it is read.
    date_text = models.CharField(  # noqa: DJ001
        max_length=200,
        null=True,
        blank=True,
        help_text="The phrase the date came from; empty means the publication date.",
    )
    date_basis = models.CharField(
        max_length=12,
        choices=DateBasis.choices,
        default=DateBasis.STATED,
        help_text="'publication' when the text gives no date and the report's day stands in: shown as 'reported'.",
    )
    date_approximate = models.BooleanField(
        default=False,
        db_default=False,  # rows written in SQL (bulk loads, restores) are exact unless they say otherwise
        help_text="The text hedges the date ('about ten months after'): shown as 'about May 2024'.",
    )
    status = models.CharField(max_length=20, choices=EventStatus.choices, default=EventStatus.ANNOUNCED)
    summary = models.TextField(blank=True)
    review_state = models.CharField(
        max_length=20, choices=ReviewState.choices, default=ReviewState.DRAFT, db_index=True
    )
    confidence = models.FloatField(
        default=0.5, help_text="The extractor's confidence, 0 to 1; drafts are reviewed lowest first."
    )
    edited_by_editor = models.BooleanField(
        default=False, help_text="Set once an editor changes the event: re-extraction never overwrites it."
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="reviewed_events"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1, help_text="Raised on every save; stale forms are refused.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    history = HistoricalRecords()

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["-date", "date_precision", "-pk"]
        indexes = [models.Index(fields=["review_state", "-date", "date_precision"], name="event_chronology_idx")]
        constraints = [
            models.CheckConstraint(
                condition=choices_check("date_precision", DatePrecision), name="event_precision_valid"
            ),
            models.CheckConstraint(condition=choices_check("status", EventStatus), name="event_status_valid"),
            models.CheckConstraint(condition=choices_check("date_basis", DateBasis), name="event_date_basis_valid"),
            models.CheckConstraint(
                condition=choices_check("review_state", ReviewState), name="event_review_state_valid"
            ),
            models.CheckConstraint(condition=Q(confidence__gte=0, confidence__lte=1), name="event_confidence_0_1"),
            models.CheckConstraint(condition=_ALIGNED_DATE, name="event_date_starts_its_period"),
        ]

    def __str__(self) -> str:
        try:
            deal = str(self.deal)
        except Deal.DoesNotExist:  # a history record of an event whose old deal a move or merge removed
            deal = f"deal #{self.deal_id} (removed)"
        return f"{deal} — {self.date_display}"

    def save(self, *args, **kwargs):
        if self.pk:
            self.version = (self.version or 0) + 1
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("deal-detail", kwargs={"pk": self.deal_id}) + f"#event-{self.pk}"

    @property
    def date_display(self) -> str:
        """The date at its precision: '13 Nov 2024', 'Jun 2024', 'Q3 2024', '2019'. Never an invented day."""
        if self.date_precision == DatePrecision.YEAR:
            return str(self.date.year)
        if self.date_precision == DatePrecision.QUARTER:
            return f"Q{(self.date.month - 1) // 3 + 1} {self.date.year}"
        if self.date_precision == DatePrecision.MONTH:
            return self.date.strftime("%b %Y")
        return f"{self.date.day} {self.date.strftime('%b %Y')}"


class Amount(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="amounts")
    role = models.CharField(max_length=20, choices=AmountRole.choices, default=AmountRole.VALUE)
    low = models.DecimalField(max_digits=24, decimal_places=4, help_text="Written in full: 25 billion is 25000000000.")
    high = models.DecimalField(
        max_digits=24, decimal_places=4, help_text="Equal to low unless the qualifier is 'range'."
    )
    currency = models.CharField(max_length=7, help_text="ISO 4217 code (USD, JPY, EUR) or PERCENT for a stake.")
    qualifier = models.CharField(max_length=10, choices=Qualifier.choices, default=Qualifier.EXACT)
    text = models.CharField(max_length=300, blank=True, help_text="The phrase as written in the article.")
    usd_low = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    usd_high = models.DecimalField(max_digits=24, decimal_places=2, null=True, blank=True)
    usd_rate = models.DecimalField(
        max_digits=24, decimal_places=12, null=True, blank=True, help_text="US dollars per one unit of the currency."
    )
    usd_rate_date = models.DateField(null=True, blank=True, help_text="The day of the ECB rate actually used.")
    history = HistoricalRecords()

    class Meta:
        ordering = ["event", "role", "pk"]
        constraints = [
            models.CheckConstraint(condition=choices_check("role", AmountRole), name="amount_role_valid"),
            models.CheckConstraint(condition=choices_check("qualifier", Qualifier), name="amount_qualifier_valid"),
            models.CheckConstraint(condition=Q(low__gte=0, low__lte=F("high")), name="amount_low_le_high"),
            models.CheckConstraint(
                condition=Q(qualifier=Qualifier.RANGE, low__lt=F("high"))
                | (~Q(qualifier=Qualifier.RANGE) & Q(low=F("high"))),
                name="amount_range_iff_low_lt_high",
            ),
            models.CheckConstraint(
                condition=Q(currency="PERCENT", role=AmountRole.STAKE_PERCENT, high__lte=100)
                | (
                    ~Q(currency="PERCENT")
                    & ~Q(role=AmountRole.STAKE_PERCENT)
                    & Q(currency=Upper("currency"))
                    & Exact(Length("currency"), 3)
                ),
                name="amount_currency_matches_role",
            ),
            models.CheckConstraint(
                condition=Q(usd_low__isnull=True, usd_high__isnull=True)
                | Q(usd_low__isnull=False, usd_high__isnull=False, usd_low__lte=F("usd_high")),
                name="amount_usd_low_le_high",
            ),
            models.CheckConstraint(condition=Q(usd_rate__isnull=True) | Q(usd_rate__gt=0), name="amount_rate_positive"),
        ]

    def __str__(self) -> str:
        return self.text or f"{self.low} {self.currency}"


class Mention(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="mentions")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="mentions")
    quote = models.TextField(help_text="The sentence stating the move, verbatim: article text from start to end.")
    start = models.PositiveIntegerField(help_text="Character offset of the quote in the article text.")
    end = models.PositiveIntegerField(help_text="Offset just past the quote; must lie inside the article.")
    # On the last kept quote of a move in an article: how many more of its sentences the import left out
    # (settings.IMPORT_MAX_QUOTES_PER_EVENT). Nullable so that adding it altered the table in place: SQLite
    # rebuilds a table for a NOT NULL column, which would drop migration 0002's offset triggers.
    more_in_article = models.PositiveIntegerField(
        null=True, blank=True, help_text="Sentences of the article stating the move beyond the quotes kept."
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "start"]
        constraints = [
            models.CheckConstraint(condition=Q(start__lt=F("end")), name="mention_start_before_end"),
            models.UniqueConstraint(fields=["event", "article", "start", "end"], name="mention_unique_span"),
        ]
        # The "offsets inside the article and quote equal to its text" rule spans two tables: a trigger
        # in migration 0002 enforces it on both PostgreSQL and SQLite.

    def __str__(self) -> str:
        return self.quote[:80]
