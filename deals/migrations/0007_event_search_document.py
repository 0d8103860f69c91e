"""One search document per event, kept current by triggers, for the public search (PostgreSQL only).

A search word may appear in an event's summary, one of its quotes, its deal's headline or the name or an
alias of one of the deal's parties: five tables. Matching each separately (migration 0003's indexes, then a
UNION of id sets) cost 90 ms to 1 s at 100,000 events: every word built its whole match set (12,000 quotes
for "robotics", every party of 700 companies) before the events could be sorted. One tsvector per event
holding all of it, under one GIN index, lets the planner choose per query: walk the chronology index and
stop at the page size when a word is common, or read the few matches from the GIN index when it is rare.

Company names and aliases go in as every suffix of every word, which keeps the substring match the
search always had for them; quotes, summaries and headlines match words by prefix, as before.

The documents live in their own table, deals_event_search (event id, tsvector), outside the model state
(makemigrations has nothing to add): as a column of deals_event they made every row four times wider
(820 bytes of lexemes beside 150 of data), and every whole-table aggregate of the pages read that much more.
Triggers keep it current: a new or edited event, quote, party, headline, company name or alias recomputes
the documents of the events it touches (only changes to a searched column do so), and emptying
deals_event (flush, bench_seed --reset) empties it too. No foreign key, so that Django's flush, which
truncates the model tables only, is not refused; the delete and truncate triggers take its place.
SQLite keeps its LIKE fallback and gets nothing here.
The document must stay what deals_event_document() builds, with the 'simple' configuration the search
uses (deals.selectors.SEARCH_CONFIG).
"""

from django.db import migrations

