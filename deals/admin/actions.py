"""Bulk actions of the change lists: publish, reject, merge, re-extract."""

from __future__ import annotations

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import redirect
from django.urls import reverse

from deals.models import ReviewState
from deals.services import imports, merging, review, sectors


@admin.action(description="Publish selected events", permissions=["change"])
def publish_events(modeladmin, request, queryset):
    count = review.publish_events(events=list(queryset), user=request.user)
    modeladmin.message_user(request, f"Published {count} event(s); {queryset.count() - count} already were.")


@admin.action(description="Reject selected events", permissions=["change"])
def reject_events(modeladmin, request, queryset):
    count = review.reject_events(events=list(queryset), user=request.user)
    modeladmin.message_user(request, f"Rejected {count} event(s); they appear nowhere.")


def _two(modeladmin, request, queryset, noun: str):
    if queryset.count() != 2:
        modeladmin.message_user(request, f"Select exactly two {noun} to merge.", messages.WARNING)
        return None
    return list(queryset)


@admin.action(description="Merge two selected companies (keeps the verified, else the older)", permissions=["change"])
def merge_companies(modeladmin, request, queryset):
    pair = _two(modeladmin, request, queryset, "companies")
    if pair is None:
        return
    keep, merge = sorted(pair, key=lambda c: (not c.verified, not c.is_tracked, c.pk))
    name = merge.name
    try:
        merging.merge_companies(keep=keep, merge=merge, user=request.user)
    except ValidationError as exc:
        modeladmin.message_user(request, " ".join(exc.messages), messages.ERROR)
        return
    modeladmin.message_user(request, f"Merged “{name}” into “{keep}”: its aliases, units and deal parties moved.")


@admin.action(
    description="Merge two selected deals (keeps the one with published events, else the older)", permissions=["change"]
)
def merge_deals(modeladmin, request, queryset):
    pair = _two(
        modeladmin,
        request,
        queryset.annotate(_published=Count("events", filter=Q(events__review_state=ReviewState.PUBLISHED))),
        "deals",
    )
    if pair is None:
        return
    keep, merge = sorted(pair, key=lambda d: (-d._published, d.pk))
    # The merge runs once the editor has seen what moves where.
    return redirect(f"{reverse('admin:deals_deal_merge')}?keep={keep.pk}&merge={merge.pk}")


@admin.action(description="Re-run extraction on selected articles", permissions=["change"])
def reextract_articles(modeladmin, request, queryset):
    totals = {"created": 0, "updated": 0, "removed": 0, "unchanged": 0}
    for article in queryset:
        report = imports.reextract_article(article=article, user=request.user)
        for key in totals:
            totals[key] += getattr(report, f"events_{key}")
    modeladmin.message_user(
        request,
        f"Re-extracted {queryset.count()} article(s): {totals['created']} new drafts, {totals['updated']} updated, "
        f"{totals['removed']} removed; events editors reviewed or edited were left as they are.",
    )


@admin.action(description="Mark selected deals as AI moves (imports keep it)", permissions=["change"])
def mark_ai(modeladmin, request, queryset):
    for deal in queryset:
        sectors.set_ai_flag(deal=deal, is_ai=True, user=request.user)
    modeladmin.message_user(request, f"{len(queryset)} deal(s) marked as AI moves.")


@admin.action(description="Mark selected deals as not AI moves (imports keep it)", permissions=["change"])
def mark_not_ai(modeladmin, request, queryset):
    for deal in queryset:
        sectors.set_ai_flag(deal=deal, is_ai=False, user=request.user)
    modeladmin.message_user(request, f"{len(queryset)} deal(s) marked as not AI moves.")


@admin.action(description="Let the rule decide the AI flag of selected deals again", permissions=["change"])
def release_ai(modeladmin, request, queryset):
    for deal in queryset:
        sectors.release_ai_flag(deal=deal, user=request.user)
    modeladmin.message_user(request, f"The rule decided the AI flag of {len(queryset)} deal(s) again.")
