"""The seed articles, imported as `make run` imports them, and which of their moves are AI moves.

The expected classification was written by reading fixtures/articles/*.txt, move by move, before looking at what
the rule decided. A move is named by its kind and its parties, less the actor when it belongs to SoftBank Group's
family (which of them acted, the group, a unit or a fund, does not change what the move is about). A published move missing from the
list fails the test: someone has to read it and say whether it is about AI.
"""

import csv
import io
import re

import pytest
from django.core.cache import cache
from django.core.management import call_command
from rest_framework.test import APIClient

from deals.models import Company, Deal, DealParty, Event

pytestmark = pytest.mark.django_db

# (what the articles say, kind, parties less a SoftBank actor, an AI move?)
EXPECTED = [
    ("SoftBank buys Nvidia GPUs (talks in July 2024, the DGX B200 in November)", "acquisition", {"nvidia"}, True),
    ("SoftBank borrows up to $10B for energy projects driven by AI demand, to buy GPUs", "financing", set(), True),
    ("Son blocks the Vision Fund's investment in Mistral", "investment", {"mistral-ai"}, True),
    ("Nvidia and SoftBank build AI infrastructure in Japan", "partnership", {"nvidia"}, True),
    ("The $9B-a-year AI investment plan; the $100B plan for AI projects in the US", "commitment", set(), True),
    (
        "SoftBank's investments in OpenAI: $500M, $1.5B of shares, up to $25B, the 2019 offer",
        "investment",
        {"openai"},
        True,
    ),
    ("The Vision Fund 2 invests in Perplexity AI", "investment", {"perplexity-ai"}, True),
    ("SoftBank acquired Graphcore, the AI chip designer", "acquisition", {"graphcore"}, True),
    ("SoftBank pays $676M for Sharp's Sakai plant, to turn it into an AI data centre", "acquisition", {"sharp"}, True),
    ("The memorandum with Sharp to build an AI data centre in its plant", "partnership", {"sharp"}, True),
    ("SoftBank and OpenAI widen their collaboration: Cristal Intelligence in Japan", "partnership", {"openai"}, True),
    ("SB OpenAI Japan, the joint venture with OpenAI", "joint_venture", {"openai"}, True),
    (
        "Stargate, the venture with OpenAI and Oracle (SB OpenAI Japan when told beside it)",
        "joint_venture",
        {"openai", "oracle"},
        True,
    ),
    ("SoftBank's $15B commitment to Stargate with OpenAI and Oracle", "commitment", {"openai", "oracle"}, True),
    ("SoftBank Corp sets up an entity to build generative AI", "launch", set(), True),
    (
        "SoftBank plans to buy the rest of Berkshire Grey, the AI and robotics company",
        "acquisition",
        {"berkshire-grey"},
        True,
    ),
    ("Alibaba launches its own AI chatbot, Tongyi Qianwen", "launch", {"alibaba"}, True),
    ("The Vision Fund invested $3.1B in 2022, into no particular field", "investment", set(), False),
    (
        "SoftBank cashes out almost all of its Alibaba stake, to fund its AI investments",
        "divestment",
        {"alibaba"},
        False,
    ),
    ("Alibaba turned SoftBank's $54M into $72B over 23 years (a return, no move)", "commitment", {"alibaba"}, False),
]
# The moves the product promises on its front page, and the sale it promised to leave off: these must be found.
REQUIRED = [
    ("acquisition", {"nvidia"}),
    ("partnership", {"nvidia"}),
    ("investment", {"openai"}),
    ("commitment", {"openai", "oracle"}),
    ("joint_venture", {"openai", "oracle"}),
    ("investment", {"perplexity-ai"}),
    ("acquisition", {"graphcore"}),
    ("acquisition", {"sharp"}),
    ("acquisition", {"berkshire-grey"}),
    ("divestment", {"alibaba"}),
]


def _key(kind: str, slugs) -> tuple[str, frozenset]:
    return kind, frozenset(slugs)


EXPECTED_AI = {_key(kind, slugs): is_ai for _, kind, slugs, is_ai in EXPECTED}


@pytest.fixture
def seeded(db):
    call_command("load_companies", stdout=io.StringIO())
    call_command("import_articles", "--metadata", "fixtures/articles.json", "--publish", stdout=io.StringIO())
    cache.clear()


def softbank_family() -> set[int]:
    return set(Company.objects.get(slug="softbank-group").family_ids())


def move_key(deal: Deal, family: set[int]) -> tuple[str, frozenset]:
    return _key(
        deal.kind, {p.company.slug for p in deal.parties.all() if not (p.role == "actor" and p.company_id in family)}
    )


def published_deals() -> list[Deal]:
    return list(Deal.objects.published().prefetch_related("parties__company").order_by("pk"))


