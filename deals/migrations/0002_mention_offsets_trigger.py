"""A mention's offsets must lie inside its article and its quote must be the article text between them.

The rule reads two tables, so a CHECK constraint cannot state it; a trigger per database does.
"""

from django.db import migrations

PG_FORWARD = """
CREATE FUNCTION deals_mention_offsets_check() RETURNS trigger AS $$
DECLARE body text;
BEGIN
    SELECT text INTO body FROM deals_article WHERE id = NEW.article_id;
    IF NEW."end" > char_length(body)
       OR substr(body, NEW.start + 1, NEW."end" - NEW.start) IS DISTINCT FROM NEW.quote THEN
        RAISE EXCEPTION 'mention %..% is outside article % or its quote differs from the text there',
            NEW.start, NEW."end", NEW.article_id USING ERRCODE = '23514';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER deals_mention_offsets_check BEFORE INSERT OR UPDATE ON deals_mention
    FOR EACH ROW EXECUTE FUNCTION deals_mention_offsets_check();
"""
PG_BACKWARD = """
DROP TRIGGER IF EXISTS deals_mention_offsets_check ON deals_mention;
DROP FUNCTION IF EXISTS deals_mention_offsets_check();
"""

SQLITE_CONDITION = """
    NEW."end" > (SELECT length(text) FROM deals_article WHERE id = NEW.article_id)
    OR substr((SELECT text FROM deals_article WHERE id = NEW.article_id), NEW.start + 1, NEW."end" - NEW.start)
       IS NOT NEW.quote
"""
SQLITE_FORWARD = [
    f"""CREATE TRIGGER deals_mention_offsets_{event.lower()} BEFORE {event} ON deals_mention
    WHEN {SQLITE_CONDITION}
    BEGIN SELECT RAISE(ABORT, 'mention outside its article or quote differs from the text there'); END;"""
    for event in ("INSERT", "UPDATE")
]
SQLITE_BACKWARD = [f"DROP TRIGGER IF EXISTS deals_mention_offsets_{event};" for event in ("insert", "update")]


def forward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_FORWARD, params=None)
    elif vendor == "sqlite":
        for sql in SQLITE_FORWARD:
            schema_editor.execute(sql)


def backward(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "postgresql":
        schema_editor.execute(PG_BACKWARD)
    elif vendor == "sqlite":
        for sql in SQLITE_BACKWARD:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("deals", "0001_initial")]
    operations = [migrations.RunPython(forward, backward)]
