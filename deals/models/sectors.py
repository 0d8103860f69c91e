from django.db import models
from simple_history.models import HistoricalRecords


class SectorManager(models.Manager):
    def get_by_natural_key(self, slug):
        return self.get(slug=slug)


class Sector(models.Model):
    """A sector companies are filed under (fixtures/sectors.yaml holds the vocabulary)."""

    slug = models.SlugField(max_length=50, unique=True, help_text="Used in page and API addresses; ASCII only.")
    name = models.CharField(max_length=100, unique=True)
    description = models.TextField(blank=True, help_text="What belongs here, and what does not.")
    is_ai = models.BooleanField(
        default=False, help_text="A move with a company of this sector is an AI move (unless an editor says not)."
    )
    history = HistoricalRecords()

    objects = SectorManager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def natural_key(self):
        return (self.slug,)


class CompanySector(models.Model):
    company = models.ForeignKey("deals.Company", on_delete=models.CASCADE, related_name="company_sectors")
    sector = models.ForeignKey(Sector, on_delete=models.PROTECT, related_name="company_sectors")
    history = HistoricalRecords()

    class Meta:
        ordering = ["company__name", "sector__name"]
        constraints = [models.UniqueConstraint(fields=["company", "sector"], name="company_sector_unique")]

    def __str__(self) -> str:
        return f"{self.company} in {self.sector}"
