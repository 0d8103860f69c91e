"""Helpers for driving the admin review page through the test client."""

from __future__ import annotations

import datetime as dt
import importlib
import re

from django.contrib.auth.models import Group

from tests.factories import UserFactory


def editors_group() -> Group:
    """The group the data migrations made (0004, 0005's batches, 0008's removals); rebuilt from the same lists
    after a transactional test's flush."""
    from django.contrib.auth.models import Permission

    granted = set(importlib.import_module("deals.migrations.0004_editors_group").codenames())
    granted |= set(importlib.import_module("deals.migrations.0005_import_batches").EDITOR_CODENAMES)
    granted -= set(importlib.import_module("deals.migrations.0008_editors_without_delete").REMOVED)
    group, created = Group.objects.get_or_create(name="Editors")
    if created:
        group.permissions.set(Permission.objects.filter(content_type__app_label="deals", codename__in=granted))
    return group


def editor(username: str = "editor"):
    user = UserFactory(username=username, is_staff=True)
    user.groups.add(editors_group())
    return user


def _post_value(form, name):
    value = form[name].value()
    if value is None or value is False:
        return None
    if value is True:
        return "on"
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def card_post_data(card, **overrides) -> dict:
    """What the browser would send for an event card as drawn, with `overrides` (prefixed names)."""
    data = {"event": str(card["event"].pk)}
    forms = [card["form"], card["amounts"].management_form, *card["amounts"].forms]
    for form in forms:
        for name in form.fields:
            value = _post_value(form, name)
            if value is not None:
                data[form.add_prefix(name)] = value
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def card_order(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'class="event-card state-\w+" id="event-(\d+)"', html)]