FORWARD = r"""
-- An earlier draft of this migration kept the document in a column of deals_event: gone if present.
DROP TRIGGER IF EXISTS deals_event_document_fill ON deals_event;
DROP TRIGGER IF EXISTS deals_event_document_mention ON deals_mention;
DROP TRIGGER IF EXISTS deals_event_document_deal ON deals_deal;
DROP TRIGGER IF EXISTS deals_event_document_party ON deals_dealparty;
DROP TRIGGER IF EXISTS deals_event_document_company ON deals_company;
DROP TRIGGER IF EXISTS deals_event_document_alias ON deals_companyalias;
DROP INDEX IF EXISTS deals_event_search_document;
ALTER TABLE deals_event DROP COLUMN IF EXISTS search_document;
DROP FUNCTION IF EXISTS deals_event_document_fill(), deals_event_document_on_mention(), deals_event_document_on_deal(),
    deals_event_document_on_party(), deals_event_document_on_company(), deals_event_document_on_alias(),
    deals_event_document_stale_deal(bigint), deals_event_document_stale_company(bigint);

CREATE TABLE IF NOT EXISTS deals_event_search (event_id bigint PRIMARY KEY, document tsvector NOT NULL);

-- jit off: the set-returning functions' default row estimates (1,000 each) made the planner compile
-- every call, 20 ms each instead of well under 1 ms.
CREATE OR REPLACE FUNCTION deals_event_document(p_event bigint, p_deal bigint, p_summary text)
RETURNS tsvector LANGUAGE sql STABLE SET jit = off AS $$
    SELECT to_tsvector('simple'::regconfig, COALESCE(p_summary, ''))
        || to_tsvector('simple'::regconfig, COALESCE(
               (SELECT string_agg(m.quote, ' ') FROM deals_mention m WHERE m.event_id = p_event), ''))
        || to_tsvector('simple'::regconfig, COALESCE(
               (SELECT d.headline::text FROM deals_deal d WHERE d.id = p_deal), ''))
        -- Company names and aliases match anywhere inside a word, as icontains did ("kestrel" finds
        -- CypressKestrel, グループ finds ソフトバンクグループ): every suffix of every word is a lexeme, so a
        -- prefix query on the suffixes is a substring query on the words.
        || array_to_tsvector(ARRAY(
               SELECT substr(word, i)
               FROM deals_dealparty dp
               JOIN deals_company c ON c.id = dp.company_id
               CROSS JOIN LATERAL (
                   SELECT c.name::text UNION ALL SELECT a.alias::text FROM deals_companyalias a WHERE a.company_id = c.id
               ) AS names (spelling)
               CROSS JOIN LATERAL regexp_split_to_table(lower(names.spelling), '\W+') AS word
               CROSS JOIN LATERAL generate_series(1, length(word)) AS i
               WHERE dp.deal_id = p_deal AND word <> ''))
$$;

-- Recompute the documents of some events (deleting those of events that are gone).
CREATE OR REPLACE FUNCTION deals_event_search_refresh(p_events bigint[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO deals_event_search (event_id, document)
    SELECT e.id, deals_event_document(e.id, e.deal_id, e.summary) FROM deals_event e WHERE e.id = ANY (p_events)
    ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document;
    DELETE FROM deals_event_search s
    WHERE s.event_id = ANY (p_events) AND NOT EXISTS (SELECT 1 FROM deals_event e WHERE e.id = s.event_id);
$$;
CREATE OR REPLACE FUNCTION deals_event_search_refresh_deal(p_deal bigint) RETURNS void LANGUAGE sql AS $$
    SELECT deals_event_search_refresh(ARRAY(SELECT id FROM deals_event WHERE deal_id = p_deal));
$$;
CREATE OR REPLACE FUNCTION deals_event_search_refresh_company(p_company bigint) RETURNS void LANGUAGE sql AS $$
    SELECT deals_event_search_refresh(ARRAY(
        SELECT e.id FROM deals_event e
        WHERE e.deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id = p_company)));
$$;

-- Statement-level with transition tables for the tables written in bulk (events, quotes, parties): one
-- set-based refresh per statement, so bench_seed or a bulk_create of 2,000 rows is one refresh, not 2,000.
CREATE OR REPLACE FUNCTION deals_event_search_on_event_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(SELECT id FROM new_rows));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_event_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(
        SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.summary IS DISTINCT FROM o.summary OR n.deal_id IS DISTINCT FROM o.deal_id));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_event_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM deals_event_search WHERE event_id IN (SELECT id FROM old_rows);
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE deals_event_search;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_mention_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(SELECT DISTINCT event_id FROM new_rows));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_mention_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(SELECT DISTINCT event_id FROM old_rows));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_mention_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(
        SELECT n.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        WHERE n.quote IS DISTINCT FROM o.quote OR n.event_id IS DISTINCT FROM o.event_id
        UNION SELECT o.event_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.event_id IS DISTINCT FROM o.event_id));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_deal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh_deal(NEW.id);
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_party_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(
        SELECT e.id FROM deals_event e WHERE e.deal_id IN (SELECT deal_id FROM new_rows)));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_party_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(
        SELECT e.id FROM deals_event e WHERE e.deal_id IN (SELECT deal_id FROM old_rows)));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_party_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh(ARRAY(
        SELECT e.id FROM deals_event e WHERE e.deal_id IN (
            SELECT n.deal_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.deal_id IS DISTINCT FROM o.deal_id OR n.company_id IS DISTINCT FROM o.company_id
            UNION SELECT o.deal_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE n.deal_id IS DISTINCT FROM o.deal_id OR n.company_id IS DISTINCT FROM o.company_id)));
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_search_refresh_company(NEW.id);
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_event_search_on_alias() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM deals_event_search_refresh_company(OLD.company_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.company_id <> OLD.company_id) THEN
        PERFORM deals_event_search_refresh_company(NEW.company_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE INDEX IF NOT EXISTS deals_event_search_document ON deals_event_search USING gin (document);
INSERT INTO deals_event_search (event_id, document)
SELECT id, deals_event_document(id, deal_id, summary) FROM deals_event
ON CONFLICT (event_id) DO UPDATE SET document = EXCLUDED.document;

CREATE TRIGGER deals_event_search_event_insert AFTER INSERT ON deals_event
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_event_insert();
CREATE TRIGGER deals_event_search_event_update AFTER UPDATE ON deals_event
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION deals_event_search_on_event_update();
CREATE TRIGGER deals_event_search_event_delete AFTER DELETE ON deals_event
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_event_delete();
CREATE TRIGGER deals_event_search_truncate AFTER TRUNCATE ON deals_event
    FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_truncate();
CREATE TRIGGER deals_event_search_mention_insert AFTER INSERT ON deals_mention
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_mention_new();
CREATE TRIGGER deals_event_search_mention_update AFTER UPDATE ON deals_mention
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION deals_event_search_on_mention_update();
CREATE TRIGGER deals_event_search_mention_delete AFTER DELETE ON deals_mention
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_mention_old();
CREATE TRIGGER deals_event_search_deal AFTER UPDATE OF headline ON deals_deal
    FOR EACH ROW WHEN (OLD.headline IS DISTINCT FROM NEW.headline) EXECUTE FUNCTION deals_event_search_on_deal();
CREATE TRIGGER deals_event_search_party_insert AFTER INSERT ON deals_dealparty
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_party_new();
CREATE TRIGGER deals_event_search_party_update AFTER UPDATE ON deals_dealparty
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION deals_event_search_on_party_update();
CREATE TRIGGER deals_event_search_party_delete AFTER DELETE ON deals_dealparty
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION deals_event_search_on_party_old();
CREATE TRIGGER deals_event_search_company AFTER UPDATE OF name ON deals_company
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION deals_event_search_on_company();
CREATE TRIGGER deals_event_search_alias AFTER INSERT OR DELETE OR UPDATE OF alias, company_id ON deals_companyalias
    FOR EACH ROW EXECUTE FUNCTION deals_event_search_on_alias();
"""

BACKWARD = """
DROP TABLE IF EXISTS deals_event_search;
DROP FUNCTION IF EXISTS deals_event_search_on_event_insert(), deals_event_search_on_event_update(),
    deals_event_search_on_event_delete(), deals_event_search_on_truncate(), deals_event_search_on_mention_new(),
    deals_event_search_on_mention_old(), deals_event_search_on_mention_update(), deals_event_search_on_deal(),
    deals_event_search_on_party_new(), deals_event_search_on_party_old(), deals_event_search_on_party_update(),
    deals_event_search_on_company(), deals_event_search_on_alias(), deals_event_search_refresh_deal(bigint),
    deals_event_search_refresh_company(bigint), deals_event_search_refresh(bigint[]),
    deals_event_document(bigint, bigint, text) CASCADE;
"""


def forward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FORWARD, params=None)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(BACKWARD, params=None)


class Migration(migrations.Migration):
    dependencies = [("deals", "0006_data_version")]

    operations = [migrations.RunPython(forward, backward, elidable=False)]
