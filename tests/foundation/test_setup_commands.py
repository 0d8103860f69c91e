"""What `make run` relies on: the fixtures load, the commands are idempotent, migrations are complete."""

import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from deals.models import Company, CompanyAlias

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_company_fixture_loads_with_units_and_aliases():
    run("load_companies")
    group = Company.objects.get(name="SoftBank Group")
    assert group.is_tracked
    assert Company.objects.count() >= 80
    unit_names = set(group.units.values_list("name", flat=True))
    assert {"SoftBank Vision Fund 2", "SoftBank Corp"} <= unit_names
    languages = set(CompanyAlias.objects.filter(company=group).values_list("language", flat=True))
    assert {"ja", "ar", "ko", "zh-hans", "zh-hant"} <= languages


def test_load_companies_keeps_editors_changes():
    run("load_companies")
    Company.objects.filter(name="OpenAI").update(description="Edited by an editor")
    output = run("load_companies")
    assert "kept" in output
    assert Company.objects.get(name="OpenAI").description == "Edited by an editor"


def test_local_admin_is_created_once_and_its_password_works(client):
    first = run("ensure_local_admin")
    password = first.split("password: ")[1].split()[0]
    assert client.login(username="admin", password=password)
    second = run("ensure_local_admin")
    assert "exists" in second and password not in second


def test_migrations_are_complete():
    result = subprocess.run(
        [sys.executable, "manage.py", "makemigrations", "--check", "--dry-run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_system_checks_are_clean():
    assert (
        "no issues"
        in subprocess.run(
            [sys.executable, "manage.py", "check"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    )


def test_database_url_selects_the_backend():
    code = (
        "import os; os.environ['DATABASE_URL']='postgres://u@db.example:5433/dt';"
        "from dealtracker import settings as s; d=s.DATABASES['default'];"
        "print(d['ENGINE'], d['HOST'], d['PORT'], d['NAME'])"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["django.db.backends.postgresql", "db.example", "5433", "dt"]
    code = "import os; os.environ.pop('DATABASE_URL', None); from dealtracker import settings as s; print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'])"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["django.db.backends.sqlite3", str(ROOT / "db.sqlite3")]
