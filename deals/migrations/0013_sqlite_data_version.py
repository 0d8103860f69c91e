"""The page cache's data-version counter on SQLite too (see deals.sqlite_version); PostgreSQL has it since 0006."""

from django.db import migrations

from deals import sqlite_version


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_version.create_statements():
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_version.drop_statements():
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("deals", "0012_sectors")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
