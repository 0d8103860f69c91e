"""Every headline the seeds publish, against a list written by reading the five articles.

Each expected line states what its article says, with the article's own figure and the part SoftBank plays:
a purchase of GPUs or of a plant is never an acquisition of the seller, a venture's or a plan's size is not
SoftBank's own money, a move told in two articles is one line. The reading behind each line is noted beside it.
"""

import io
from collections import Counter

import pytest
from django.core.management import call_command

from deals.eventdates import event_date_label
from deals.headlines import event_headline
from deals.models import Event

pytestmark = pytest.mark.django_db

EXPECTED = [
    # 000 (TraderKnows, 10 Jul 2024)
    "SoftBank Group in talks to buy Nvidia GPUs",  # "discussing how to secure ... Nvidia's GPUs"
    "SoftBank Group in talks to borrow up to $10B",  # "in talks with banks to borrow up to $10 billion"
    "SoftBank Vision Fund's investment in Mistral AI did not go ahead",  # Son "blocked" it
    # 001 (14 Nov 2024)
    "SoftBank Group to partner with Nvidia",  # 13 Nov: "would collaborate with SoftBank"
    "SoftBank Group to buy Nvidia GPUs",  # "will obtain the world's first NVIDIA DGX B200 system"
    "SoftBank Group to commit $9B to a plan",  # "an annual $9 billion artificial intelligence investment plan"
    "SoftBank Group invested $500M in OpenAI",  # "recently ... contributed $500 million"; 003 tells it again
    "SoftBank Vision Fund 2 to invest in Perplexity AI",  # "in June ... announced an investment"
    "SoftBank Group acquired Graphcore",  # "a chip design company acquired by the SoftBank Group"
    # 002 (French, 7 Mar 2025)
    "SoftBank Group to buy Sharp's plant for $676M",  # "paierait 676 millions de dollars pour l'usine"
    "SoftBank Group in talks to invest up to $25B in OpenAI at a valuation of about $300B",  # 003 tells it too
    "SoftBank Group to form SB OpenAI Japan with OpenAI",  # "une coentreprise entre SoftBank et Openai"
    "SoftBank Group to partner with Sharp",  # "un protocole d'accord" signed about ten months earlier
    "SoftBank Group to partner with OpenAI",  # the earlier announced collaboration with OpenAI in Japan
    # 003 (Arabic, 30 Jan 2025)
    "SoftBank Group's $1B offer to OpenAI did not go ahead",  # 2019 offer that OpenAI turned down
    "SoftBank Group to invest $1.5B in OpenAI",  # December: plans to buy OpenAI shares worth $1.5 billion
    "SoftBank Group to commit $100B to a plan",  # December: $100 billion plan for AI projects in the US
    "SoftBank Group to form Stargate LLC with OpenAI and Oracle, worth $100B",  # last week's announcement
    "SoftBank Group to join Stargate LLC with OpenAI and Oracle, committing $15B",  # "التزام سابق ... 15 مليار"
    # 004 (Analytics India Magazine, 11 May 2023)
    "SoftBank Vision Fund invested $3.1B in all",  # "invested $3.1 billion in 2022", a yearly total
    "SoftBank Group to acquire Berkshire Grey",  # March: "announced plans to acquire the remaining portion"
    "SoftBank Corp launched a new entity",  # "has set up a new AI-focused entity"
    "SoftBank Group to sell its stake in Alibaba",  # "decided to cash out almost the entirety of its stake"
]


@pytest.fixture
def seeded(db):
    call_command("load_companies", stdout=io.StringIO())
    call_command("import_articles", "--metadata", "fixtures/articles.json", "--publish", stdout=io.StringIO())


def test_every_published_seed_headline_says_what_its_article_says(seeded):
    published = Counter(event_headline(e) for e in Event.objects.published().select_related("deal"))
    assert published == Counter(EXPECTED)


def test_no_seed_headline_acquires_a_company_whose_goods_plant_or_stake_is_bought(seeded):
    headlines = [event_headline(e) for e in Event.objects.published().select_related("deal")]
    assert not [h for h in headlines if "acquire Nvidia" in h or "acquire Sharp" in h or "Unis" in h]


def test_a_move_told_in_two_articles_is_one_line_with_two_sources(seeded):
    talks = [e for e in Event.objects.published() if "OpenAI at a valuation" in event_headline(e)]
    assert len(talks) == 1
    assert talks[0].mentions.values("article").distinct().count() == 2


def test_seed_dates_claim_no_more_than_their_articles_say(seeded):
    """'Last week' names the month, 'about ten months after' is an estimate, and a fact with no date in its
    article reads as the day it was reported."""
    labels = {event_headline(e): event_date_label(e) for e in Event.objects.published().select_related("deal")}
    assert labels["SoftBank Group to form Stargate LLC with OpenAI and Oracle, worth $100B"] == "Jan 2025"
    assert labels["SoftBank Group to partner with Sharp"] == "about May 2024"
    assert labels["SoftBank Group to buy Sharp's plant for $676M"] == "7 Mar 2025"
    assert labels["SoftBank Vision Fund invested $3.1B in all"] == "2022"
