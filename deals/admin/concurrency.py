"""Refuse a save made from a stale form instead of silently overwriting another editor's change."""

from django import forms

from deals.services.editing import check_version


class VersionCheckedForm(forms.ModelForm):
    """Carries the event's `version` as seen when the form was opened and checks it under a row lock.

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
        if self.instance.pk:
            current = type(self.instance).objects.select_for_update().get(pk=self.instance.pk)
            check_version(event=current, version=seen)  # a StaleEdit is a ValidationError: the form shows it
        return cleaned
