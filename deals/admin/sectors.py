from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from deals.models import CompanySector, DealParty, Sector
from deals.services.sectors import classify_deals


class CompanySectorInline(admin.TabularInline):
    """A company's sectors, on its change form: what the AI flag of its moves is decided from."""

    model = CompanySector
    extra = 1
    fields = ["sector"]
    verbose_name = "sector"
    verbose_name_plural = "sectors (saving decides the AI flag of its moves again, except editors' choices)"


def refiled(*, formsets) -> bool:
    """Whether the company's sectors inline changed anything."""
    return any(
        fs.model is CompanySector and (fs.new_objects or fs.changed_objects or fs.deleted_objects) for fs in formsets
    )


def classify_deals_of(*, company_ids) -> None:
    classify_deals(deal_ids=DealParty.objects.filter(company_id__in=company_ids).values("deal_id"))


@admin.register(Sector)
class SectorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "is_ai", "company_count"]
    list_filter = ["is_ai"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "is_ai" in form.changed_data:
            classify_deals_of(company_ids=CompanySector.objects.filter(sector=obj).values("company_id"))

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_company_count=Count("company_sectors", distinct=True))

    @admin.display(description="companies", ordering="_company_count")
    def company_count(self, obj):
        return obj._company_count
