"""One search document per event, kept current by triggers, for the public search (PostgreSQL only).

A search word may appear in an event's summary, one of its quotes, its deal's headline or the name or an
alias of one of the deal's parties: five tables. Matching each separately (migration 0003's indexes, then a
UNION of id sets) cost 90 ms to 1 s at 100,000 events: every word built its whole match set (12,000 quotes
for "robotics", every party of 700 companies) before the events could be sorted. One tsvector per event
holding all of it, under one GIN index, lets the planner choose per query: walk the chronology index and
stop at the page size when a word is common, or read the few matches from the GIN index when it is rare.

Company names and aliases go in as every suffix of every word, which keeps the substring match the
search always had for them; quotes, summaries and headlines match words by prefix, as before.

The column is outside the model state (no model field, so makemigrations has nothing to add and Django's
INSERTs and UPDATEs never name it): a BEFORE trigger on deals_event computes it, and triggers on the other
four tables mark the events they affect (search_document = NULL), which makes that trigger compute it
again. Only changes to a searched column do so. SQLite keeps its LIKE fallback and gets nothing here.
The document must stay what deals_event_document() builds, with the 'simple' configuration the search
uses (deals.selectors.SEARCH_CONFIG).
"""

from django.db import migrations

FORWARD = r"""
ALTER TABLE deals_event ADD COLUMN IF NOT EXISTS search_document tsvector;

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

CREATE OR REPLACE FUNCTION deals_event_document_fill() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.search_document IS NULL
       OR NEW.summary IS DISTINCT FROM OLD.summary OR NEW.deal_id IS DISTINCT FROM OLD.deal_id THEN
        NEW.search_document := deals_event_document(NEW.id, NEW.deal_id, NEW.summary);
    END IF;
    RETURN NEW;
END
$$;

-- Mark for recomputation: the events of a deal, of the deals a company is party to.
CREATE OR REPLACE FUNCTION deals_event_document_stale_deal(p_deal bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE deals_event SET search_document = NULL WHERE deal_id = p_deal;
$$;
CREATE OR REPLACE FUNCTION deals_event_document_stale_company(p_company bigint) RETURNS void LANGUAGE sql AS $$
    UPDATE deals_event SET search_document = NULL
    WHERE deal_id IN (SELECT deal_id FROM deals_dealparty WHERE company_id = p_company);
$$;

CREATE OR REPLACE FUNCTION deals_event_document_on_mention() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE deals_event SET search_document = NULL WHERE id = OLD.event_id;
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.event_id <> OLD.event_id) THEN
        UPDATE deals_event SET search_document = NULL WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION deals_event_document_on_deal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_document_stale_deal(NEW.id);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION deals_event_document_on_party() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM deals_event_document_stale_deal(OLD.deal_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.deal_id <> OLD.deal_id) THEN
        PERFORM deals_event_document_stale_deal(NEW.deal_id);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION deals_event_document_on_company() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM deals_event_document_stale_company(NEW.id);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION deals_event_document_on_alias() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM deals_event_document_stale_company(OLD.company_id);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.company_id <> OLD.company_id) THEN
        PERFORM deals_event_document_stale_company(NEW.company_id);
    END IF;
    RETURN NULL;
END
$$;

-- Before the backfill: that UPDATE leaves deferred trigger events (migration 0006) that forbid a later
-- CREATE INDEX in the same transaction.
CREATE INDEX IF NOT EXISTS deals_event_search_document ON deals_event USING gin (search_document);
UPDATE deals_event SET search_document = deals_event_document(id, deal_id, summary);

CREATE TRIGGER deals_event_document_fill BEFORE INSERT OR UPDATE ON deals_event
    FOR EACH ROW EXECUTE FUNCTION deals_event_document_fill();
CREATE TRIGGER deals_event_document_mention AFTER INSERT OR DELETE OR UPDATE OF quote, event_id ON deals_mention
    FOR EACH ROW EXECUTE FUNCTION deals_event_document_on_mention();
CREATE TRIGGER deals_event_document_deal AFTER UPDATE OF headline ON deals_deal
    FOR EACH ROW WHEN (OLD.headline IS DISTINCT FROM NEW.headline) EXECUTE FUNCTION deals_event_document_on_deal();
CREATE TRIGGER deals_event_document_party AFTER INSERT OR DELETE OR UPDATE OF deal_id, company_id ON deals_dealparty
    FOR EACH ROW EXECUTE FUNCTION deals_event_document_on_party();
CREATE TRIGGER deals_event_document_company AFTER UPDATE OF name ON deals_company
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION deals_event_document_on_company();
CREATE TRIGGER deals_event_document_alias AFTER INSERT OR DELETE OR UPDATE OF alias, company_id ON deals_companyalias
    FOR EACH ROW EXECUTE FUNCTION deals_event_document_on_alias();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS deals_event_document_fill ON deals_event;
DROP TRIGGER IF EXISTS deals_event_document_mention ON deals_mention;
DROP TRIGGER IF EXISTS deals_event_document_deal ON deals_deal;
DROP TRIGGER IF EXISTS deals_event_document_party ON deals_dealparty;
DROP TRIGGER IF EXISTS deals_event_document_company ON deals_company;
DROP TRIGGER IF EXISTS deals_event_document_alias ON deals_companyalias;
DROP FUNCTION IF EXISTS deals_event_document_fill(), deals_event_document_on_mention(), deals_event_document_on_deal(),
    deals_event_document_on_party(), deals_event_document_on_company(), deals_event_document_on_alias(),
    deals_event_document_stale_deal(bigint), deals_event_document_stale_company(bigint),
    deals_event_document(bigint, bigint, text);
DROP INDEX IF EXISTS deals_event_search_document;
ALTER TABLE deals_event DROP COLUMN IF EXISTS search_document;
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
