"""One row of figures per deal, kept current by database triggers: what the pages' aggregates read.

The chart, the totals, the counterparty menu and the counterparties table each summed or counted over every
published event and `value` amount of the whole family on each request after a change: joins of the
amounts, events and deals tables, 10-15 ms each at 10,000 events on PostgreSQL and several times that on
SQLite, paid by the first reader after every edit. Per deal they need three figures, stored here:

- `published_events`: how many of its events are published (the totals; a deal with none lists no party);
- `value_usd`: the largest `value` amount in dollars stated at announcement or completion of a published
  event (what the chart and the counterparties table add up once per deal);
- `first_value_date`: the earliest date of those events (the chart's year);
- `kind` and `is_ai`, copied from the deal: the chart groups by kind and the AI switch keeps AI deals, which
  otherwise joined every row to deals_deal once more.

Triggers on the deals, events and amounts tables recompute a deal's row in the writer's own transaction,
whoever writes (services, the admin, bulk loads, raw SQL): a reader sees the new figures exactly when it
sees the new data, and the data version those writes bump. No foreign key, so that Django's flush, which
truncates the model tables only, is not refused: the delete and truncate triggers take its place. A table
outside the model state (makemigrations has nothing to add), like deals_event_search.

PostgreSQL: statement-level triggers with transition tables, one set-based refresh per statement (a bulk
create of 2,000 events is one refresh). SQLite: row-level triggers, recreated after every migrate because
Django drops an SQLite table's triggers when it rebuilds the table.
"""

from __future__ import annotations

TABLE = "deals_deal_summary"

CREATE_TABLE = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    deal_id bigint PRIMARY KEY,
    published_events integer NOT NULL,
    value_usd numeric(24, 2) NULL,
    first_value_date date NULL,
    kind varchar(20) NOT NULL,
    is_ai boolean NOT NULL
)
"""

# --- PostgreSQL --------------------------------------------------------------------------------------

_PG_FUNCTIONS = f"""
-- Two writers of one deal's moves each recompute its row from what they see: the first statement waits for
-- any other transaction holding the row (in deal order, so two bulk writes lock alike), and the next ones, each
-- with a fresh snapshot in this volatile function, then see what that transaction committed.
CREATE OR REPLACE FUNCTION deals_deal_summary_refresh(p_deals bigint[]) RETURNS void LANGUAGE sql AS $$
    SELECT 1 FROM (
        SELECT deal_id FROM {TABLE} WHERE deal_id = ANY (p_deals) ORDER BY deal_id FOR UPDATE
    ) AS locked;
    INSERT INTO {TABLE} (deal_id, published_events, value_usd, first_value_date, kind, is_ai)
    SELECT d.id, COALESCE(p.n, 0), v.usd, v.first_date, d.kind, d.is_ai
    FROM deals_deal d
    LEFT JOIN (
        SELECT deal_id, COUNT(*) AS n FROM deals_event
        WHERE review_state = 'published' AND deal_id = ANY (p_deals) GROUP BY deal_id
    ) p ON p.deal_id = d.id
    LEFT JOIN (
        SELECT e.deal_id, MAX(a.usd_low) AS usd, MIN(e.date) AS first_date
        FROM deals_amount a JOIN deals_event e ON a.event_id = e.id
        WHERE a.role = 'value' AND a.usd_low IS NOT NULL
          AND e.review_state = 'published' AND e.status IN ('announced', 'completed')
          AND e.deal_id = ANY (p_deals)
        GROUP BY e.deal_id
    ) v ON v.deal_id = d.id
    WHERE d.id = ANY (p_deals)
    ON CONFLICT (deal_id) DO UPDATE SET
        published_events = EXCLUDED.published_events,
        value_usd = EXCLUDED.value_usd,
        first_value_date = EXCLUDED.first_value_date,
        kind = EXCLUDED.kind,
        is_ai = EXCLUDED.is_ai;
    DELETE FROM {TABLE} s
    WHERE s.deal_id = ANY (p_deals) AND NOT EXISTS (SELECT 1 FROM deals_deal d WHERE d.id = s.deal_id);
$$;

