"""Per-deal figures for the pages' aggregates, kept current by triggers on PostgreSQL and SQLite (see
deals.deal_summary): the chart, the totals and the counterparties read one row per deal instead of joining
every published event and amount on the first request after each change."""

from django.db import migrations

from deals import deal_summary


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        statements = deal_summary.postgresql_create()
    elif vendor == "sqlite":
        statements = deal_summary.sqlite_create()
    else:
        return
    for sql in statements:
        schema_editor.execute(sql, params=None)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        statements = deal_summary.postgresql_drop()
    elif vendor == "sqlite":
        statements = deal_summary.sqlite_drop()
    else:
        return
    for sql in statements:
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("deals", "0018_mention_more_in_article")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
