"""Every admin page answers for a superuser, at a query count that does not grow with the data."""

import pytest
from django.contrib import admin
from django.contrib.auth import get_user
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from deals.models import Company, CompanySector, ImportBatch, ImportItem, Sector
from tests.factories import CompanyAliasFactory, CompanyFactory, UserFactory, make_published_event

pytestmark = pytest.mark.django_db

MODELS = [model for model in admin.site._registry if model._meta.app_label == "deals"]


def fill(rows: int, softbank: Company) -> None:
    sector, _ = Sector.objects.get_or_create(slug="ai-models", defaults={"name": "AI models", "is_ai": True})
    for _ in range(rows):
        target = CompanyFactory(parent=softbank)
        CompanyAliasFactory(company=target)
        CompanySector.objects.create(company=target, sector=sector)
        event = make_published_event(actor=softbank, target=target)
        batch = ImportBatch.objects.create(label=f"batch for {target.name}")
        article = event.mentions.get().article
        ImportItem.objects.create(batch=batch, file_name="a.txt", text=article.text, status="done", article=article)


@pytest.fixture
def superuser_client(client):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    return client


def get_counted(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def admin_urls(model, user):
    info = model._meta.app_label, model._meta.model_name
    obj = model.objects.order_by("pk").first()
    urls = {
        "changelist": reverse("admin:{}_{}_changelist".format(*info)),
        "change": reverse("admin:{}_{}_change".format(*info), args=[obj.pk]),
        "history": reverse("admin:{}_{}_history".format(*info), args=[obj.pk]),
    }
    request = RequestFactory().get("/admin/")
    request.user = user
    if admin.site._registry[model].has_add_permission(request):  # import batches start from the import page
        urls["add"] = reverse("admin:{}_{}_add".format(*info))
    return urls


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_admin_pages_answer_with_constant_queries(model, superuser_client, softbank, django_assert_max_num_queries):
    fill(1, softbank)
    user = get_user(superuser_client)
    baseline = {name: get_counted(superuser_client, url) for name, url in admin_urls(model, user).items()}

    fill(49, softbank)
    for name, url in admin_urls(model, user).items():
        with django_assert_max_num_queries(baseline[name], info=f"{model.__name__} {name}"):
            response = superuser_client.get(url)
        assert response.status_code == 200


def test_changelist_search_and_filters_answer(superuser_client, softbank):
    fill(3, softbank)
    url = reverse("admin:deals_event_changelist")
    assert superuser_client.get(url, {"q": "SoftBank", "review_state__exact": "published"}).status_code == 200
    assert superuser_client.get(reverse("admin:deals_company_changelist"), {"q": "Alias"}).status_code == 200


def test_company_autocomplete_finds_by_alias(superuser_client, softbank):
    CompanyAliasFactory(company=softbank, alias="ソフトバンクグループ", language="ja")
    response = superuser_client.get(
        reverse("admin:autocomplete"),
        {"term": "ソフトバンク", "app_label": "deals", "model_name": "dealparty", "field_name": "company"},
    )
    assert response.status_code == 200
    assert [r["text"] for r in response.json()["results"]] == ["SoftBank Group"]
