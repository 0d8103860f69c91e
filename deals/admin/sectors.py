from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from deals.models import CompanySector, Sector


class CompanySectorInline(admin.TabularInline):
    """A company's sectors, on its change form: what the AI flag of its moves is decided from."""

    model = CompanySector
    extra = 1
    fields = ["sector"]
    verbose_name = "sector"
    verbose_name_plural = "sectors (run `manage.py classify_deals` for moves already imported)"


@admin.register(Sector)
class SectorAdmin(SimpleHistoryAdmin):
    list_display = ["name", "slug", "is_ai", "company_count"]
    list_filter = ["is_ai"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_company_count=Count("company_sectors", distinct=True))

    @admin.display(description="companies", ordering="_company_count")
    def company_count(self, obj):
        return obj._company_count
