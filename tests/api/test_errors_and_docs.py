"""JSON errors everywhere under /api/, throttled anonymous clients, and the schema and docs served offline."""

import re

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


def test_unknown_addresses_and_objects_are_json_404(seed, anon):
    for url in (
        "/api/v1/nothing-here/",
        "/api/v1/events/999999/",
        "/api/v1/companies/no-such-slug/",
    ):
        response = anon.get(url)
        assert response.status_code == 404
        assert response.json()["detail"]
    assert "Did you mean /api/v1/events/" in anon.get("/api/v1/events").json()["detail"]


def test_anonymous_clients_are_throttled_with_retry_after(seed, anon, editor_client, settings):
    rest = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"anon": "3/minute"}}
    with override_settings(REST_FRAMEWORK=rest):
        statuses = [anon.get("/api/v1/companies/").status_code for _ in range(4)]
        assert statuses == [200, 200, 200, 429]
        response = anon.get("/api/v1/events/")
        assert response.status_code == 429
        assert int(response["Retry-After"]) > 0
        assert response.json()["code"] == "throttled"
        # Editors are not throttled.
        assert all(editor_client.get("/api/v1/events/").status_code == 200 for _ in range(5))


def test_schema_lists_every_endpoint_and_documents_errors(anon):
    response = anon.get("/api/schema/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    paths = schema["paths"]
    for path in (
        "/api/v1/companies/",
        "/api/v1/companies/{slug}/",
        "/api/v1/deals/",
        "/api/v1/deals/{id}/",
        "/api/v1/events/",
        "/api/v1/events/{id}/",
        "/api/v1/articles/",
        "/api/v1/articles/{id}/",
        "/api/v1/amounts/{id}/",
        "/api/v1/timeline.json",
        "/api/v1/events.csv",
    ):
        assert path in paths, path
    events = paths["/api/v1/events/"]["get"]
    names = {p["name"] for p in events["parameters"]}
    assert {
        "company",
        "include_units",
        "counterparty",
        "kind",
        "status",
        "date_from",
        "date_to",
        "min_usd",
        "max_usd",
        "q",
        "updated_since",
        "ordering",
        "cursor",
        "page_size",
        "fields",
    } <= names
    assert all("type" in p["schema"] for p in events["parameters"])
    assert {"200", "400", "401", "429"} <= set(events["responses"])
    assert "409" in paths["/api/v1/events/{id}/"]["patch"]["responses"]


def test_swagger_ui_is_served_from_the_sidecar(anon):
    response = anon.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    # Hashed by the manifest storage once `make setup` has collected the static files.
    assert re.search(r"drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle(\.[0-9a-f]{12})?\.js", html)
    assert "cdn.jsdelivr" not in html and "unpkg" not in html  # works offline
    script = anon.get("/api/docs/", {"script": ""}).content.decode()
    assert "/api/schema/" in script


def test_odd_paths_get_json_404_too(anon):
    response = anon.get("/api/v1/companies/%C3%A9%0A/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
