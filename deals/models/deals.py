from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .choices import DealKind, ObjectType, PartyRole, choices_check
from .companies import Company


class DealQuerySet(models.QuerySet):
    def published(self):
        return self.filter(events__review_state="published").distinct()

    def for_company(self, company: Company, *, include_units: bool = True):
        ids = company.family_ids() if include_units else [company.pk]
        return self.filter(parties__company_id__in=ids).distinct()


class Deal(models.Model):
    kind = models.CharField(max_length=20, choices=DealKind.choices, default=DealKind.OTHER)
    object_type = models.CharField(
        max_length=20,
        choices=ObjectType.choices,
        default=ObjectType.OTHER,
        help_text="What changes hands or is created: the company, a stake, a unit, an asset, goods...",
    )
    object_label = models.CharField(
        max_length=120, blank=True, help_text="A short English label for the object: 'Sakai plant', 'GPUs', 'stake'."
    )
    # Database defaults too, so rows written by raw SQL (bulk loads, benchmarks) need not name these columns.
    is_ai = models.BooleanField(
        "AI move",
        default=False,
        db_default=False,
        help_text="Part of the AI chronology: set from the parties' sectors, the object or the sources' words.",
    )
    ai_reason = models.CharField(
        "why",
        max_length=300,
        blank=True,
        default="",
        db_default="",
        help_text="What decided the AI flag, e.g. 'OpenAI is in AI models'.",
    )
    ai_set_by_editor = models.BooleanField(
        "AI flag set by an editor",
        default=False,
        db_default=False,
        help_text="Ticked when an editor chose the AI flag: imports then leave it alone.",
    )
    headline = models.CharField(max_length=300, blank=True, help_text="Leave blank to generate it from the parties.")
    summary = models.TextField(blank=True)
    companies = models.ManyToManyField(Company, through="DealParty", related_name="deals")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    objects = DealQuerySet.as_manager()

    class Meta:
        ordering = ["-pk"]
        constraints = [
            models.CheckConstraint(condition=choices_check("kind", DealKind), name="deal_kind_valid"),
            models.CheckConstraint(condition=choices_check("object_type", ObjectType), name="deal_object_type_valid"),
        ]

    def __str__(self) -> str:
        return self.headline or f"{self.get_kind_display()} #{self.pk}"

    def get_absolute_url(self) -> str:
        return reverse("deal-detail", kwargs={"pk": self.pk})


class DealParty(models.Model):
    deal = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="parties")
    company = models.ForeignKey(Company, on_delete=models.PROTECT, related_name="deal_parties")
    role = models.CharField(max_length=20, choices=PartyRole.choices)
    history = HistoricalRecords()

    class Meta:
        ordering = ["deal", "role", "company__name"]
        verbose_name_plural = "deal parties"
        constraints = [
            models.UniqueConstraint(fields=["deal", "company", "role"], name="party_unique_role_per_deal"),
            models.CheckConstraint(condition=choices_check("role", PartyRole), name="party_role_valid"),
        ]

    def __str__(self) -> str:
        return f"{self.company} ({self.get_role_display()})"