def test_the_seed_moves_are_classified_as_a_reader_of_the_articles_would(seeded):
    family = softbank_family()
    found = {}
    for deal in published_deals():
        key = move_key(deal, family)
        assert key in EXPECTED_AI, f"deal {deal.pk} {key} is not in the expected list: read it and add it"
        assert deal.is_ai == EXPECTED_AI[key], f"deal {deal.pk} {key}: is_ai={deal.is_ai} ({deal.ai_reason})"
        assert deal.ai_reason, deal.pk
        found[key] = deal
    missing = [key for key in REQUIRED if _key(*key) not in found]
    assert not missing, f"moves the front page promises were not imported: {missing}"


def chronology_event_ids(client, url: str) -> set[int]:
    ids = set()
    while url:
        html = client.get(url).content.decode()
        ids |= {int(n) for n in re.findall(r'<li class="event[^"]*" id="event-(\d+)"', html)}
        following = re.search(r'<a[^>]+href="(\?[^"]*after=[^"]*)"[^>]*rel="next"', html)
        url = "/" + following.group(1).replace("&amp;", "&") if following else None
    return ids


def test_the_front_page_shows_the_ai_moves_and_the_switch_shows_the_rest(seeded, client):
    family = softbank_family()
    softbank_deals = DealParty.objects.filter(company_id__in=family).values("deal_id")
    ours = Event.objects.published().filter(deal_id__in=softbank_deals)
    ai_only = chronology_event_ids(client, "/")
    assert ai_only == set(ours.filter(deal__is_ai=True).values_list("pk", flat=True))
    assert chronology_event_ids(client, "/?scope=all") == set(ours.values_list("pk", flat=True))
    sale = next(d for d in published_deals() if move_key(d, family) == _key("divestment", {"alibaba"}))
    assert not ai_only & set(sale.events.values_list("pk", flat=True))
    html = client.get("/").content.decode()
    assert "SoftBank Group</bdi>’s AI moves" in html
    assert 'href="?scope=all">all moves</a>' in html


def api_ids(client, params) -> set[int]:
    response = client.get("/api/v1/events/", {**params, "page_size": 200})
    assert response.status_code == 200, response.content
    assert not response.json()["next"]
    return {row["id"] for row in response.json()["results"]}


def test_the_api_filters_by_sector_and_ai_flag_exactly_as_the_database_says(seeded):
    api = APIClient()
    published = Event.objects.published()

    def in_sectors(*slugs):
        deals = DealParty.objects.filter(company__sectors__slug__in=slugs).values("deal_id")
        return set(published.filter(deal_id__in=deals).values_list("pk", flat=True))

    assert api_ids(api, {"sector": "ai-compute"}) == in_sectors("ai-compute") != set()
    assert api_ids(api, {"sector": ["ai-compute", "robotics"]}) == in_sectors("ai-compute", "robotics")
    assert api_ids(api, {"ai": "true"}) == set(published.filter(deal__is_ai=True).values_list("pk", flat=True))
    assert api_ids(api, {"ai": "false"}) == set(published.filter(deal__is_ai=False).values_list("pk", flat=True))
    assert api_ids(api, {"sector": "no-such-sector"}) == set()
    assert api.get("/api/v1/events/", {"sector": "not a slug"}).status_code == 400
    assert api.get("/api/v1/events/", {"ai": "perhaps"}).status_code == 400

    nvidia = api.get("/api/v1/events/", {"counterparty": "nvidia", "kind": "partnership"}).json()["results"][0]
    assert nvidia["is_ai"] is True
    assert "ai-compute" in nvidia["sectors"]
    deal = api.get(f"/api/v1/deals/{nvidia['deal']['id']}/").json()
    assert (deal["is_ai"], deal["ai_reason"], deal["sectors"]) == (
        True,
        "Nvidia is in AI compute and chips",
        nvidia["sectors"],
    )
    assert api.get("/api/v1/companies/nvidia/").json()["sectors"] == ["ai-compute"]


def test_the_csv_takes_the_same_filters_and_states_each_move_s_flag_and_sectors(seeded):
    api = APIClient()
    response = api.get("/api/v1/events.csv", {"sector": "robotics"})
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert {int(row["id"]) for row in rows} == api_ids(api, {"sector": "robotics"}) != set()
    assert all(row["is_ai"] == "true" and "robotics" in row["sectors"].split("\n") for row in rows)


def test_companies_filter_by_sector(seeded):
    response = APIClient().get("/api/v1/companies/", {"sector": ["robotics", "ai-data-centres"], "page_size": 200})
    slugs = {row["slug"] for row in response.json()["results"]}
    expected = Company.objects.filter(sectors__slug__in=["robotics", "ai-data-centres"]).values_list("slug", flat=True)
    assert slugs == set(expected) and {"berkshire-grey", "stargate-llc"} <= slugs
