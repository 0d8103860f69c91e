"""Companies named as people name them in the API; languages chosen as ISO codes wherever an editor types one."""

import pytest
from django.urls import reverse

from deals.models import Article, Company, CompanyAlias
from tests.api.conftest import anon, ids, seed  # noqa: F401
from tests.factories import ArticleFactory
from tests.imports.editor_helpers import editor

EVENTS = "/api/v1/events/"


@pytest.mark.parametrize("name", ["openai", "OpenAI", "openai ", "OPENAI", "Open AI lab"])
def test_counterparty_accepts_slug_name_or_alias_whatever_the_case(seed, anon, name):  # noqa: F811
    CompanyAlias.objects.create(company=Company.objects.get(slug="openai"), alias="Open AI Lab")
    by_slug = ids(anon.get(EVENTS, {"company": "softbank-group", "counterparty": "openai"}))
    assert by_slug
    assert ids(anon.get(EVENTS, {"company": "softbank-group", "counterparty": name})) == by_slug


def test_company_filter_takes_a_name_with_spaces(seed, anon):  # noqa: F811
    by_slug = ids(anon.get(EVENTS, {"company": "softbank-group", "page_size": 200}))
    assert ids(anon.get(EVENTS, {"company": "softbank group", "page_size": 200})) == by_slug
    assert ids(anon.get("/api/v1/deals/", {"counterparty": "Mistral AI"}))


def test_the_api_language_filter_refuses_a_language_name_with_the_code_to_use(seed, anon):  # noqa: F811
    response = anon.get("/api/v1/articles/", {"language": "English"})
    assert response.status_code == 400
    assert "use “en”" in response.json()["errors"]["language"][0]
    assert anon.get("/api/v1/articles/", {"language": "en"}).status_code == 200


@pytest.mark.django_db
def test_import_and_article_forms_offer_iso_codes_and_refuse_english(client, softbank, extractor):
    client.force_login(editor())
    page = client.get(reverse("admin:deals_article_import")).content.decode()
    assert '<option value="en">English</option>' in page and '<select name="language"' in page
    response = client.post(
        reverse("admin:deals_article_import"),
        {"text": "SoftBank news.\nMore text.", "published": "2024-07-10", "language": "English"},
    )
    assert response.status_code == 400 and "use “en”" in response.content.decode()
    assert not Article.objects.exists()

    article = ArticleFactory(language="en")
    url = reverse("admin:deals_article_change", args=[article.pk])
    client.force_login(editor("chief"))
    form = {"title": article.title, "outlet": article.outlet, "url": article.url, "published_on": "2024-11-14"}
    response = client.post(url, {**form, "language": "English"})
    assert response.status_code == 200 and "use “en”" in response.content.decode()
    article.refresh_from_db()
    assert article.language == "en"
