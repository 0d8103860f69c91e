"""Merging two deals from the admin: a preview of what moves where, then the merge; an undo from the history."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_POST

from deals.headlines import deal_headline
from deals.models import Deal, DealMerge
from deals.services import merging


def merge_preview_view(request, model_admin):
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    source = request.POST if request.method == "POST" else request.GET
    keep = get_object_or_404(Deal, pk=source.get("keep") or 0)
    merge = get_object_or_404(Deal, pk=source.get("merge") or 0)
    if keep.pk == merge.pk:
        messages.error(request, "Choose two different deals.")
        return redirect(reverse("admin:deals_deal_changelist"))
    if request.method == "POST":
        merged_pk = merge.pk
        try:
            merging.merge_deals(keep=keep, merge=merge, user=request.user)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            return redirect(reverse("admin:deals_deal_changelist"))
        messages.success(request, f"Merged deal #{merged_pk} into “{keep}”. Its history page can undo the merge.")
        return redirect(reverse("admin:deals_deal_change", args=[keep.pk]))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Deal._meta,
        "title": "Merge two deals: check what moves where",
        "keep": keep,
        "merge": merge,
        "keep_headline": deal_headline(keep),
        "merge_headline": deal_headline(merge),
        "plan": merging.merge_plan(keep=keep, merge=merge),
    }
    return TemplateResponse(request, "admin/deals/deal/merge_preview.html", context)


@require_POST
def merge_undo_view(request, model_admin, pk: int):
    if not model_admin.has_change_permission(request):
        raise PermissionDenied
    record = get_object_or_404(DealMerge, pk=pk)
    try:
        restored = merging.undo_deal_merge(record=record, user=request.user)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(reverse("admin:deals_deal_history", args=[record.keep_id]))
    messages.success(request, f"Undid the merge: deal #{restored.pk} is back with its events and parties.")
    return redirect(reverse("admin:deals_deal_change", args=[restored.pk]))
