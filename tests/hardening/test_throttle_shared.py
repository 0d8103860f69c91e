"""The anonymous API throttle counts each real client once, across every worker process."""

import threading

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import override_settings
from rest_framework.test import APIClient

from deals.models import ThrottleCounter


def rate(settings, value: str, **extra):
    return override_settings(
        REST_FRAMEWORK={**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": value}, **extra}
    )


@pytest.mark.django_db
def test_a_new_forwarded_for_on_each_request_does_not_make_a_new_client(settings):
    client = APIClient()
    with rate(settings, "3/minute"):
        statuses = [
            client.get("/api/v1/companies/", HTTP_X_FORWARDED_FOR=f"203.0.113.{n}").status_code for n in range(6)
        ]
    assert statuses == [200, 200, 200, 429, 429, 429]


@pytest.mark.django_db
def test_behind_one_trusted_proxy_each_forwarded_client_has_its_own_count(settings):
    client = APIClient()
    with rate(settings, "2/minute", NUM_PROXIES=1):
        first = [client.get("/api/v1/companies/", HTTP_X_FORWARDED_FOR="198.51.100.1").status_code for _ in range(3)]
        # The proxy appends the address it saw: a client cannot hide behind a forged first hop.
        forged = client.get("/api/v1/companies/", HTTP_X_FORWARDED_FOR="10.9.9.9, 198.51.100.1").status_code
        other = client.get("/api/v1/companies/", HTTP_X_FORWARDED_FOR="198.51.100.2").status_code
    assert (first, forged, other) == ([200, 200, 429], 429, 200)


@pytest.mark.django_db
def test_counts_outlive_a_worker_s_memory(settings):
    """A request served by another worker process finds the count the first one made."""
    client = APIClient()
    with rate(settings, "2/minute"):
        assert [client.get("/api/v1/companies/").status_code for _ in range(2)] == [200, 200]
        for alias in settings.CACHES:  # what a fresh process would not have
            caches[alias].clear()
        response = client.get("/api/v1/companies/")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 60


@pytest.mark.django_db(transaction=True)
def test_concurrent_requests_are_all_counted(settings):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers, so it cannot show a lost count: run with DATABASE_URL=postgres://...")
    statuses, barrier = [], threading.Barrier(8)

    def worker():
        client = APIClient()
        barrier.wait()
        for _ in range(5):
            statuses.append(client.get("/api/v1/companies/").status_code)
        connection.close()

    with rate(settings, "10/minute"):
        threads = [threading.Thread(target=worker) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sorted(statuses).count(200) == 10 and len(statuses) == 40
    assert ThrottleCounter.objects.get().hits == 40