-- PL/pgSQL resolves new_rows and old_rows only in the branch that runs, so one function serves the three
-- statement triggers of a table (a trigger with transition tables fires on one kind of statement only).
CREATE OR REPLACE FUNCTION deals_deal_summary_on_deal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        TRUNCATE {TABLE};
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(SELECT id FROM new_rows));
    ELSIF TG_OP = 'UPDATE' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.kind, n.is_ai) IS DISTINCT FROM (o.kind, o.is_ai)));
    ELSE
        DELETE FROM {TABLE} WHERE deal_id IN (SELECT id FROM old_rows);
    END IF;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_deal_summary_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(SELECT id FROM deals_deal));
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(SELECT DISTINCT deal_id FROM new_rows));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(SELECT DISTINCT deal_id FROM old_rows));
    ELSE
        -- Only a change to what the figures read: a summary edit leaves them alone.
        PERFORM deals_deal_summary_refresh(ARRAY(
            SELECT n.deal_id FROM new_rows n JOIN old_rows o ON o.id = n.id
            WHERE (n.deal_id, n.review_state, n.status, n.date) IS DISTINCT FROM
                  (o.deal_id, o.review_state, o.status, o.date)
            UNION SELECT o.deal_id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.deal_id <> o.deal_id));
    END IF;
    RETURN NULL;
END
$$;
CREATE OR REPLACE FUNCTION deals_deal_summary_on_amount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(SELECT id FROM deals_deal));
    ELSIF TG_OP = 'INSERT' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(
            SELECT DISTINCT e.deal_id FROM deals_event e WHERE e.id IN (SELECT event_id FROM new_rows)));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM deals_deal_summary_refresh(ARRAY(
            SELECT DISTINCT e.deal_id FROM deals_event e WHERE e.id IN (SELECT event_id FROM old_rows)));
    ELSE
        PERFORM deals_deal_summary_refresh(ARRAY(
            SELECT DISTINCT e.deal_id FROM deals_event e
            WHERE e.id IN (SELECT event_id FROM new_rows UNION SELECT event_id FROM old_rows)));
    END IF;
    RETURN NULL;
END
$$;
"""

_PG_TRIGGERS = [
    ("deals_deal", "deal", ["INSERT", "UPDATE", "DELETE"]),
    ("deals_event", "event", ["INSERT", "UPDATE", "DELETE"]),
    ("deals_amount", "amount", ["INSERT", "UPDATE", "DELETE"]),
]


def _pg_trigger(table: str, kind: str, operation: str) -> str:
    references = {
        "INSERT": "REFERENCING NEW TABLE AS new_rows",
        "DELETE": "REFERENCING OLD TABLE AS old_rows",
        "UPDATE": "REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows",
    }[operation]
    return (
        f"CREATE TRIGGER deals_deal_summary_{operation.lower()} AFTER {operation} ON {table} {references} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION deals_deal_summary_on_{kind}()"
    )


def postgresql_create() -> list[str]:
    """The table, filled from the data already there, its functions and triggers."""
    statements = [CREATE_TABLE, _PG_FUNCTIONS]
    for table, kind, operations in _PG_TRIGGERS:
        statements += [_pg_trigger(table, kind, operation) for operation in operations]
    statements += [
        f"CREATE TRIGGER deals_deal_summary_truncate AFTER TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION deals_deal_summary_on_{kind}()"
        for table, kind, _ in _PG_TRIGGERS
    ]
    statements.append("SELECT deals_deal_summary_refresh(ARRAY(SELECT id FROM deals_deal))")
    return statements


def postgresql_drop() -> list[str]:
    statements = [
        f"DROP TRIGGER IF EXISTS deals_deal_summary_{operation.lower()} ON {table}"
        for table, _, operations in _PG_TRIGGERS
        for operation in operations
    ]
    statements += [f"DROP TRIGGER IF EXISTS deals_deal_summary_truncate ON {table}" for table, _, _ in _PG_TRIGGERS]
    statements.append(
        "DROP FUNCTION IF EXISTS deals_deal_summary_on_deal(), deals_deal_summary_on_event(), "
        "deals_deal_summary_on_amount(), deals_deal_summary_refresh(bigint[])"
    )
    statements.append(f"DROP TABLE IF EXISTS {TABLE}")
    return statements


# --- SQLite --------------------------------------------------------------------------------------------


def _sqlite_refresh(deal: str) -> str:
    """Recompute one deal's row (`deal`: an SQL expression for its id inside a trigger)."""
    return f"""
    INSERT OR REPLACE INTO {TABLE} (deal_id, published_events, value_usd, first_value_date, kind, is_ai)
    SELECT d.id,
        (SELECT COUNT(*) FROM deals_event e WHERE e.deal_id = d.id AND e.review_state = 'published'),
        v.usd, v.first_date, d.kind, d.is_ai
    FROM deals_deal d, (
        SELECT MAX(a.usd_low) AS usd, MIN(e.date) AS first_date
        FROM deals_amount a JOIN deals_event e ON a.event_id = e.id
        WHERE e.deal_id = {deal} AND a.role = 'value' AND a.usd_low IS NOT NULL
          AND e.review_state = 'published' AND e.status IN ('announced', 'completed')
    ) v
    WHERE d.id = {deal};
    DELETE FROM {TABLE} WHERE deal_id = {deal} AND NOT EXISTS (SELECT 1 FROM deals_deal WHERE id = {deal});
    """


