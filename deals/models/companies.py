from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models.functions import Length
from django.db.models.lookups import GreaterThan
from django.urls import reverse
from simple_history.models import HistoricalRecords

from deals.extraction.normalize import normalize_alias

from .choices import CompanyKind, choices_check


class CompanyQuerySet(models.QuerySet):
    def tracked(self):
        return self.filter(is_tracked=True)

    def with_units(self, company: "Company"):
        """The company and every unit below it (units of units included)."""
        return self.filter(pk__in=company.family_ids())


class CompanyManager(models.Manager.from_queryset(CompanyQuerySet)):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Company(models.Model):
    name = models.CharField(max_length=200, unique=True, help_text="Canonical English name, as readers see it.")
    slug = models.SlugField(max_length=200, unique=True, help_text="Used in page and API addresses; ASCII only.")
    kind = models.CharField(max_length=20, choices=CompanyKind.choices, default=CompanyKind.COMPANY)
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="units",
        help_text="The group this unit or fund belongs to; a tracked company's chronology includes its units.",
    )
    country = models.CharField(max_length=2, blank=True, help_text="ISO 3166 two-letter code, e.g. JP.")
    website = models.URLField(blank=True)
    description = models.TextField(blank=True)
    is_tracked = models.BooleanField(default=False, help_text="Its moves form the home page's chronology.")
    sectors = models.ManyToManyField(
        "deals.Sector",
        through="deals.CompanySector",
        related_name="companies",
        blank=True,
        help_text="What the company does; none for a company first met in an article until an editor files it.",
    )
    verified = models.BooleanField(
        default=False, help_text="Unticked for companies first met in an article: check the name, then tick."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    version = models.PositiveIntegerField(default=1, help_text="Raised on every save; stale API writes are refused.")
    history = HistoricalRecords()

    objects = CompanyManager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "companies"
        constraints = [
            models.CheckConstraint(condition=choices_check("kind", CompanyKind), name="company_kind_valid"),
            models.CheckConstraint(condition=~models.Q(parent=models.F("pk")), name="company_not_own_parent"),
            models.CheckConstraint(condition=GreaterThan(Length("name"), 0), name="company_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        if self.pk:
            self.version = (self.version or 0) + 1
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("company-detail", kwargs={"slug": self.slug})

    def natural_key(self):
        return (self.slug,)

    def family_ids(self) -> list[int]:
        """Own id plus the ids of all units below, found breadth-first (one query per level), each level in
        name order.

        The queries are written here rather than built by the ORM: every list page, feed and API filter of a
        company asks for its family, and building and compiling three or four querysets cost several times
        their SQL (a tenth of the home page's Python on the seeds)."""
        quote = connection.ops.quote_name
        meta = Company._meta
        table, pk, parent, name = (
            quote(meta.db_table),
            quote(meta.pk.column),
            quote(meta.get_field("parent").column),
            quote(meta.get_field("name").column),
        )
        ids, frontier = [self.pk], [self.pk]
        with connection.cursor() as cursor:
            while frontier:
                cursor.execute(
                    f"SELECT {pk} FROM {table} WHERE {parent} IN ({', '.join(['%s'] * len(frontier))})"
                    f" AND NOT {pk} IN ({', '.join(['%s'] * len(ids))}) ORDER BY {name}",
                    [*frontier, *ids],
                )
                frontier = [row[0] for row in cursor.fetchall()]
                ids.extend(frontier)
        return ids


class CompanyAlias(models.Model):
    company = models.ForeignKey(Company, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=200, help_text="A spelling used in the news, in any script.")
    language = models.CharField(
        max_length=10, blank=True, help_text="en, fr, ar, ja, zh-hans, zh-hant, ko, de, es; blank if any."
    )
    normalized = models.CharField(
        max_length=200,
        unique=True,
        editable=False,
        help_text="Matching key (case, width, Arabic variants folded). Two companies cannot share a spelling.",
    )
    not_a_company = models.BooleanField(
        default=False,
        help_text="This spelling names a place, an outlet or a word, not a company: extraction skips it.",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["company__name", "alias"]
        verbose_name_plural = "company aliases"
        constraints = [
            models.CheckConstraint(condition=GreaterThan(Length("normalized"), 0), name="alias_normalized_not_empty"),
        ]

    def __str__(self) -> str:
        return self.alias

    def save(self, *args, **kwargs):
        self.normalized = normalize_alias(self.alias)
        super().save(*args, **kwargs)

    def clean(self):
        self.normalized = normalize_alias(self.alias)
        if not self.normalized:
            raise ValidationError({"alias": "An alias needs at least one letter or digit."})
        clash = CompanyAlias.objects.filter(normalized=self.normalized).exclude(pk=self.pk).select_related("company")
        if clash:
            raise ValidationError({"alias": f"This spelling already belongs to {clash[0].company}."})
