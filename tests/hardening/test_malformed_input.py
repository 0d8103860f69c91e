"""Malformed parameters, forged forms and hostile bodies get a 4xx and change nothing, never a 500."""

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from deals.models import Amount, Event
from tests.factories import UserFactory, make_published_event
from tests.imports.editor_helpers import card_post_data, editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(softbank):
    return make_published_event(actor=softbank)


@pytest.fixture
def editor_client(client):
    client.raise_request_exception = False  # a 500 shows as a status code, as a browser would see it
    client.force_login(editor())
    return client


@pytest.mark.parametrize(
    "path",
    [
        "/?counterparty=%00",
        "/?q=%00",
        "/companies/softbank-group/?counterparty=a%00b",
        "/api/v1/events/?counterparty=%00",
        "/api/v1/events/?q=x%00",
        "/feed/?%00=1",
    ],
)
def test_a_nul_byte_in_a_public_query_is_a_400(client, published, path):
    client.raise_request_exception = False
    response = client.get(path)
    assert response.status_code == 400
    assert "NUL" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    ["q=%00", "review_state__exact=%00", "deal__kind__exact=%00", "o=%00", "p=%00"],
)
def test_admin_list_filters_with_a_nul_byte_are_a_400(client, published, query):
    client.raise_request_exception = False
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    response = client.get(f"{reverse('admin:deals_event_changelist')}?{query}")
    assert response.status_code == 400


def review_page(client, event):
    article = event.mentions.get().article
    page = client.get(reverse("admin:deals_article_review", args=[article.pk]))
    assert page.status_code == 200
    card = next(c for c in page.context["cards"] if c["event"].pk == event.pk)
    return reverse("admin:deals_article_review", args=[article.pk]), card


@pytest.mark.parametrize("value", ["abc", "", "1.5", "-1", "99999999999999999999999"])
def test_a_review_post_naming_no_event_is_a_4xx(editor_client, published, value):
    url, card = review_page(editor_client, published)
    response = editor_client.post(url, card_post_data(card, action="save", event=value))
    assert 400 <= response.status_code < 500
    assert Event.objects.get(pk=published.pk).version == published.version


def test_a_reject_with_a_version_that_is_no_number_is_a_400(editor_client, published):
    url, card = review_page(editor_client, published)
    data = card_post_data(card, action="reject", **{f"e{published.pk}-version": "abc"})
    assert editor_client.post(url, data).status_code == 400
    assert Event.objects.get(pk=published.pk).review_state == published.review_state


@pytest.mark.parametrize("initial", ["-1", "0", "5"])
def test_forged_formset_counts_do_not_duplicate_or_lose_amounts(editor_client, published, initial):
    url, card = review_page(editor_client, published)
    prefix = f"a{published.pk}"
    before = list(Amount.objects.filter(event=published).values_list("pk", "low", "currency"))
    data = card_post_data(card, action="save")
    data[f"{prefix}-INITIAL_FORMS"] = initial
    data[f"{prefix}-TOTAL_FORMS"] = "12"
    # The existing amount's row copied into slots the page never drew (it draws the amount and one empty row).
    for name, value in list(data.items()):
        if name.startswith(f"{prefix}-0-") and not name.endswith("-id"):
            for slot in range(2, 12):
                data[name.replace(f"{prefix}-0-", f"{prefix}-{slot}-")] = value
    response = editor_client.post(url, data)
    assert response.status_code in (302, 400)
    assert list(Amount.objects.filter(event=published).values_list("pk", "low", "currency")) == before


def test_a_deeply_nested_json_body_is_a_400(published):
    user = editor("api-editor")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    body = "[" * 2000 + "]" * 2000
    response = client.patch(f"/api/v1/events/{published.pk}/", body, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"
    assert Event.objects.get(pk=published.pk).version == published.version
    deep_cursor = "/api/v1/events/?cursor=" + __import__("base64").urlsafe_b64encode(body.encode()).decode()
    assert client.get(deep_cursor).status_code == 404
