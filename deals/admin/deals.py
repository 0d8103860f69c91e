from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Min
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from simple_history.admin import SimpleHistoryAdmin

from deals.models import Deal, DealParty, Event
from deals.services import sectors
from deals.services.amount_text import format_amount

from . import actions
from .deal_merge import merge_preview_view, merge_undo_view


class DealPartyInline(admin.TabularInline):
    model = DealParty
    extra = 1
    autocomplete_fields = ["company"]


class EventInline(admin.TabularInline):
    model = Event
    fields = [
        "date",
        "date_precision",
        "date_text",
        "date_basis",
        "date_approximate",
        "status",
        "review_state",
        "confidence",
    ]
    readonly_fields = ["confidence"]
    extra = 0
    show_change_link = True
    ordering = ["date"]


@admin.register(Deal)
class DealAdmin(SimpleHistoryAdmin):
    actions = [actions.merge_deals, actions.mark_ai, actions.mark_not_ai, actions.release_ai]
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
        "is_ai",
        "updated_at",
    ]
    list_filter = ["kind", "object_type", "events__review_state", "is_ai", "ai_set_by_editor"]
    search_fields = ["headline", "summary", "parties__company__name", "parties__company__aliases__alias"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [DealPartyInline, EventInline]
    object_history_template = "admin/deals/deal/object_history.html"

    def get_urls(self):
        wrap = self.admin_site.admin_view
        flag = wrap(require_POST(self.ai_flag_view))
        return [
            path("<int:pk>/ai-flag/", flag, name="deals_deal_ai_flag"),
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

    def ai_flag_view(self, request, pk: int):
        """The review page's one-click AI flag: an editor's decision, like the change form's checkbox."""
        deal = get_object_or_404(Deal, pk=pk)
        if not self.has_change_permission(request, deal):
            raise PermissionDenied
        is_ai = request.POST.get("is_ai") == "true"
        sectors.set_ai_flag(deal=deal, is_ai=is_ai, user=request.user)
        messages.success(request, f"“{deal}” is {'now' if is_ai else 'no longer'} an AI move; imports keep this.")
        back = request.POST.get("next", "")
        if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            return redirect(back)
        return redirect(reverse("admin:deals_deal_change", args=[deal.pk]))

    def save_model(self, request, obj, form, change):
        """Ticking or unticking "AI move" is an editor's decision that imports keep; unticking "set by an editor"
        hands the flag back to the rule."""
        changed = set(form.changed_data)
        if "is_ai" in changed or ("ai_set_by_editor" in changed and obj.ai_set_by_editor):
            reason = obj.ai_reason if "ai_reason" in changed else ""
            sectors.set_ai_flag(deal=obj, is_ai=obj.is_ai, reason=reason, user=request.user)
        elif "ai_set_by_editor" in changed:
            sectors.release_ai_flag(deal=obj, user=request.user)
        else:
            super().save_model(request, obj, form, change)

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
