from django.contrib import admin
from django.db.models import Count, Max, Min
from django.urls import path
from simple_history.admin import SimpleHistoryAdmin

from deals.models import Deal, DealParty, Event
from deals.services.amount_text import format_amount

from . import actions
from .deal_merge import merge_preview_view, merge_undo_view


class DealPartyInline(admin.TabularInline):
    model = DealParty
    extra = 1
    autocomplete_fields = ["company"]


class EventInline(admin.TabularInline):
    model = Event
    fields = ["date", "date_precision", "date_text", "date_basis", "status", "review_state", "confidence"]
    readonly_fields = ["confidence"]
    extra = 0
    show_change_link = True
    ordering = ["date"]


@admin.register(Deal)
class DealAdmin(SimpleHistoryAdmin):
    actions = [actions.merge_deals]
    list_display = [
        "__str__",
        "kind",
        "object_type",
        "object_label",
        "party_names",
        "first_date",
        "last_date",
        "largest_usd",
        "event_count",
        "updated_at",
    ]
    list_filter = ["kind", "object_type", "events__review_state"]
    search_fields = ["headline", "summary", "parties__company__name", "parties__company__aliases__alias"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [DealPartyInline, EventInline]
    object_history_template = "admin/deals/deal/object_history.html"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("merge/", wrap(lambda request: merge_preview_view(request, self)), name="deals_deal_merge"),
            path(
                "merge/<int:pk>/undo/",
                wrap(lambda request, pk: merge_undo_view(request, self, pk)),
                name="deals_deal_merge_undo",
            ),
            *super().get_urls(),
        ]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                _event_count=Count("events", distinct=True),
                _first=Min("events__date"),
                _last=Max("events__date"),
                _usd=Max("events__amounts__usd_high"),
            )
            .prefetch_related("parties__company")
        )

    @admin.display(description="events", ordering="_event_count")
    def event_count(self, obj):
        return obj._event_count

    @admin.display(description="first event", ordering="_first")
    def first_date(self, obj):
        return obj._first

    @admin.display(description="last event", ordering="_last")
    def last_date(self, obj):
        return obj._last

    @admin.display(description="largest (USD)", ordering="_usd")
    def largest_usd(self, obj):
        return "—" if obj._usd is None else f"${format_amount(obj._usd)}"

    @admin.display(description="parties")
    def party_names(self, obj):
        return ", ".join(f"{p.company.name} ({p.role})" for p in obj.parties.all())


@admin.register(DealParty)
class DealPartyAdmin(SimpleHistoryAdmin):
    list_display = ["deal", "company", "role"]
    list_filter = ["role"]
    list_select_related = ["deal", "company"]
    search_fields = ["company__name", "deal__headline"]
    autocomplete_fields = ["company", "deal"]
