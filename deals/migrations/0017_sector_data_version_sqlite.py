"""Writes to the sector tables bump the page cache's data version on SQLite too (see deals.sqlite_version).

Company pages, the sector filter and the API's `sectors` show these tables; PostgreSQL has had their triggers
since 0012, SQLite's triggers (0013) left them out, so a renamed sector stayed stale in cached pages there.
"""

from django.db import migrations

from deals import sqlite_version

TABLES = ("deals_sector", "deals_companysector")


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_version.create_statements(TABLES):
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for sql in sqlite_version.drop_trigger_statements(TABLES):
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("deals", "0016_event_date_approximate")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
