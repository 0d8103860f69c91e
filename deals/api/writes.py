"""What editors may change through the API: events, amounts and companies.

They validate like the admin's change forms: the model's full_clean() (field rules, unique values, check
constraints) runs before anything is saved, under a row lock, and a stale `version` is refused.
"""

import datetime as dt

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from rest_framework import serializers

from deals.extraction.periods import period_start
from deals.models import Amount, Company, Event
from deals.services.editing import StaleEdit, check_version, refresh_event_usd, refresh_usd, set_review_state

from .exceptions import Conflict


def snap_to_period(date: dt.date, precision: str) -> dt.date:
    """Coarse dates are stored as the first day of their period, as the extractor stores them."""
    return period_start(date, precision)


def _full_clean(instance, **kwargs) -> None:
    """The admin's validation: field rules, unique values and the model's check constraints."""
    try:
        instance.full_clean(**kwargs)
    except DjangoValidationError as exc:
        raise serializers.ValidationError(exc.message_dict if hasattr(exc, "error_dict") else exc.messages) from exc


def _locked_event(*, pk: int, version: int | None) -> Event:
    """The event, locked so two editors' saves cannot interleave between the version check and the write;
    409 when it changed since `version` was read."""
    event = Event.objects.select_for_update().get(pk=pk)
    try:
        check_version(event=event, version=version)
    except StaleEdit as exc:
        raise Conflict(exc.messages[0]) from exc
    return event


class EventPatchSerializer(serializers.ModelSerializer):
    """What an editor may change on an event, with the `version` read in a GET: a write without it is refused
    (428), a stale one too (409), so nobody overwrites an edit they have not seen."""

    required_in_patch = ("version",)
    version = serializers.IntegerField(
        min_value=1,
        write_only=True,
        help_text="The version you read (required); a stale one is refused with 409 instead of overwriting a newer "
        "edit, a missing one with 428.",
    )

    class Meta:
        model = Event
        fields = [
            "date",
            "date_precision",
            "date_text",
            "date_basis",
            "date_approximate",
            "status",
            "summary",
            "review_state",
            "version",
        ]
        extra_kwargs = {
            "date": {"help_text": "Any day of the period: it is stored as the first day of its month, quarter or year."}
        }

    def update(self, instance, validated_data):
        request = self.context["request"]
        expected = validated_data.pop("version", None)
        with transaction.atomic():
            event = _locked_event(pk=instance.pk, version=expected)
            changed = {name for name, value in validated_data.items() if getattr(event, name) != value}
            for name, value in validated_data.items():
                setattr(event, name, value)
            event.date = snap_to_period(event.date, event.date_precision)
            if "review_state" in changed:
                set_review_state(event=event, state=event.review_state, user=request.user)
            _full_clean(event, exclude=["reviewed_by"])
            if changed or event.date != instance.date:
                event.edited_by_editor = True
                event._history_user = request.user
                event.save()
            if event.date != instance.date:
                refresh_event_usd(event=event, user=request.user)
        return event


class AmountPatchSerializer(serializers.ModelSerializer):
    """An editor's correction of a figure. USD figures follow, at the ECB rate of the event's date. `version` is
    the version of the amount's event, read in a GET: it covers the event's amounts too."""

    required_in_patch = ("version",)
    version = serializers.IntegerField(
        min_value=1,
        write_only=True,
        help_text="The version of the amount's event you read (required); stale: 409, missing: 428.",
    )

    class Meta:
        model = Amount
        fields = ["role", "low", "high", "currency", "qualifier", "text", "version"]
        extra_kwargs = {
            "low": {"min_value": 0},
            "high": {"min_value": 0},
            "currency": {"help_text": "ISO 4217 code in capitals (USD, JPY, EUR) or PERCENT for a stake."},
        }

    def update(self, instance, validated_data):
        request = self.context["request"]
        expected = validated_data.pop("version", None)
        with transaction.atomic():
            event = _locked_event(pk=instance.event_id, version=expected)
            amount = Amount.objects.select_for_update().get(pk=instance.pk)
            for name, value in validated_data.items():
                setattr(amount, name, value)
            if amount.qualifier != "range" and "high" not in validated_data and "low" in validated_data:
                amount.high = amount.low  # a single figure: high follows low, as the model requires
            refresh_usd(amount=amount, on=event.date)
            _full_clean(amount)
            amount._history_user = request.user
            amount.save()
            # A changed figure changes its event: bump updated_at so `updated_since` syncs pick it up, mark it
            # edited so re-extraction leaves it alone, and raise its version, which guards its amounts too.
            Event.objects.filter(pk=amount.event_id).update(
                updated_at=timezone.now(), edited_by_editor=True, version=F("version") + 1
            )
        return amount


class CompanyPatchSerializer(serializers.ModelSerializer):
    parent = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Company.objects.all(),
        allow_null=True,
        required=False,
        help_text="Slug of the group this unit belongs to; null for none.",
    )

    class Meta:
        model = Company
        fields = [
            "name",
            "slug",
            "kind",
            "parent",
            "country",
            "website",
            "description",
            "is_tracked",
            "verified",
            "version",
        ]

    required_in_patch = ("version",)
    version = serializers.IntegerField(
        min_value=1, write_only=True, help_text="The version you read (required); stale: 409, missing: 428."
    )

    def validate_parent(self, parent):
        if parent is not None and self.instance is not None and parent.pk in self.instance.family_ids():
            raise serializers.ValidationError("A company cannot sit below itself or one of its own units.")
        return parent

    def update(self, instance, validated_data):
        request = self.context["request"]
        expected = validated_data.pop("version", None)
        with transaction.atomic():
            instance.version = Company.objects.select_for_update().values_list("version", flat=True).get(pk=instance.pk)
            if expected is not None and expected != instance.version:
                raise Conflict(
                    f"{instance.name} is at version {instance.version}, you sent {expected}: someone saved it after "
                    "you read it. Fetch it again and reapply your change."
                )
            for name, value in validated_data.items():
                setattr(instance, name, value)
            _full_clean(instance)
            instance._history_user = request.user
            instance.save()
        return instance
