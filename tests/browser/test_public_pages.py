"""A reader's visit in a real browser: chronology, filters, a deal, a source, the feed; accessibility and
screenshots of every page type."""

import re

import pytest
from lxml import etree

from tests.pages.conftest import SEED_DATES, SEED_ORDER, seeds  # noqa: F401 - the fixture is used by name

ATOM = "{http://www.w3.org/2005/Atom}"


def serious_violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -> {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def test_reader_journey(page, live_url, seeds):  # noqa: F811
    # The chronology, in order and at each date's precision.
    page.goto(live_url + "/")
    assert page.locator("time.event-date").all_inner_texts() == [SEED_DATES[name] for name in SEED_ORDER]

    # Sources open on demand, the Arabic quote laid out right to left.
    talks = page.locator(f"#event-{seeds.events['openai_talks'].pk}")
    quote = talks.locator("blockquote")
    assert not quote.is_visible()
    talks.locator("summary").click()
    assert quote.is_visible()
    assert quote.evaluate("el => getComputedStyle(el).direction") == "rtl"

    # Two filters through the form, without JavaScript help: the result is a shareable address.
    page.select_option("select[name=kind]", "investment")
    page.select_option("select[name=counterparty]", "openai")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(r"kind=investment.*counterparty=openai"))
    listed = page.locator("li.event").evaluate_all("els => els.map(e => e.id)")
    assert listed == [f"event-{seeds.events[n].pk}" for n in ("openai_talks", "fund_openai", "openai_2019")]

    # Open a deal, then follow a source to its article (the news site is stubbed: no network in tests).
    page.locator(f"#event-{seeds.events['fund_openai'].pk} h5 a").click()
    page.wait_for_url(re.compile(r"/deals/\d+/"))
    assert page.locator("h1").inner_text() == "SoftBank Vision Fund 2's investment in OpenAI"
    article = seeds.events["fund_openai"].mentions.get().article
    page.route(
        "https://news.example.com/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>The article</title><p>Original story</p>"
        ),
    )
    page.locator("ol.timeline .source-meta a").first.click()
    page.wait_for_url(article.url)
    assert page.title() == "The article"

    # The feed, as a feed reader fetches it.
    response = page.request.get(live_url + "/feed/")
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    entries = etree.fromstring(response.body()).findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text.split(":")[0] for e in entries] == [SEED_DATES[name] for name in SEED_ORDER]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_page_type_passes_axe_and_is_captured(browser, live_url, seeds, screenshot, scheme):  # noqa: F811
    pages = {
        "home": "/",
        "home-filtered": "/?kind=investment&q=openai",
        "deal": f"/deals/{seeds.events['openai_talks'].deal_id}/",
        "company": "/companies/softbank-group/",
    }
    failures = {}
    for width in (360, 1280):
        context = browser.new_context(viewport={"width": width, "height": 800}, color_scheme=scheme)
        page = context.new_page()
        for name, path in pages.items():
            page.goto(live_url + path)
            # Open every source list so the quotes are checked too.
            for summary in page.locator("details.sources summary").all():
                summary.click()
            # Nothing may overflow sideways, even on a phone.
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{name} at {width}px scrolls sideways by {overflow}px"
            if width == 1280 or name != "home-filtered":
                problems = serious_violations(page)
                if problems:
                    failures[f"{name}@{width}/{scheme}"] = problems
            if name != "home-filtered":
                screenshot(page, f"{name}-{width}-{scheme}")
        context.close()
    assert failures == {}
