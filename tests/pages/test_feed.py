"""The Atom feed: published moves, newest first, each linking to its deal."""

import pytest
from lxml import etree

from .conftest import SEED_ORDER

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_atom_feed_lists_published_moves_newest_first(client, seeds):
    response = client.get("/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = etree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    links = [entry.find(f"{ATOM}link").get("href") for entry in entries]
    expected = [seeds.events[name] for name in SEED_ORDER]
    assert links == [f"http://testserver{event.get_absolute_url()}" for event in expected]
    titles = [entry.find(f"{ATOM}title").text for entry in entries]
    assert titles[0] == "7 Mar 2025: SoftBank Group to acquire assets from Sharp for ¥100B (≈ $677M)"
    assert titles[-1] == "2019: SoftBank Group's $1B offer to OpenAI did not go ahead"
    summary = entries[0].find(f"{ATOM}summary").text
    assert "100 milliards de yens" in summary and "≈ $677M" in summary and "Le Journal" in summary


def test_stored_markup_is_text_in_a_feed_reader(client, softbank):
    from lxml import html

    from deals.models import Article
    from tests.factories import make_published_event

    attack = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    event = make_published_event(actor=softbank, summary=f"Summary {attack}")
    Article.objects.filter(mentions__event=event).update(outlet=f"Outlet {attack}")
    feed = etree.fromstring(client.get("/feed/").content)
    summary = feed.find(f"{ATOM}entry/{ATOM}summary")
    assert summary.get("type") in ("html", "text")
    if summary.get("type") == "html":  # what a reader renders: the text unescaped once, as HTML
        rendered = html.fragment_fromstring(summary.text, create_parent="div")
        assert not rendered.xpath("//script | //img | //*[@onerror]")
        text = rendered.text_content()
    else:
        text = summary.text
    assert f"Summary {attack}" in text and f"Outlet {attack}" in text
