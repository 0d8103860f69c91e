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
    assert titles[-1] == "2019: SoftBank Group's $1B offer to OpenAI was not carried out"
    summary = entries[0].find(f"{ATOM}summary").text
    assert "100 milliards de yens" in summary and "≈ $677M" in summary and "Le Journal" in summary
