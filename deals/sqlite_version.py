"""The data-version counter of the page cache (deals.views.cache) on SQLite: one row bumped by triggers.

PostgreSQL bumps it once per transaction from deferred triggers (migration 0006); SQLite has neither
deferred triggers nor transaction-local settings, so here every written row bumps it. That is one more
UPDATE of a single row per row written, in the writer's own transaction, so a reader sees the new version
exactly when it sees the new data. Django rebuilds an SQLite table (and drops its triggers) on some schema
changes, so the triggers are created again after every migrate that left the counter's table in place.
"""

from __future__ import annotations

TABLES = (
    "deals_company",
    "deals_companyalias",
    "deals_deal",
    "deals_dealparty",
    "deals_event",
    "deals_amount",
    "deals_mention",
    "deals_article",
    # Company pages, the sector filter and the API's `sectors` show these (PostgreSQL: migration 0012).
    "deals_sector",
    "deals_companysector",
)
OPERATIONS = ("INSERT", "UPDATE", "DELETE")

CREATE_TABLE = [
    "CREATE TABLE IF NOT EXISTS dealtracker_data_version (id integer PRIMARY KEY, n integer NOT NULL)",
    "INSERT OR IGNORE INTO dealtracker_data_version VALUES (1, 0)",
]


def trigger_name(table: str, operation: str) -> str:
    return f"dealtracker_data_version_{table}_{operation.lower()}"


def create_statements(tables: tuple[str, ...] = TABLES) -> list[str]:
    return CREATE_TABLE + [
        f"CREATE TRIGGER IF NOT EXISTS {trigger_name(table, operation)} AFTER {operation} ON {table} "
        "BEGIN UPDATE dealtracker_data_version SET n = n + 1 WHERE id = 1; END"
        for table in tables
        for operation in OPERATIONS
    ]


def drop_trigger_statements(tables: tuple[str, ...]) -> list[str]:
    return [f"DROP TRIGGER IF EXISTS {trigger_name(t, o)}" for t in tables for o in OPERATIONS]


def drop_statements() -> list[str]:
    return drop_trigger_statements(TABLES) + ["DROP TABLE IF EXISTS dealtracker_data_version"]


def ensure(connection) -> None:
    """Create the counter and its triggers where missing (a no-op on other databases)."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        existing = {row[0] for row in cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "dealtracker_data_version" not in existing or not set(TABLES) <= existing:
            return  # not migrated that far (or migrated back): the migration creates them
        for sql in create_statements():
            cursor.execute(sql)


def ensure_after_migrate(sender, using: str = "default", **kwargs) -> None:
    from django.db import connections

    ensure(connections[using])
