from django.contrib import admin
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.html import format_html

from deals.models import ImportBatch, ImportItem


class ImportItemInline(admin.TabularInline):
    model = ImportItem
    fields = [
        "file_name",
        "status",
        "attempts",
        "message",
        "review",
        "events_created",
        "events_attached",
        "updated_at",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")

    @admin.display(description="article")
    def review(self, obj):
        if obj.article_id is None:
            return "—"
        url = reverse("admin:deals_article_review", args=[obj.article_id])
        return format_html('<a href="{}">Review: {}</a>', url, obj.article)


@admin.register(ImportBatch)
class ImportBatchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "source", "created_by", "created_at", "progress", "failed"]
    list_filter = ["source", "created_at"]
    list_select_related = ["created_by"]
    readonly_fields = ["label", "source", "publish", "created_by", "created_at"]
    inlines = [ImportItemInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                _total=Count("items"),
                _finished=Count("items", filter=Q(items__status__in=["done", "failed"])),
                _failed=Count("items", filter=Q(items__status="failed")),
            )
        )

    def has_add_permission(self, request):
        return False  # batches start from the import page or `import_articles --background`

    @admin.display(description="progress")
    def progress(self, obj):
        return f"{obj._finished} of {obj._total} finished"

    @admin.display(description="failed", ordering="_failed")
    def failed(self, obj):
        return obj._failed
