import sqlite3
import subprocess
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from .backup import pg_url


class Command(BaseCommand):
    help = "Restore a backup made by `backup`: .dump (PostgreSQL), .sqlite3 (SQLite) or .json (either)."

    def add_arguments(self, parser):
        parser.add_argument("file")

    def handle(self, *args, file: str, **options):
        path = Path(file)
        if not path.is_file():
            raise CommandError(f"No backup file at {path}.")
        if path.suffix == ".json":
            call_command("flush", interactive=False, verbosity=0)
            call_command("loaddata", str(path), verbosity=0)
        elif path.suffix == ".dump":
            if connection.vendor != "postgresql":
                raise CommandError("A .dump file restores into PostgreSQL only; use a .json backup for SQLite.")
            connection.close()
            subprocess.run(
                ["pg_restore", "--clean", "--if-exists", "--no-owner", f"--dbname={pg_url()}", str(path)], check=True
            )
        elif path.suffix == ".sqlite3":
            if connection.vendor != "sqlite":
                raise CommandError("A .sqlite3 file restores into SQLite only; use a .json backup for PostgreSQL.")
            connection.close()
            with sqlite3.connect(path) as source, sqlite3.connect(settings.DATABASES["default"]["NAME"]) as dest:
                source.backup(dest)
        else:
            raise CommandError("Unknown backup type: expected .dump, .sqlite3 or .json.")
        self.stdout.write(self.style.SUCCESS(f"Restored {path}"))
