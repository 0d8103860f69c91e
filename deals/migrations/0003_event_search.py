"""GIN indexes for the public text search (deals.selectors.search_events), PostgreSQL only.

Expression indexes rather than stored tsvector columns: the model state stays untouched (so
makemigrations has nothing to add) and nothing needs refreshing when a quote or headline changes.
The expressions must stay character for character the ones SimpleTsvector writes. SQLite keeps
its icontains fallback and gets nothing here.
"""

from django.db import migrations

INDEXES = [
    ("deals_event_summary_fts", "deals_event", "summary"),
    ("deals_mention_quote_fts", "deals_mention", "quote"),
    ("deals_deal_headline_fts", "deals_deal", "headline"),
]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table, column in INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
            f"USING gin (to_tsvector('simple'::regconfig, COALESCE(({column})::text, ''::text)))"
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, _table, _column in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("deals", "0002_mention_offsets_trigger")]

    operations = [migrations.RunPython(create_indexes, drop_indexes, elidable=False)]