def _event_of(row: str) -> str:
    return f"(SELECT deal_id FROM deals_event WHERE id = {row}.event_id)"


# (trigger name, operation, table, the deal ids whose rows it recomputes)
_SQLITE_TRIGGERS = [
    ("deal_insert", "INSERT", "deals_deal", ["NEW.id"]),
    ("deal_update", "UPDATE OF kind, is_ai", "deals_deal", ["NEW.id"]),
    ("event_insert", "INSERT", "deals_event", ["NEW.deal_id"]),
    ("event_update", "UPDATE OF deal_id, review_state, status, date", "deals_event", ["NEW.deal_id", "OLD.deal_id"]),
    ("event_delete", "DELETE", "deals_event", ["OLD.deal_id"]),
    ("amount_insert", "INSERT", "deals_amount", [_event_of("NEW")]),
    ("amount_update", "UPDATE OF event_id, role, usd_low", "deals_amount", [_event_of("NEW"), _event_of("OLD")]),
    ("amount_delete", "DELETE", "deals_amount", [_event_of("OLD")]),
]
SQLITE_TRIGGERED_TABLES = ("deals_deal", "deals_event", "deals_amount")


def _sqlite_trigger_names() -> list[str]:
    return [f"deals_deal_summary_{name}" for name, *_ in _SQLITE_TRIGGERS] + ["deals_deal_summary_deal_delete"]


def sqlite_create_triggers() -> list[str]:
    statements = [
        f"CREATE TRIGGER IF NOT EXISTS deals_deal_summary_{name} AFTER {operation} ON {table} BEGIN "
        + "".join(_sqlite_refresh(deal) for deal in deals)
        + " END"
        for name, operation, table, deals in _SQLITE_TRIGGERS
    ]
    statements.append(
        "CREATE TRIGGER IF NOT EXISTS deals_deal_summary_deal_delete AFTER DELETE ON deals_deal BEGIN "
        f"DELETE FROM {TABLE} WHERE deal_id = OLD.id; END"
    )
    return statements


def sqlite_create() -> list[str]:
    """The table, filled from the data already there, and its triggers."""
    fill = f"""
    INSERT OR REPLACE INTO {TABLE} (deal_id, published_events, value_usd, first_value_date, kind, is_ai)
    SELECT d.id,
        (SELECT COUNT(*) FROM deals_event e WHERE e.deal_id = d.id AND e.review_state = 'published'),
        (SELECT MAX(a.usd_low) FROM deals_amount a JOIN deals_event e ON a.event_id = e.id
         WHERE e.deal_id = d.id AND a.role = 'value' AND a.usd_low IS NOT NULL
           AND e.review_state = 'published' AND e.status IN ('announced', 'completed')),
        (SELECT MIN(e.date) FROM deals_amount a JOIN deals_event e ON a.event_id = e.id
         WHERE e.deal_id = d.id AND a.role = 'value' AND a.usd_low IS NOT NULL
           AND e.review_state = 'published' AND e.status IN ('announced', 'completed')),
        d.kind, d.is_ai
    FROM deals_deal d
    """
    return [CREATE_TABLE, fill, *sqlite_create_triggers()]


def sqlite_drop() -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {name}" for name in _sqlite_trigger_names()] + [f"DROP TABLE IF EXISTS {TABLE}"]


def ensure(connection) -> None:
    """Create the SQLite triggers where a table rebuild dropped them (a no-op elsewhere or before 0019)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        existing = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if TABLE not in existing or not set(SQLITE_TRIGGERED_TABLES) <= existing:
            return
        triggers = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        if set(_sqlite_trigger_names()) <= triggers:
            return
        # A rebuilt table lost its triggers and maybe writes since: refill, then watch again.
        for sql in sqlite_create():
            cursor.execute(sql)


def ensure_after_migrate(sender, using: str = "default", **kwargs) -> None:
    from django.db import connections

    ensure(connections[using])
