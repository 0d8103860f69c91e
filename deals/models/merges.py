from django.conf import settings
from django.db import models

from .deals import Deal


class DealMerge(models.Model):
    """A merge of one deal into another, with what it takes to undo it: the merged deal's own fields and parties,
    the events that moved, the parties the kept deal gained and its summary before."""

    keep = models.ForeignKey(Deal, on_delete=models.CASCADE, related_name="merges_in")
    merged_pk = models.PositiveIntegerField(help_text="The id the merged deal had, and gets back on undo.")
    merged_fields = models.JSONField(help_text="kind, object_type, object_label, headline, summary of the merged deal.")
    merged_parties = models.JSONField(default=list, help_text="[[company id, role], ...] of the merged deal.")
    moved_events = models.JSONField(default=list)
    added_parties = models.JSONField(default=list, help_text="Party ids the kept deal gained.")
    keep_summary = models.TextField(blank=True)
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    merged_at = models.DateTimeField(auto_now_add=True)
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-merged_at", "-pk"]

    def __str__(self) -> str:
        return f"deal #{self.merged_pk} merged into deal #{self.keep_id}"
