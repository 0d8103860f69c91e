"""The hand-written event representation must equal what DRF's declared fields would print."""

import pytest
from django.utils import timezone
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from deals.api.serializers import EventSerializer
from deals.api.views import event_queryset
from deals.models import Event
from tests.factories import AmountFactory

pytestmark = pytest.mark.django_db


def test_fast_event_dicts_equal_drf_field_walk(seed, editor):
    # Cover the optional values too: a stated date phrase, a publication time, a stake without dollars.
    Event.objects.filter(pk=seed.events["sharp"].pk).update(date_text="vendredi", published_at=timezone.now())
    AmountFactory(
        event=seed.events["mistral"],
        role="stake_percent",
        low=20,
        high=20,
        currency="PERCENT",
        usd_low=None,
        usd_high=None,
        usd_rate=None,
        usd_rate_date=None,
        text="20%",
    )
    request = Request(APIRequestFactory().get("/api/v1/events/"))
    request.user = editor
    events = list(event_queryset(request))
    assert len(events) == len(seed.events)  # drafts too: their shape must match as well
    serializer = EventSerializer(context={"request": request, "fields": None})
    for event in events:
        fast = serializer.to_representation(event)
        generic = serializers.ModelSerializer.to_representation(serializer, event)
        assert fast == generic, event.pk


def test_fields_parameter_trims_the_dict(seed, anon):
    event = seed.events["sharp"]
    body = anon.get(f"/api/v1/events/{event.pk}/", {"fields": "date,headline,sources"}).json()
    assert set(body) == {"id", "date", "headline", "sources"}
    rows = anon.get("/api/v1/events/", {"fields": "date_display"}).json()["results"]
    assert all(set(row) == {"id", "date_display"} for row in rows)
