"""The "Editors" group: import, review and edit; deleting stays with superusers.

Amount and party rows are parts of an event or a deal, so removing a wrong one is an edit, not a deletion.
"""

from django.db import migrations

EDITOR_PERMISSIONS = {
    "article": ("add", "change", "view"),  # add_article is the import permission
    "company": ("add", "change", "view"),  # change_company also allows merging two companies
    "companyalias": ("add", "change", "view"),
    "deal": ("add", "change", "view"),
    "dealparty": ("add", "change", "delete", "view"),
    "event": ("add", "change", "view"),  # change_event is the review permission (publish, reject, move)
    "amount": ("add", "change", "delete", "view"),
    "mention": ("add", "view"),
}


def codenames():
    return [f"{action}_{model}" for model, actions in EDITOR_PERMISSIONS.items() for action in actions]


def create_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure ours exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    wanted = Permission.objects.filter(content_type__app_label="deals", codename__in=codenames())
    missing = set(codenames()) - set(wanted.values_list("codename", flat=True))
    if missing:
        raise RuntimeError(f"permissions missing: {sorted(missing)}")
    group.permissions.set(wanted)


def remove_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Editors").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("deals", "0003_event_search"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_group, remove_group)]
