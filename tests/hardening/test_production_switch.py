"""DEBUG=false is the whole production profile, `collectstatic` as `make setup` runs it serves a DEBUG=false
site, and a CSV export never starts a 200 it cannot finish."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from rest_framework.test import APIClient

from tests.factories import UserFactory, make_published_event

ROOT = Path(__file__).resolve().parents[2]
SECRET = "a-long-random-production-secret-key-for-tests-0123456789abcdef"


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    # A deployment's environment: none of the test run's own switches (the browser tests allow async-unsafe
    # database access in this process, which `check --deploy` rightly refuses).
    dropped = ("DEBUG", "DJANGO_PRODUCTION", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE")
    base = {k: v for k, v in os.environ.items() if k not in dropped}
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env={**base, **env}, capture_output=True, text=True, timeout=300
    )


def test_debug_false_alone_is_the_hardened_profile():
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "DEBUG"],
        DEBUG="false",
        SECRET_KEY=SECRET,
        ALLOWED_HOSTS="dealtracker.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout
    refused = run(["manage.py", "check"], DEBUG="false")
    assert refused.returncode != 0 and "SECRET_KEY" in refused.stderr


SERVE = """
import django
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
client = Client(raise_request_exception=False)
for path in ("/", "/admin/login/"):
    response = client.get(path, secure=True)
    print(path, response.status_code, b"/static/" in response.content)
"""


@pytest.mark.slow
def test_a_debug_false_server_serves_pages_after_collectstatic_as_make_setup_runs_it(tmp_path):
    static = tmp_path / "static"
    collected = run(["manage.py", "collectstatic", "--noinput", "--verbosity", "0"], STATIC_ROOT=str(static))
    assert collected.returncode == 0, collected.stderr
    assert (static / "staticfiles.json").is_file()
    served = run(
        ["-c", SERVE],
        DJANGO_SETTINGS_MODULE="dealtracker.settings",
        DEBUG="false",
        SECRET_KEY=SECRET,
        STATIC_ROOT=str(static),
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert served.returncode == 0, served.stderr[-3000:]
    assert served.stdout.split("\n")[:2] == ["/ 200 True", "/admin/login/ 200 True"], served.stdout + served.stderr


@pytest.mark.django_db
def test_csv_export_with_the_database_down_is_a_503_before_any_row(softbank, monkeypatch):
    make_published_event(actor=softbank)
    client = APIClient()
    client.force_authenticate(UserFactory(username="root", is_staff=True, is_superuser=True))

    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)
    response = client.get("/api/v1/events.csv")
    assert response.status_code == 503
    assert response.json()["code"] == "database_unavailable"
    assert response["Retry-After"]
