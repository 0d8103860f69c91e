import datetime as dt
import sqlite3
import subprocess
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management.base import BaseCommand, CommandError
from django.db import connection


class Command(BaseCommand):
    help = "Back up the database: pg_dump on PostgreSQL, a consistent copy of the file on SQLite, or --json."

    def add_arguments(self, parser):
        parser.add_argument("--dir", default=str(settings.BASE_DIR / "backups"))
        parser.add_argument(
            "--json",
            action="store_true",
            help="Portable JSON (dumpdata with natural keys), loadable into either database.",
        )

    def handle(self, *args, dir: str, json: bool, **options):
        folder = Path(dir)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        if json:
            target = folder / f"dealtracker-{stamp}.json"
            write_json_backup(target)
        elif connection.vendor == "postgresql":
            target = folder / f"dealtracker-{stamp}.dump"
            subprocess.run(["pg_dump", "--format=custom", f"--file={target}", pg_url()], check=True)
        elif connection.vendor == "sqlite":
            target = folder / f"dealtracker-{stamp}.sqlite3"
            # The backup API copies a consistent snapshot even while the app writes.
            with sqlite3.connect(settings.DATABASES["default"]["NAME"]) as source, sqlite3.connect(target) as dest:
                source.backup(dest)
        else:
            raise CommandError(f"No backup method for {connection.vendor}; use --json.")
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))


def pg_url() -> str:
    db = settings.DATABASES["default"]
    auth = db["USER"] + (f":{db['PASSWORD']}" if db.get("PASSWORD") else "")
    return f"postgresql://{auth}@{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{db['NAME']}"


# Rows before the rows that point at them: the mention trigger needs its article in place at insert time,
# which dumpdata's own ordering (natural-key dependencies only) does not guarantee.
# Every table a restored site needs: editors' API tokens and the import batches with their items too.
BACKUP_ORDER = [
    "auth.group",
    "auth.user",
    "authtoken.token",
    "deals.company",
    "deals.companyalias",
    "deals.article",
    "deals.deal",
    "deals.dealparty",
    "deals.event",
    "deals.amount",
    "deals.mention",
    "deals.importbatch",
    "deals.importitem",
]


def backup_models() -> list:
    ordered = [apps.get_model(label) for label in BACKUP_ORDER]
    history = [model.history.model for model in ordered if hasattr(model, "history")]
    return ordered + history


def write_json_backup(target: Path) -> None:
    with target.open("w", encoding="utf-8") as out:
        out.write("[\n")
        first = True
        for model in backup_models():
            for obj in model._default_manager.order_by("pk").iterator(chunk_size=2000):
                text = serializers.serialize("json", [obj], use_natural_foreign_keys=True).strip()[1:-1]
                out.write(("" if first else ",\n") + text)
                first = False
        out.write("\n]\n")
