"""A database-wide "data version" for the page cache (deals.views.cache), PostgreSQL only.

Every committed change to a table the public pages read bumps one counter, in the same transaction as the
change, so a reader sees the new version exactly when it sees the new data. Deferred constraint triggers
take the counter's row lock at commit, after every other lock the transaction holds, so two writers can
wait for each other there but never deadlock; a transaction-local flag makes it one UPDATE per transaction
however many rows it wrote. A table outside the model state: makemigrations has nothing to add.
"""

from django.db import migrations

TABLES = [
    "deals_company", "deals_companyalias", "deals_deal", "deals_dealparty",
    "deals_event", "deals_amount", "deals_mention", "deals_article",
]

FORWARD = """
CREATE TABLE IF NOT EXISTS dealtracker_data_version (id smallint PRIMARY KEY, n bigint NOT NULL);
INSERT INTO dealtracker_data_version VALUES (1, 0) ON CONFLICT DO NOTHING;
CREATE OR REPLACE FUNCTION dealtracker_bump_data_version() RETURNS trigger AS $$
BEGIN
    IF current_setting('dealtracker.version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE dealtracker_data_version SET n = n + 1 WHERE id = 1;
        PERFORM set_config('dealtracker.version_bumped', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
"""
PER_TABLE = """
CREATE CONSTRAINT TRIGGER dealtracker_data_version AFTER INSERT OR UPDATE OR DELETE ON {table}
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dealtracker_bump_data_version();
CREATE TRIGGER dealtracker_data_version_truncate AFTER TRUNCATE ON {table}
    FOR EACH STATEMENT EXECUTE FUNCTION dealtracker_bump_data_version();
"""
BACKWARD_PER_TABLE = """
DROP TRIGGER IF EXISTS dealtracker_data_version ON {table};
DROP TRIGGER IF EXISTS dealtracker_data_version_truncate ON {table};
"""
BACKWARD = """
DROP FUNCTION IF EXISTS dealtracker_bump_data_version();
DROP TABLE IF EXISTS dealtracker_data_version;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FORWARD, params=None)
    for table in TABLES:
        schema_editor.execute(PER_TABLE.format(table=table), params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(BACKWARD_PER_TABLE.format(table=table), params=None)
    schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("deals", "0005_import_batches")]
    operations = [migrations.RunPython(forward, backward, elidable=False)]
