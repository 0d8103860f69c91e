"""History lists that read right: a reference that was empty shows as empty, not as "Deleted user (pk=None)"."""

from __future__ import annotations

import dataclasses

from simple_history.models import DeletedObject


def _empty_is_empty(value):
    return None if isinstance(value, DeletedObject) and value.pk is None else value


class ReadableHistoryMixin:
    """For SimpleHistoryAdmin subclasses: an unset foreign key on either side of a change displays as empty."""

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        previous = None
        for current in historical_records:
            if previous is None:
                previous = current
                continue
            delta = previous.diff_against(current, foreign_keys_are_objs=foreign_keys_are_objs)
            changes = [
                dataclasses.replace(c, old=_empty_is_empty(c.old), new=_empty_is_empty(c.new)) for c in delta.changes
            ]
            delta = dataclasses.replace(delta, changes=changes)
            helper = self.get_historical_record_context_helper(request, previous)
            previous.history_delta_changes = helper.context_for_delta_changes(delta)
            previous = current
