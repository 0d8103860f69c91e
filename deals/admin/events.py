from django.contrib import admin
from django.db.models import Count, Min
from django.urls import reverse
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from deals.models import Amount, Event, Mention
from deals.services.editing import refresh_event_usd, refresh_usd, set_review_state

from . import actions
from .concurrency import VersionCheckedForm
from .event_history import related_changes
from .history_display import ReadableHistoryMixin


class AmountInline(admin.TabularInline):
    model = Amount
    extra = 0
    fields = [
        "role",
        "low",
        "high",
        "currency",
        "qualifier",
        "text",
        "usd_low",
        "usd_high",
        "usd_rate",
        "usd_rate_date",
    ]
    readonly_fields = ["usd_low", "usd_high", "usd_rate", "usd_rate_date"]


class EventMentionInline(admin.TabularInline):
    model = Mention
    fields = ["article", "quote", "start", "end"]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("article")


@admin.register(Event)
class EventAdmin(ReadableHistoryMixin, SimpleHistoryAdmin):
    actions = [actions.publish_events, actions.reject_events]
    form = VersionCheckedForm
    list_display = [
        "__str__",
        "date",
        "date_precision",
        "kind",
        "status",
        "review_state",
        "confidence",
        "source_count",
        "edited_by_editor",
        "review_link",
    ]
    list_filter = ["review_state", "status", "date_precision", "deal__kind", "edited_by_editor"]
    list_select_related = ["deal"]
    search_fields = ["summary", "date_text", "deal__headline", "mentions__quote", "deal__parties__company__name"]
    date_hierarchy = "date"
    autocomplete_fields = ["deal"]
    readonly_fields = ["confidence", "reviewed_by", "published_at", "version", "created_at", "updated_at"]
    inlines = [AmountInline, EventMentionInline]
    fieldsets = [
        (None, {"fields": ["deal", "status", "review_state", "summary", "seen_version"]}),
        ("Date", {"fields": ["date", "date_precision", "date_text", "date_basis", "date_approximate"]}),
        ("Provenance", {"fields": ["confidence", "edited_by_editor", *readonly_fields[1:]]}),
    ]

    object_history_template = "admin/deals/event/object_history.html"

    def history_view(self, request, object_id, extra_context=None):
        event = Event.objects.filter(pk=object_id).first() if str(object_id).isdigit() else None
        related = related_changes(event=event) if event is not None else []
        return super().history_view(request, object_id, extra_context={**(extra_context or {}), "related": related})

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_source_count=Count("mentions", distinct=True), _first_article=Min("mentions__article_id"))
        )

    @admin.display(description="kind", ordering="deal__kind")
    def kind(self, obj):
        return obj.deal.get_kind_display()

    @admin.display(description="sources", ordering="_source_count")
    def source_count(self, obj):
        return obj._source_count

    @admin.display(description="review")
    def review_link(self, obj):
        if obj._first_article is None:
            return "—"
        url = reverse("admin:deals_article_review", args=[obj._first_article])
        return format_html('<a href="{}#event-{}">Review</a>', url, obj.pk)

    def save_model(self, request, obj, form, change):
        if change and form.changed_data:
            obj.edited_by_editor = True
        if "review_state" in form.changed_data:
            set_review_state(event=obj, state=obj.review_state, user=request.user)
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        refresh_event_usd(event=form.instance, user=request.user)  # the date or the inline amounts may have changed


@admin.register(Amount)
class AmountAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "event", "role", "low", "high", "currency", "qualifier", "usd_low", "usd_high"]
    list_filter = ["role", "currency", "qualifier"]
    list_select_related = ["event__deal"]
    search_fields = ["text", "event__deal__headline"]
    raw_id_fields = ["event"]
    readonly_fields = ["usd_low", "usd_high", "usd_rate", "usd_rate_date"]

    def save_model(self, request, obj, form, change):
        refresh_usd(amount=obj, on=obj.event.date)
        super().save_model(request, obj, form, change)


@admin.register(Mention)
class MentionAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "event", "article", "start", "end"]
    list_select_related = ["event__deal", "article"]
    search_fields = ["quote", "article__title"]
    raw_id_fields = ["event", "article"]
    list_filter = ["article__language"]
    readonly_fields = ["more_in_article"]  # what the import left out of the article: the import's to say
