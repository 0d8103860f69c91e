"""Import by URL: the article and its metadata from the page; private addresses, big and slow pages refused."""

import datetime as dt
import socket

import pytest
from django.urls import reverse

from deals.models import Article
from deals.services import fetching
from tests.imports.editor_helpers import editor

from .pages_server import ARTICLE_HTML, PagesServer


@pytest.fixture
def pages():
    server = PagesServer()
    server.add("/mistral", ARTICLE_HTML)
    yield server
    server.close()


@pytest.fixture
def allow_local(settings):
    settings.IMPORT_URL_ALLOW_PRIVATE = True
    return settings


def _import(client, *urls, **extra):
    client.force_login(editor())
    return client.post(reverse("admin:deals_article_import_url"), {"urls": "\n".join(urls), **extra})


@pytest.mark.django_db
def test_an_article_is_imported_by_url_with_the_pages_title_outlet_language_and_date(
    client, softbank, extractor, pages, allow_local
):
    response = _import(client, pages.url("/mistral"))
    article = Article.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:deals_article_review", args=[article.pk])
    assert (article.title, article.outlet, article.language) == (
        "SoftBank investit dans Mistral AI",
        "Le Journal",
        "fr",
    )
    assert article.published_on == dt.date(2024, 6, 11)
    assert article.url == pages.url("/mistral")
    assert "500 millions d'euros" in article.text and "Mentions légales" not in article.text


@pytest.mark.django_db
def test_several_urls_list_each_outcome(client, softbank, extractor, pages, allow_local):
    pages.add("/same", ARTICLE_HTML)
    pages.add("/gone", "no", status=404)
    response = _import(client, pages.url("/mistral"), pages.url("/same"), pages.url("/gone"))
    html = response.content.decode()
    assert response.status_code == 200
    assert Article.objects.count() == 1
    assert html.count('class="outcome-imported"') == 1 and html.count('class="outcome-already-there"') == 1
    assert "the site answered 404" in html


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["127.0.0.1", "10.1.2.3", "169.254.169.254", "::1", "192.168.0.10"])
def test_private_loopback_and_link_local_addresses_are_refused(client, softbank, extractor, monkeypatch, address):
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    monkeypatch.setattr(
        fetching.socket, "getaddrinfo", lambda *a, **k: [(family, socket.SOCK_STREAM, 6, "", (address, 80))]
    )
    response = _import(client, "http://intranet.example/article")
    assert response.status_code == 400
    assert "private, loopback or link-local network" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_redirect_to_a_private_address_is_refused(client, softbank, extractor, pages, monkeypatch):
    pages.add("/moved", "", status=302, headers={"Location": "http://intranet.example/secret"})
    pages.add("/secret", ARTICLE_HTML)
    resolved = {"news.example": "93.184.216.34", "intranet.example": "10.0.0.5"}
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in resolved:
            return real_getaddrinfo(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (resolved[host], port))]

    monkeypatch.setattr(fetching.socket, "getaddrinfo", getaddrinfo)
    real_connect = socket.create_connection
    monkeypatch.setattr(
        fetching.socket, "create_connection", lambda address, *a: real_connect(("127.0.0.1", pages.port), *a)
    )
    response = _import(client, f"http://news.example:{pages.port}/moved")
    assert response.status_code == 400
    assert "intranet.example is on a private" in response.content.decode()
    assert pages.seen == ["/moved"]
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_page_over_the_cap_or_slower_than_the_timeout_is_refused_and_nothing_saved(
    client, softbank, extractor, pages, allow_local
):
    allow_local.IMPORT_URL_MAX_BYTES = 2000
    allow_local.IMPORT_URL_TIMEOUT = 0.5
    pages.add("/big", ARTICLE_HTML * 3)
    pages.add("/slow", ARTICLE_HTML, delay=2)
    html = _import(client, pages.url("/big"), pages.url("/slow")).content.decode()
    assert "over the limit of 0.0 MB" in html or "over the limit" in html
    assert "no answer within 0.5 s" in html
    assert not Article.objects.exists()
