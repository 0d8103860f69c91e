"""Every string from a user or an article is printed as text: markup in names, quotes or amounts never runs."""

import datetime as dt

import pytest

from tests.factories import CompanyAliasFactory, CompanyFactory

from .conftest import add_event, usd

pytestmark = pytest.mark.django_db

EVIL = "<img src=x onerror=alert(1)>"
ESCAPED = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture
def evil(softbank):
    company = CompanyFactory(name=EVIL, slug="img-x", description=EVIL, website="https://example.com/")
    CompanyAliasFactory(company=company, alias=f"{EVIL} alias", language="ar")
    event = add_event(
        actor=softbank,
        kind="investment",
        date=dt.date(2024, 5, 1),
        precision="month",
        status="rumored",
        others=((company, "target"),),
        amounts=(usd("5000000", text=EVIL),),
        sentence=f"SoftBank may invest in {EVIL}.",
        outlet=EVIL,
    )
    event.summary = EVIL
    event.date_text = EVIL
    event.save()
    event.deal.summary = EVIL
    event.deal.save()
    return event


def test_markup_renders_as_text_on_every_page(client, evil):
    pages = [
        "/",
        f"/?q={EVIL}",
        f"/deals/{evil.deal_id}/",
        "/companies/img-x/",
        "/companies/softbank-group/",
    ]
    for url in pages:
        body = client.get(url).content.decode()
        assert "<img" not in body, url
        assert ESCAPED in body, url


def test_markup_is_escaped_in_the_feed(client, evil):
    body = client.get("/feed/").content.decode()
    assert "<img" not in body
    assert ESCAPED in body


def test_a_hostile_headline_written_by_an_editor_is_text(client, evil):
    evil.deal.headline = f"</h1><script>alert(1)</script>{EVIL}"
    evil.deal.save()
    body = client.get(f"/deals/{evil.deal_id}/").content.decode()
    assert "<script>alert(1)" not in body
    assert "&lt;/h1&gt;&lt;script&gt;alert(1)&lt;/script&gt;" in body
