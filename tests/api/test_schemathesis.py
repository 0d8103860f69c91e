"""Schemathesis against /api/schema/, in process through WSGI, with every default check.

Anonymous: every operation (reads, and writes that must be refused without changing anything).
Editor: every read, with a token, so drafts and full article texts are checked against the schema too.
Editor writes are covered by test_writes.py: valid-looking bodies can break rules no JSON schema can state
(low <= high, a party not below itself), which the API rightly answers with 400.
"""

import pytest
import schemathesis
from django.core.cache import cache
from hypothesis import HealthCheck, settings

from deals.models import Event, ThrottleCounter
from dealtracker.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/schema/", application)
editor_reads = schema.include(method="GET")

FUZZ = settings(
    max_examples=15,
    deadline=None,
    # The seed fixture is built once per operation; anonymous requests cannot change it.
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)


@pytest.fixture(autouse=True)
def keep_test_connection():
    """Calls through the WSGI app end with Django closing the database connection, which on PostgreSQL
    ends the test's transaction; Django's own test client unhooks the same signal handlers."""
    from django.core import signals
    from django.db import close_old_connections

    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


@pytest.fixture
def snapshot(seed):
    return sorted(Event.objects.values_list("pk", "version", "updated_at"))


@pytest.mark.slow
@pytest.mark.django_db
@schema.parametrize()
@FUZZ
def test_api_conforms_anonymous(case, seed, snapshot):
    cache.clear()  # throttling is tested on its own; here every generated request must reach the view
    ThrottleCounter.objects.all().delete()
    case.call_and_validate()
    assert sorted(Event.objects.values_list("pk", "version", "updated_at")) == snapshot


@pytest.mark.slow
@pytest.mark.django_db
@editor_reads.parametrize()
@FUZZ
def test_api_conforms_editor_reads(case, seed, editor):
    from rest_framework.authtoken.models import Token

    token, _ = Token.objects.get_or_create(user=editor)
    case.call_and_validate(headers={"Authorization": f"Token {token.key}"})
