"""Restore a backup made by `backup`, all or nothing: any error leaves the database exactly as it was.

- .json: the flush and the load run in one transaction, rolled back on any error (a truncated file
  included);
- .dump (PostgreSQL): pg_restore --single-transaction --exit-on-error, so its DROPs and loads commit
  together or not at all;
- .sqlite3: the file is checked whole (integrity and Django's tables) before SQLite's backup API copies
  it over the live file in one write transaction.
"""

import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError, connection, transaction

from .backup import pg_url

UNCHANGED = "Nothing was restored; the database is as it was."


class Command(BaseCommand):
    help = "Restore a backup made by `backup`: .dump (PostgreSQL), .sqlite3 (SQLite) or .json (either)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No backup file at {path}.")
        if path.suffix == ".json":
            restore_json(path)
        elif path.suffix == ".dump":
            if connection.vendor != "postgresql":
                raise CommandError("A .dump file restores into PostgreSQL only; use a .json backup for SQLite.")
            restore_dump(path)
        elif path.suffix == ".sqlite3":
            if connection.vendor != "sqlite":
                raise CommandError("A .sqlite3 file restores into SQLite only; use a .json backup for PostgreSQL.")
            restore_sqlite(path)
        else:
            raise CommandError("Unknown backup type: expected .dump, .sqlite3 or .json.")
        self.stdout.write(self.style.SUCCESS(f"Restored {path}"))


def restore_json(path: Path) -> None:
    try:
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(path), verbosity=0)
    except Exception as error:  # noqa: BLE001 - any failure (bad JSON, a missing row) is rolled back
        raise CommandError(f"{path.name} could not be loaded ({error}). {UNCHANGED}") from error


def restore_dump(path: Path) -> None:
    connection.close()
    listed = subprocess.run(["pg_restore", "--list", str(path)], capture_output=True, text=True)
    if listed.returncode != 0:
        raise CommandError(f"{path.name} is not a readable pg_dump archive ({listed.stderr.strip()}). {UNCHANGED}")
    restored = subprocess.run(
        [
            "pg_restore",
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={pg_url()}",
            str(path),
        ],
        capture_output=True,
        text=True,
    )
    if restored.returncode != 0:
        raise CommandError(f"pg_restore failed ({restored.stderr.strip()[-500:]}). {UNCHANGED}")


def restore_sqlite(path: Path) -> None:
    connection.close()
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as source:
            problems = [row[0] for row in source.execute("PRAGMA integrity_check")]
            if problems != ["ok"]:
                raise CommandError(f"{path.name} is damaged ({'; '.join(problems[:3])}). {UNCHANGED}")
            tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "django_migrations" not in tables:
                raise CommandError(f"{path.name} is not a DealTracker database. {UNCHANGED}")
            # One write transaction on the live file: on any error SQLite rolls it back.
            with sqlite3.connect(settings.DATABASES["default"]["NAME"]) as live:
                source.backup(live)
    except (sqlite3.DatabaseError, DatabaseError) as error:
        raise CommandError(f"{path.name} could not be read ({error}). {UNCHANGED}") from error
