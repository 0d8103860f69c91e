from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from deals.models import Company, CompanyAlias

from . import actions
from .sectors import CompanySectorInline, classify_deals_of, refiled


class CompanyAliasInline(admin.TabularInline):
    model = CompanyAlias
    extra = 1
    fields = ["alias", "language", "normalized", "not_a_company"]
    readonly_fields = ["normalized"]


class UnitInline(admin.TabularInline):
    model = Company
    fk_name = "parent"
    fields = ["name", "kind", "is_tracked", "verified"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = True
    verbose_name = "unit or fund"
    verbose_name_plural = "units and funds"

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Company)
class CompanyAdmin(SimpleHistoryAdmin):
    actions = [actions.merge_companies]
    list_display = ["name", "kind", "parent", "country", "alias_count", "is_tracked", "verified"]
    list_filter = ["verified", "is_tracked", "kind", "sectors", "country"]
    list_select_related = ["parent"]
    list_editable = ["verified"]
    search_fields = ["name", "slug", "aliases__alias", "aliases__normalized"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["parent"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [CompanyAliasInline, CompanySectorInline, UnitInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "kind", "parent", "is_tracked", "verified"]}),
        ("About", {"fields": ["country", "website", "description"]}),
        ("Provenance", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if refiled(formsets=formsets):  # its moves' AI flags follow its sectors
            classify_deals_of(company_ids=[form.instance.pk])

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_alias_count=Count("aliases", distinct=True))

    @admin.display(description="aliases", ordering="_alias_count")
    def alias_count(self, obj):
        return obj._alias_count


@admin.register(CompanyAlias)
class CompanyAliasAdmin(SimpleHistoryAdmin):
    list_display = ["alias", "company", "language", "normalized", "not_a_company"]
    list_filter = ["language", "not_a_company"]
    list_select_related = ["company"]
    search_fields = ["alias", "normalized", "company__name"]
    autocomplete_fields = ["company"]
    readonly_fields = ["normalized"]
