import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.urls import reverse

from tests.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]


def admin_login(client, username, password):
    return client.post(
        reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR="10.0.0.7"
    )


@pytest.mark.django_db
def test_admin_login_locks_after_repeated_failures(client, settings):
    UserFactory(username="editor", is_staff=True, password="the-right-password-42")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert admin_login(client, "editor", "wrong").status_code == 200
    assert admin_login(client, "editor", "wrong").status_code == 429

    locked = admin_login(client, "editor", "the-right-password-42")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_good_password_before_the_limit_still_signs_in(client, settings):
    UserFactory(username="editor", is_staff=True, password="the-right-password-42")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        admin_login(client, "editor", "wrong")
    assert admin_login(client, "editor", "the-right-password-42").status_code == 302


@pytest.fixture
def database_down(monkeypatch):
    def refuse(self):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "ensure_connection", refuse)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/", "/deals/1/", "/companies/softbank-group/"])
def test_pages_answer_503_with_a_friendly_page_when_the_database_is_down(client, database_down, path):
    response = client.get(path)
    assert response.status_code == 503
    assert "briefly unavailable" in response.content.decode()
    assert "Traceback" not in response.content.decode()
    assert response["Retry-After"]


@pytest.mark.django_db
def test_api_answers_503_json_when_the_database_is_down(client, database_down):
    response = client.get("/api/v1/events/")
    assert response.status_code == 503
    assert response.json()["code"] == "database_unavailable"


@pytest.mark.django_db
def test_healthz_reports_database_and_task_queue(client):
    body = client.get("/healthz").json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] and body["tasks"]["ok"]


@pytest.mark.django_db
def test_healthz_says_unavailable_when_the_database_is_down(client, database_down):
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"]["ok"] is False


def test_logs_are_one_json_object_a_line():
    from dealtracker.logging import JsonFormatter

    record = logging.makeLogRecord(
        {"name": "deals.import", "levelname": "INFO", "msg": "imported %s", "args": ("a.txt",)}
    )
    record.article_id = 7
    line = JsonFormatter().format(record)
    assert json.loads(line) == {
        "time": json.loads(line)["time"],
        "level": "INFO",
        "logger": "deals.import",
        "message": "imported a.txt",
        "article_id": 7,
    }


def test_production_settings_pass_the_deploy_check():
    env = {
        "DJANGO_PRODUCTION": "1",
        "SECRET_KEY": "x" * 20 + "a-long-random-production-secret-key-1234567890",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={"DJANGO_PRODUCTION": "1", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_the_lock_lifts_after_the_cool_off(client, settings):
    from axes.models import AccessAttempt
    from django.utils import timezone

    UserFactory(username="editor", is_staff=True, password="the-right-password-42")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        admin_login(client, "editor", "wrong")
    assert admin_login(client, "editor", "the-right-password-42").status_code == 429

    AccessAttempt.objects.update(
        attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - timezone.timedelta(seconds=1)
    )
    assert admin_login(client, "editor", "the-right-password-42").status_code == 302
