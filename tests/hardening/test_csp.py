"""Every HTML page, found by walking every named URL, carries the Content-Security-Policy, and every inline
script on it carries that response's nonce."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.exceptions import NoReverseMatch

from tests.factories import (
    AmountFactory,
    ArticleFactory,
    CompanyAliasFactory,
    CompanyFactory,
    DealFactory,
    DealPartyFactory,
    EventFactory,
    MentionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

PK = 424242
SAMPLE = {"slug": "csp-company", "app_label": "deals", "model_name": "event", "object_id": str(PK), "format": "json"}
REQUIRED = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]
INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>", re.I)


def named_patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from named_patterns(entry, namespace)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{prefix}{entry.name}", entry


def url_for(name, pattern):
    kwargs = {key: SAMPLE.get(key, PK) for key in pattern.pattern.regex.groupindex}
    try:
        return reverse(name, kwargs=kwargs)
    except NoReverseMatch:
        return None


@pytest.fixture
def sample_data():
    company = CompanyFactory(pk=PK, slug="csp-company", name="CSP Company", is_tracked=True)
    CompanyAliasFactory(pk=PK, company=company)
    article = ArticleFactory(pk=PK)
    deal = DealFactory(pk=PK)
    DealPartyFactory(pk=PK, deal=deal, company=company)
    event = EventFactory(pk=PK, deal=deal)
    AmountFactory(pk=PK, event=event)
    MentionFactory(pk=PK, event=event, article=article)


def test_every_html_page_has_the_policy_and_nonced_inline_scripts(client, sample_data):
    client.force_login(UserFactory(username="root", is_staff=True, is_superuser=True))
    checked = []
    for name, pattern in sorted(named_patterns()):
        url = url_for(name, pattern)
        if url is None or name.endswith("logout"):
            continue
        response = client.get(url)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        policy = response.get("Content-Security-Policy", "")
        for directive in REQUIRED:
            assert directive in policy, f"{name} ({url}) lacks {directive}"
        nonce = re.search(r"'nonce-([^']+)'", policy)
        body = response.content.decode("utf-8", "replace")
        for attributes in INLINE_SCRIPT.findall(body):
            if "application/json" in attributes or "application/ld+json" in attributes:
                continue
            assert nonce and f'nonce="{nonce.group(1)}"' in attributes, (
                f"{name} ({url}) has an inline script without nonce"
            )
        checked.append(name)

    for must in ["home", "deal-detail", "company-detail", "admin:index", "admin:deals_event_changelist"]:
        assert must in checked
    assert any("docs" in name for name in checked), "the API docs page must be checked too"
