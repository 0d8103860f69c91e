"""Refuse a save made from a stale form instead of silently overwriting another editor's change."""

from django import forms
from django.core.exceptions import ValidationError


class VersionCheckedForm(forms.ModelForm):
    """Carries the row's `version` as seen when the form was opened and compares it under a row lock.

    The admin wraps each change view in a transaction, so select_for_update() holds the row until the save:
    of two editors saving the same event from forms opened at the same version, the second one gets a
    conflict message and changes nothing.
    """

    seen_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["seen_version"].initial = self.instance.version

    def clean(self):
        cleaned = super().clean()
        seen = cleaned.get("seen_version")
        if self.instance.pk and seen is not None:
            current = (
                type(self.instance)
                .objects.select_for_update()
                .filter(pk=self.instance.pk)
                .values_list("version", flat=True)
                .first()
            )
            if current != seen:
                raise ValidationError(
                    "Someone else saved this record after you opened it. Your changes were not saved: "
                    "reload the page to see the current version, then make your change again.",
                    code="stale_version",
                )
        return cleaned
