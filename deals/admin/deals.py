from django.contrib import admin
from django.db.models import Count
from simple_history.admin import SimpleHistoryAdmin

from deals.models import Deal, DealParty, Event
from deals.services import sectors

from . import actions


class DealPartyInline(admin.TabularInline):
    model = DealParty
    extra = 1
    autocomplete_fields = ["company"]


class EventInline(admin.TabularInline):
    model = Event
    fields = ["date", "date_precision", "date_text", "status", "review_state", "confidence"]
    readonly_fields = ["confidence"]
    extra = 0
    show_change_link = True
    ordering = ["date"]


@admin.register(Deal)
class DealAdmin(SimpleHistoryAdmin):
    actions = [actions.merge_deals, actions.mark_ai, actions.mark_not_ai, actions.release_ai]
    list_display = ["__str__", "kind", "party_names", "event_count", "is_ai", "updated_at"]
    list_filter = ["kind", "events__review_state", "is_ai", "ai_set_by_editor"]
    search_fields = ["headline", "summary", "parties__company__name", "parties__company__aliases__alias"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [DealPartyInline, EventInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(_event_count=Count("events", distinct=True))
            .prefetch_related("parties__company")
        )

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
