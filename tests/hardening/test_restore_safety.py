"""A restore is all or nothing: a truncated backup, in every format, leaves every row as it was; and a
backup holds every table a restored site needs."""

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.core.serializers import serialize
from django.db import connection
from rest_framework.authtoken.models import Token

from deals.models import Article, Company, Event, ImportBatch, ImportItem
from deals.services.batches import BatchFile, batch_enqueue
from tests.factories import CompanyAliasFactory, UserFactory, make_published_event

pytestmark = pytest.mark.django_db(transaction=True)
ROOT = Path(__file__).resolve().parents[2]


def every_row() -> dict[str, str]:
    """Every row of every table Django knows, the migrations table included, in a stable order."""
    state = {}
    for model in apps.get_models():
        state[model._meta.label] = serialize("json", model._default_manager.order_by("pk"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
        state["django_migrations"] = repr(cursor.fetchall())
    return state


@pytest.fixture
def site(softbank, settings):
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}  # items stay queued
    editor = UserFactory(username="editor")
    token = Token.objects.create(user=editor)
    CompanyAliasFactory(company=softbank, alias="ソフトバンクグループ", language="ja")
    for _ in range(3):
        make_published_event(actor=softbank)
    batch = batch_enqueue(files=[BatchFile(name="a.txt", text="SoftBank invested.")], user=editor, label="night run")
    return {"token": token.key, "batch": batch.pk}


def backup(*args: str, folder: Path) -> Path:
    out = io.StringIO()
    call_command("backup", *args, "--dir", str(folder), stdout=out)
    return Path(out.getvalue().split("Backup written to ")[1].strip())


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])


def test_json_backup_holds_api_tokens_and_import_batches(site, tmp_path):
    before = every_row()
    path = backup("--json", folder=tmp_path)
    call_command("flush", interactive=False, verbosity=0)
    assert not Token.objects.exists() and not ImportBatch.objects.exists()
    call_command("restore", str(path), stdout=io.StringIO())
    assert Token.objects.get().key == site["token"]
    assert ImportBatch.objects.get().label == "night run"
    assert list(ImportItem.objects.values_list("batch_id", "file_name", "status")) == [
        (site["batch"], "a.txt", "queued")
    ]
    after = every_row()
    for label in ("auth.User", "authtoken.Token", "deals.Event", "deals.ImportBatch", "deals.ImportItem"):
        assert after[label] == before[label], label


def test_a_truncated_json_backup_leaves_every_row_as_it_was(site, tmp_path):
    path = backup("--json", folder=tmp_path)
    truncate(path)
    before = every_row()
    with pytest.raises(CommandError, match="the database is as it was"):
        call_command("restore", str(path), stdout=io.StringIO())
    assert every_row() == before
    assert Article.objects.count() == 3 and Event.objects.count() == 3


def test_a_truncated_pg_dump_leaves_every_row_as_it_was(site, tmp_path):
    if connection.vendor != "postgresql":
        pytest.skip("A .dump restores into PostgreSQL only: run with DATABASE_URL=postgres://...")
    path = backup(folder=tmp_path)
    assert path.suffix == ".dump"
    truncate(path)
    before = every_row()
    with pytest.raises(CommandError, match="the database is as it was"):
        call_command("restore", str(path), stdout=io.StringIO())
    assert every_row() == before
    # A whole dump still restores.
    whole = backup(folder=tmp_path / "whole")
    Company.objects.filter(slug="softbank-group").update(name="Changed after the backup")
    call_command("restore", str(whole), stdout=io.StringIO())
    assert every_row() == before


COUNTS = (
    "from django.db import connection; from deals.models import Company, CompanyAlias; "
    "cursor = connection.cursor(); cursor.execute('SELECT COUNT(*) FROM django_migrations'); "
    "print(Company.objects.count(), CompanyAlias.objects.count(), cursor.fetchone()[0])"
)


@pytest.mark.slow
def test_a_truncated_sqlite_backup_leaves_every_row_as_it_was(tmp_path):
    env = {
        **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        "DATABASE_URL": f"sqlite:///{tmp_path / 'live.sqlite3'}",
    }

    def manage(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )

    assert manage("migrate", "--verbosity", "0").returncode == 0
    assert manage("load_companies").returncode == 0
    made = manage("backup", "--dir", str(tmp_path))
    path = Path(made.stdout.split("Backup written to ")[1].strip())
    assert path.suffix == ".sqlite3"

    def counts() -> list[int]:
        return [int(n) for n in manage("shell", "--no-imports", "-c", COUNTS).stdout.strip().splitlines()[-1].split()]

    before = counts()
    assert before[0] > 100 and before[2] > 10
    truncate(path)
    refused = manage("restore", str(path))
    assert refused.returncode != 0 and "the database is as it was" in refused.stderr
    assert counts() == before
