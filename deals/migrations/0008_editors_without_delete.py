"""Editors lose the last two delete permissions (amounts and deal parties): deleting is for superusers.

An editor still removes a wrong amount or party while reviewing: the review page's own form does it as an edit
of the event (deals.services.review.save_amounts and set_deal_details), recorded in the history. Only the
admin inlines' "Delete" boxes on the event and deal pages go, as for every other model.
"""

from django.db import migrations

REMOVED = ("delete_amount", "delete_dealparty")


def drop_delete_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.filter(name="Editors").first()
    if group is not None:
        group.permissions.remove(*group.permissions.filter(codename__startswith="delete_"))


def restore_delete_permissions(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Editors").first()
    if group is not None:
        group.permissions.add(*Permission.objects.filter(content_type__app_label="deals", codename__in=REMOVED))


class Migration(migrations.Migration):
    dependencies = [("deals", "0007_event_search_document")]
    operations = [migrations.RunPython(drop_delete_permissions, restore_delete_permissions)]
